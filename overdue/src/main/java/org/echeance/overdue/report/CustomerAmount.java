package org.echeance.overdue.report;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount of one customer, such as what it has overdue.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customerNumber the customer number
 * @param amount the amount
 */
public record CustomerAmount(String customerNumber, MonetaryAmount amount) {
    /**
     * Creates the value.
     *
     * @throws NullPointerException if a part is null
     */
    public CustomerAmount {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(amount, "amount");
    }
}
