package org.echeance.overdue.dso;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;

/**
 * The credit sales of one period of the count-back method: a number of days and what was invoiced in them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param days the days in the period, from 1
 * @param sales the amounts invoiced in the period, not negative
 */
public record PeriodSales(int days, MonetaryAmount sales) {
    /**
     * Creates a period.
     *
     * @throws ValidationException if the days are below 1 or the sales negative ({@code ECH-OVERDUE-11})
     */
    public PeriodSales {
        Objects.requireNonNull(sales, "sales");
        if (days < 1) {
            throw ValidationException.of(
                    "ECH-OVERDUE-11", "periodSales.days", days + " is not a number of days from 1");
        }
        if (sales.isNegative()) {
            throw ValidationException.of("ECH-OVERDUE-11", "periodSales.sales", sales + " is negative");
        }
    }
}
