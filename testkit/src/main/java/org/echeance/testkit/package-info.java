/**
 * jqwik arbitraries for Echeance's value types and property assertions, for users' own property tests of billing
 * code: {@link org.echeance.testkit.MoneyArbitraries}, {@link org.echeance.testkit.IdentifierArbitraries},
 * {@link org.echeance.testkit.PartyArbitraries}, {@link org.echeance.testkit.InvoiceArbitraries},
 * {@link org.echeance.testkit.TermsArbitraries}, {@link org.echeance.testkit.ScheduleArbitraries},
 * {@link org.echeance.testkit.PaymentArbitraries}, {@link org.echeance.testkit.LedgerArbitraries} and
 * {@link org.echeance.testkit.BillingAssertions}.
 */
package org.echeance.testkit;
