package org.echeance.scheduling.calendar;

import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * An account whose reminders the {@link TimelineScheduler} could not produce on a run, and why: for example a plan
 * whose template lacks a text, or a fee in another currency. The other accounts are processed anyway, and nothing
 * was recorded for this one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sellerId the seller the account belongs to
 * @param customerNumber the seller's number for the customer
 * @param currency the account's currency
 * @param message the error's message, naming the field and the rule
 */
public record AccountFailure(String sellerId, String customerNumber, CurrencyUnit currency, String message) {
    /**
     * Creates a failure.
     *
     * @throws NullPointerException if a part is null
     */
    public AccountFailure {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(message, "message");
    }
}
