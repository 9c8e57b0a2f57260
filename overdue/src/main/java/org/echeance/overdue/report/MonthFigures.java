package org.echeance.overdue.report;

import java.time.YearMonth;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One point of a monthly series, in one currency: what was invoiced and collected during the month, and what was
 * outstanding and overdue at its end.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param month the month
 * @param currency the currency
 * @param invoiced installments of invoices issued in the month
 * @param collected payments allocated with an effective date in the month, not reversed by its end
 * @param outstanding open at the end of the month's last day
 * @param overdue the part of it due before that day
 */
public record MonthFigures(
        YearMonth month,
        CurrencyUnit currency,
        MonetaryAmount invoiced,
        MonetaryAmount collected,
        MonetaryAmount outstanding,
        MonetaryAmount overdue) {
    /**
     * Creates a point.
     *
     * @throws NullPointerException if a part is null
     */
    public MonthFigures {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(collected, "collected");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(overdue, "overdue");
    }
}
