package org.echeance.overdue.aging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * One line of an aging report: what one customer owes in one currency, by bucket. A customer owing in two
 * currencies has two rows; amounts are never added across currencies.
 *
 * <p>Amounts compare by value. This class is immutable and thread-safe.
 *
 * @param customerNumber the customer number
 * @param currency the currency
 * @param amounts the open amount in each bucket, in bucket order
 * @param total the sum of the buckets: the customer's open amount in this currency
 */
public record AgingRow(
        String customerNumber, CurrencyUnit currency, List<MonetaryAmount> amounts, MonetaryAmount total) {
    /**
     * Creates a row.
     *
     * @throws NullPointerException if a part is null
     */
    public AgingRow {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(total, "total");
    }

    /**
     * Returns the amount in one bucket.
     *
     * @param index the bucket's index
     * @return the amount
     */
    public MonetaryAmount amount(int index) {
        return amounts.get(index);
    }

    /**
     * Returns what is overdue: every bucket but the first (not yet due).
     *
     * @return the overdue amount
     */
    public MonetaryAmount overdue() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < amounts.size(); i++) {
            sum = sum.add(Amounts.decimal(amounts.get(i)));
        }
        return Amounts.money(sum, currency);
    }
}
