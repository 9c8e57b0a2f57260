package org.echeance.core.ledger;

import java.util.List;
import java.util.Objects;
import org.echeance.core.event.InvoiceEvent;

/**
 * The result of a transition on a customer account: the new account and the events it produced.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account after the transition
 * @param events the events, in the order they happened; empty for a replay or a no-op
 */
public record AccountUpdate(CustomerAccount account, List<InvoiceEvent> events) {
    /** Creates the update, rejecting null parts and copying the events. */
    public AccountUpdate {
        Objects.requireNonNull(account, "account");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }
}
