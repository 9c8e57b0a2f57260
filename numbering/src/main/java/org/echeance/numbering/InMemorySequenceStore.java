package org.echeance.numbering;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.echeance.core.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps counters in memory, lock-free: one {@link AtomicLong} per counter, so counters never block each other and
 * concurrent callers of one counter each get a different value, with no gap.
 *
 * <p>For tests and single-node applications only: counters are not durable (a restart starts every series at 1
 * again) and there is no transaction, so a value taken for a document that is then not saved is lost, which leaves
 * a gap. Where French law applies (one continuous series, no gaps), use a store that takes values inside the
 * database transaction of the document.
 *
 * <p>{@link #advanceTo(CounterKey, long)} is an administrative act: it is logged at INFO through SLF4J with the old
 * and new next value.
 *
 * <p>This class is thread-safe.
 */
public final class InMemorySequenceStore implements SequenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemorySequenceStore.class);

    /** The last value taken per counter; 0 for a counter created by a peek or an advance and never used. */
    private final ConcurrentMap<CounterKey, AtomicLong> lastValues = new ConcurrentHashMap<>();

    private InMemorySequenceStore() {}

    /**
     * Returns an empty store: every counter starts at 1.
     *
     * @return the store
     */
    public static InMemorySequenceStore create() {
        return new InMemorySequenceStore();
    }

    /**
     * Takes the next value of a counter: 1 for a counter never used.
     *
     * @param key the counter
     * @return the value taken
     * @throws IllegalStateException if the counter has passed {@link Long#MAX_VALUE}
     */
    @Override
    public long next(CounterKey key) {
        long value = counter(key).incrementAndGet();
        if (value <= 0) {
            throw new IllegalStateException("counter " + key + " has no values left");
        }
        return value;
    }

    /**
     * Returns the value {@link #next(CounterKey)} would take now, without consuming it or creating the counter.
     *
     * @param key the counter
     * @return the next value
     */
    @Override
    public long peek(CounterKey key) {
        AtomicLong last = lastValues.get(Objects.requireNonNull(key, "key"));
        return last == null ? 1 : last.get() + 1;
    }

    /**
     * Moves a counter forward so that its next value is {@code nextValue}, and logs it at INFO. Moving to the
     * current next value changes nothing and is not logged.
     *
     * @param key the counter
     * @param nextValue the value the next {@link #next(CounterKey)} returns
     * @throws ValidationException if {@code nextValue} is below the counter's next value ({@code ECH-NUM-02})
     *     or is below 1 or is {@link Long#MAX_VALUE}
     */
    @Override
    public void advanceTo(CounterKey key, long nextValue) {
        Objects.requireNonNull(key, "key");
        if (nextValue < 1 || nextValue == Long.MAX_VALUE) {
            throw ValidationException.of(
                    "ECH-NUM-02", "nextValue", nextValue + " is outside 1 to " + (Long.MAX_VALUE - 1));
        }
        AtomicLong last = counter(key);
        while (true) {
            long current = last.get();
            if (nextValue - 1 < current) {
                throw ValidationException.of(
                        "ECH-NUM-02",
                        "nextValue",
                        "counter " + describe(key) + " cannot move back from " + (current + 1) + " to " + nextValue
                                + ": numbers would be given twice");
            }
            if (nextValue - 1 == current) {
                return;
            }
            if (last.compareAndSet(current, nextValue - 1)) {
                LOG.info("Counter {} moved forward: next value {} -> {}", describe(key), current + 1, nextValue);
                return;
            }
        }
    }

    private AtomicLong counter(CounterKey key) {
        AtomicLong last = lastValues.get(Objects.requireNonNull(key, "key"));
        // get first: computeIfAbsent may lock the bin even when the counter exists, a hot path
        return last != null ? last : lastValues.computeIfAbsent(key, k -> new AtomicLong());
    }

    private static String describe(CounterKey key) {
        return key.sellerId() + "/" + key.series() + (key.scope().isEmpty() ? "" : "/" + key.scope());
    }

    /**
     * Returns a short description for logs: the number of counters.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "InMemorySequenceStore[" + lastValues.size() + " counters]";
    }
}
