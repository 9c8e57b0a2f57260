package org.echeance.overdue;

import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Converts amounts into a reporting currency, for the totals of reports that span several currencies: the
 * extension point the application implements with its own exchange rates.
 *
 * <p>Echeance never converts on its own: without a converter, a total across currencies is refused with a {@link
 * MixedCurrenciesException}, and reports give their figures per currency.
 */
@FunctionalInterface
public interface CurrencyConverter {
    /**
     * Converts an amount into a currency at the rate of a day.
     *
     * @param amount the amount
     * @param target the reporting currency
     * @param date the day of the rate (the report's as-of date)
     * @return the amount in the target currency, rounded as the application decides
     */
    MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit target, LocalDate date);
}
