package org.echeance.scheduling.calendar;

import java.util.Objects;
import javax.money.CurrencyUnit;
import org.echeance.core.event.InvoiceEvent;

/**
 * An invoice event with the account it happened on, as reported by the {@link TimelineScheduler}: invoice events
 * name their invoice only, and one run covers many sellers and customers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sellerId the seller the account belongs to
 * @param customerNumber the seller's number for the customer
 * @param currency the account's currency
 * @param event the event, with its stable id
 */
public record AccountEvent(String sellerId, String customerNumber, CurrencyUnit currency, InvoiceEvent event) {
    /**
     * Creates an account event.
     *
     * @throws NullPointerException if a part is null
     */
    public AccountEvent {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(event, "event");
    }
}
