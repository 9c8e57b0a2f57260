/**
 * Recurring billing: subscriptions, their billing periods computed from an anchor, proration, and idempotent
 * billing runs.
 *
 * <p>A {@link org.echeance.scheduling.subscription.Subscription} is an invoice template billed every period of a
 * {@link org.echeance.core.recurrence.RecurrenceRule}, in advance or in arrears, with dated plan changes (price
 * changes, pauses, a cancellation). A {@link org.echeance.scheduling.subscription.BillingRun} for a date turns the
 * periods due by then into draft invoices, each period once, through a {@link
 * org.echeance.scheduling.subscription.BillingRunStore} (in memory, or a table with a unique key in the
 * application's database); {@link org.echeance.scheduling.subscription.BillingRun#preview(java.time.LocalDate,
 * java.util.Collection)} shows the same drafts without storing anything. {@link
 * org.echeance.scheduling.subscription.Proration} charges the parts of a period exactly to the cent.
 *
 * <p>Conventions: every date is a {@link java.time.LocalDate}, never read from the JVM's default time zone;
 * periods are half-open {@code [startInclusive, endExclusive)} and written closed only on invoices (EN 16931
 * BG-14, BG-26).
 *
 * <p>Rule ids of the errors: ECH-SUB-01 blank id, ECH-SUB-02 missing part, ECH-SUB-03 lines (none, id twice),
 * ECH-SUB-04 currencies, ECH-SUB-05 negative amount or price, ECH-SUB-06 an end not after its start, ECH-SUB-07
 * anchor, ECH-SUB-08 a rule with no period for the start, ECH-SUB-09 pause, ECH-SUB-10 price change, ECH-SUB-11
 * cancellation, ECH-SUB-12 nothing to resume, ECH-SUB-13 a subscription given twice to a run, ECH-SUB-14 proration
 * input, ECH-SUB-15 an id too long for the billing-run table, ECH-SUB-16 an anchor change that cannot apply.
 */
package org.echeance.scheduling.subscription;
