package org.echeance.examples.story;

import java.util.Objects;
import org.echeance.core.customer.Customer;

/**
 * A customer of the story with the way it pays.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customer the customer (its category says its trade: artisan, commerce, restaurant…)
 * @param habit when it pays
 * @param channel how it pays
 * @param role the special case it plays in the story, such as {@code "bounced direct debit"}, or empty
 */
public record StoryCustomer(Customer customer, PaymentHabit habit, PaymentChannel channel, String role) {
    /** Creates a story customer, rejecting null parts. */
    public StoryCustomer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(habit, "habit");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Returns the customer number.
     *
     * @return the number, such as {@code C-00001}
     */
    public String number() {
        return customer.customerNumber();
    }
}
