package org.echeance.scheduling.subscription;

/**
 * When the invoice of a billing period is issued: at its start or at its end.
 *
 * <p>The date is the period's <em>billing date</em>; a billing run for a date bills every period whose billing date
 * is on or before that date, and issues the invoice on the billing date itself (never on the day the run
 * happens to execute).
 */
public enum BillingTiming {
    /**
     * Bills a period at its start, for the service to come ("terme à échoir"): the billing date is the first
     * billable day of the period, which is the period start unless the subscription starts or resumes later in
     * that period.
     */
    IN_ADVANCE,

    /**
     * Bills a period at its end, for the service delivered ("terme échu"): the billing date is the period's {@code
     * endExclusive}, the first day after it, also when the subscription was cancelled within the period.
     */
    IN_ARREARS
}
