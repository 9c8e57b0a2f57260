package org.echeance.scheduling.subscription;

import java.time.LocalDate;

/**
 * Remembers which periods of which subscriptions were billed, so that each period is billed once: the idempotency
 * key of recurring billing is {@code (seller, subscription, period start)}.
 *
 * <p>A {@link BillingRun} claims a period before it returns the period's draft; only the first claim of a key ever
 * succeeds, whatever thread, node or retry makes the others. Implementations: {@link InMemoryBillingRunStore} for
 * one process, {@link JdbcBillingRunStore} for nodes sharing a database, where a primary key makes the claim
 * unique and the claim commits or rolls back with the caller's transaction (save the invoices in that same
 * transaction).
 *
 * <h2>Cancel and reissue</h2>
 *
 * <p>To bill a period again (its invoice was wrong, the price changed after it was billed), cancel the invoice with
 * a credit note and {@linkplain #release(String, String, LocalDate) release} the key in the same transaction; the
 * next run bills the period again, from the subscription as it then is.
 *
 * <p>Implementations must be thread-safe.
 */
public interface BillingRunStore {
    /**
     * Claims a period for billing: succeeds only for the first claimer of the key, ever (until released).
     *
     * @param sellerId the seller the subscription belongs to
     * @param subscriptionId the subscription
     * @param periodStart the start of the period of the schedule
     * @param runId the billing run claiming it, kept for the record
     * @return true if this call claimed the period and the caller must bill it; false if it was claimed before
     * @throws org.echeance.core.EcheanceException if the claim could not be recorded; nothing was claimed
     */
    boolean claim(String sellerId, String subscriptionId, LocalDate periodStart, String runId);

    /**
     * Gives a claimed period back, so that the next run bills it again: the way to cancel and reissue a period's
     * invoice.
     *
     * @param sellerId the seller the subscription belongs to
     * @param subscriptionId the subscription
     * @param periodStart the start of the period of the schedule
     * @return true if the period was claimed and is now free; false if it was not claimed
     * @throws org.echeance.core.EcheanceException if the release could not be recorded
     */
    boolean release(String sellerId, String subscriptionId, LocalDate periodStart);
}
