/**
 * Receivables analysis over a stream of facts: aging, DSO, late customers, installment plans behind schedule,
 * dashboards, late-payment interest and dunning levels.
 *
 * <p>The input is a stream of {@link org.echeance.overdue.ReceivableItem}s (one per installment, with its
 * settlements) that the application feeds through a {@link org.echeance.overdue.ReceivablesLedger}; every report is
 * a pure function of the items and dates, rebuilt as of the date asked (settlements effective on or before it), and
 * reads the items once with memory bounded by the number of customers. {@link org.echeance.overdue.OverdueAnalysis}
 * wires the ledger, the follow-up records and an optional currency converter.
 *
 * <p>Rule ids of the checks, each reported with a path naming the field:
 *
 * <ul>
 *   <li>{@code ECH-OVERDUE-01}: an item's due date is before its issue date;
 *   <li>{@code ECH-OVERDUE-02}: an item's amount is negative, or a settlement is not above zero;
 *   <li>{@code ECH-OVERDUE-04}: a settlement is dated before the issue date, or reversed before its date;
 *   <li>{@code ECH-OVERDUE-05}: an installment number is outside 1..count;
 *   <li>{@code ECH-OVERDUE-10}: an as-of date is before the issue date of the invoice asked about;
 *   <li>{@code ECH-OVERDUE-11}: a period ends before it starts, or a count is out of range;
 *   <li>{@code ECH-OVERDUE-12}: aging bucket edges are missing, below 1 or not increasing;
 *   <li>{@code ECH-OVERDUE-13}: the items of an interest claim are not of one invoice;
 *   <li>{@code ECH-OVERDUE-20}: amounts of several currencies added without a converter ({@link
 *       org.echeance.overdue.MixedCurrenciesException});
 *   <li>{@code ECH-OVERDUE-30}, {@code ECH-OVERDUE-31}: a penalty rate schedule is empty, unordered, not per
 *       half-year, or has no rate on a late day;
 *   <li>{@code ECH-OVERDUE-40}, {@code ECH-OVERDUE-41}: a dunning level or policy is malformed.
 * </ul>
 */
package org.echeance.overdue;
