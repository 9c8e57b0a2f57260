package org.echeance.core.ledger;

import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.event.InvoiceEvent;

/**
 * What recording a payment did: the new account, where the money went, what became customer credit, and
 * whether this was a replay of a payment already recorded under the same idempotency key.
 *
 * <p>Replaying a key returns the first outcome's allocations and credit, the account unchanged, and no events.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account after recording
 * @param allocations the allocations the payment made when first recorded
 * @param addedCredit the part of the payment that became customer credit when first recorded
 * @param events the events produced; empty for a replay
 * @param replayed true if the key had been recorded before and nothing changed
 */
public record PaymentOutcome(
        CustomerAccount account,
        List<Allocated> allocations,
        MonetaryAmount addedCredit,
        List<InvoiceEvent> events,
        boolean replayed) {
    /** Creates the outcome, rejecting null parts and copying the lists. */
    public PaymentOutcome {
        Objects.requireNonNull(account, "account");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(addedCredit, "addedCredit");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }
}
