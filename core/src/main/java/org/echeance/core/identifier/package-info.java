/**
 * Provides the identifiers that appear on invoices and in customer records, each checked when it is built.
 *
 * <p>Bank identifiers ({@link org.echeance.core.identifier.Iban}, {@link org.echeance.core.identifier.Bic}), the RF
 * creditor reference payers quote ({@link org.echeance.core.identifier.RfCreditorReference}), the EU VAT
 * identification number ({@link org.echeance.core.identifier.VatNumber}), the French company registry numbers
 * ({@link org.echeance.core.identifier.Siren}, {@link org.echeance.core.identifier.Siret}) and contact identifiers
 * ({@link org.echeance.core.identifier.EmailAddress}, {@link org.echeance.core.identifier.PhoneNumber}) are immutable
 * values: {@code parse} normalises and validates, throwing {@link
 * org.echeance.core.identifier.InvalidIdentifierException} with the rule that failed, {@code toString} returns the
 * normalised form that {@code parse} reads back, and {@code check} reports the same outcome as an {@link
 * org.echeance.core.identifier.IdentifierCheck} without throwing. {@link org.echeance.core.identifier.Identifiers}
 * recognises the type of a free value.
 *
 * <p>The checks are syntactic and arithmetic only: a valid identifier is well formed, not necessarily issued. None of
 * them performs I/O.
 */
package org.echeance.core.identifier;
