package org.echeance.overdue.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of a late-payment interest computation: days during which the amount overdue and the rate stayed the
 * same, and the interest they bear, {@code base × rate / 100 × days / 365}, rounded half-up to the currency's
 * minor unit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice
 * @param installmentNumber the installment
 * @param from the first day late of the line, included
 * @param to the last day of the line, included
 * @param days the days from {@code from} to {@code to}, both included
 * @param base the amount overdue during those days
 * @param annualRatePercent the annual rate in force
 * @param interest the interest of the line
 */
public record InterestPeriod(
        String invoiceNumber,
        int installmentNumber,
        LocalDate from,
        LocalDate to,
        int days,
        MonetaryAmount base,
        BigDecimal annualRatePercent,
        MonetaryAmount interest) {
    /**
     * Creates a line.
     *
     * @throws NullPointerException if a part is null
     */
    public InterestPeriod {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        Objects.requireNonNull(interest, "interest");
    }
}
