/**
 * Installment plans: an amount split into dated installments that sum to it exactly, to the minor unit.
 *
 * <p>A plan is built from a total, a {@link org.echeance.core.installment.PlanShape} (equal parts, percentages, a
 * deposit and the balance, fixed amounts and percentages of the remainder, explicit amounts) and {@link
 * org.echeance.core.installment.DueDates}. Every split works in integer minor units of the currency (2 for EUR, 0
 * for JPY, 3 for BHD) and says which installment receives the units left over ({@link
 * org.echeance.core.installment.RemainderRule}); the sum of the installments is the total by construction.
 *
 * <p>Rule ids of the checks:
 *
 * <ul>
 *   <li>{@code ECH-PLAN-01}: a plan needs one installment at least;
 *   <li>{@code ECH-PLAN-02}: a percentage is negative;
 *   <li>{@code ECH-PLAN-03}: percentages do not sum to 100 (or to at most 100 before a balance part), or a balance
 *       part is not the last part;
 *   <li>{@code ECH-PLAN-04}: explicit or fixed amounts do not sum to the total;
 *   <li>{@code ECH-PLAN-05}: due dates or day offsets are not strictly increasing;
 *   <li>{@code ECH-PLAN-06}: the first due date is before the issue date;
 *   <li>{@code ECH-PLAN-07}: a deposit is larger than the total or above 100 %;
 *   <li>{@code ECH-PLAN-08}: an amount has more decimals than its currency allows (JPY with decimals);
 *   <li>{@code ECH-PLAN-09}: an installment would be negative (of the opposite sign of the total);
 *   <li>{@code ECH-PLAN-10}: the number of due dates does not match the number of installments;
 *   <li>{@code ECH-PLAN-11}: a period between due dates is zero or negative;
 *   <li>{@code ECH-PLAN-12}: a cash rounding increment is not positive, finer than the currency's minor unit, or
 *       its rounding mode is {@code UNNECESSARY};
 *   <li>{@code ECH-PLAN-13}: no installment has the number asked for;
 *   <li>{@code ECH-CUR-01}: an amount is in another currency than the plan's total.
 * </ul>
 */
package org.echeance.core.installment;
