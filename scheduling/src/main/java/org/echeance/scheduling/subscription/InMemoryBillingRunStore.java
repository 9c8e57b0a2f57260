package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link BillingRunStore} in memory, for one process: tests, demos and single-node applications that keep
 * their billing state elsewhere.
 *
 * <p>A claim is an atomic {@code putIfAbsent} on a concurrent map, so threads racing for one key get one winner.
 * Claims are lost when the process ends. This class is thread-safe.
 */
public final class InMemoryBillingRunStore implements BillingRunStore {
    private record Key(String sellerId, String subscriptionId, LocalDate periodStart) {}

    private final ConcurrentMap<Key, String> claims = new ConcurrentHashMap<>();

    private InMemoryBillingRunStore() {}

    /**
     * Returns an empty store.
     *
     * @return a new store with no claim
     */
    public static InMemoryBillingRunStore create() {
        return new InMemoryBillingRunStore();
    }

    /**
     * Claims a period: succeeds only for the first claimer of the key, until released.
     *
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @param runId the claiming run
     * @return true for the first claim of the key
     */
    @Override
    public boolean claim(String sellerId, String subscriptionId, LocalDate periodStart, String runId) {
        Objects.requireNonNull(runId, "runId");
        return claims.putIfAbsent(key(sellerId, subscriptionId, periodStart), runId) == null;
    }

    /**
     * Gives a claimed period back.
     *
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @return true if the period was claimed
     */
    @Override
    public boolean release(String sellerId, String subscriptionId, LocalDate periodStart) {
        return claims.remove(key(sellerId, subscriptionId, periodStart)) != null;
    }

    /**
     * Returns the run that claimed a period.
     *
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @return the run id, empty if the period is not claimed
     */
    public Optional<String> claimedBy(String sellerId, String subscriptionId, LocalDate periodStart) {
        return Optional.ofNullable(claims.get(key(sellerId, subscriptionId, periodStart)));
    }

    /**
     * Returns the number of periods claimed.
     *
     * @return the number of claims held
     */
    public int size() {
        return claims.size();
    }

    private static Key key(String sellerId, String subscriptionId, LocalDate periodStart) {
        return new Key(
                Objects.requireNonNull(sellerId, "sellerId"),
                Objects.requireNonNull(subscriptionId, "subscriptionId"),
                Objects.requireNonNull(periodStart, "periodStart"));
    }
}
