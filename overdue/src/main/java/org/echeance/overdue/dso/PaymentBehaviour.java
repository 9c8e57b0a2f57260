package org.echeance.overdue.dso;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How a customer (or all customers) paid the installments that fell due in a period: how many were paid on time,
 * late, or are still open, and the average days late.
 *
 * <p>An installment is <em>paid on time</em> when it was fully settled on or before its due date; its days late are
 * then 0. One settled after its due date is late by {@code settled date − due date} days. One still open at the end
 * of the period counts in {@link #installmentsDue()} but not in the average.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customerNumber the customer number, or {@value org.echeance.overdue.aging.AgingReport#ALL_CUSTOMERS} for
 *     all customers
 * @param installmentsDue the installments with a due date in the period
 * @param paidOnTime those settled on or before their due date
 * @param paidLate those settled after their due date, by the end of the period
 * @param totalDaysLate the days late of the settled ones, added up
 */
public record PaymentBehaviour(
        String customerNumber, int installmentsDue, int paidOnTime, int paidLate, long totalDaysLate) {
    /**
     * Creates the figures.
     *
     * @throws NullPointerException if the customer number is null
     */
    public PaymentBehaviour {
        Objects.requireNonNull(customerNumber, "customerNumber");
    }

    /**
     * Returns the installments still open at the end of the period.
     *
     * @return {@code installmentsDue − paidOnTime − paidLate}
     */
    public int stillOpen() {
        return installmentsDue - paidOnTime - paidLate;
    }

    /**
     * Returns the average days late of the installments settled, on time ones counting 0.
     *
     * @return the average rounded half-up to 2 decimals, or empty if none was settled
     */
    public Optional<BigDecimal> averageDaysLate() {
        int settled = paidOnTime + paidLate;
        if (settled == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(totalDaysLate).divide(BigDecimal.valueOf(settled), 2, RoundingMode.HALF_UP));
    }

    /**
     * Returns the share of the installments due that were paid on time.
     *
     * @return a ratio from 0 to 1 with 4 decimals, or empty if nothing fell due
     */
    public Optional<BigDecimal> shareOnTime() {
        if (installmentsDue == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(paidOnTime).divide(BigDecimal.valueOf(installmentsDue), 4, RoundingMode.HALF_UP));
    }
}
