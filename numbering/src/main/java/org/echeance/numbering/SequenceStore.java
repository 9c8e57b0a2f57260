package org.echeance.numbering;

/**
 * Where counters live and are incremented: the extension point between number patterns and storage.
 *
 * <p>A counter starts at 1. Implementations must be thread-safe and, for the gap-free ones, take a value only
 * inside the transaction of the document that uses it, so that a rollback gives the value back. Counters of
 * different keys never block each other.
 */
public interface SequenceStore {
    /**
     * Takes the next value of a counter, consuming it: 1 for a counter never used.
     *
     * @param key the counter
     * @return the value taken, 1 or more
     */
    long next(CounterKey key);

    /**
     * Returns the value {@link #next(CounterKey)} would take now, without consuming it.
     *
     * @param key the counter
     * @return the next value, 1 or more
     */
    long peek(CounterKey key);

    /**
     * Moves a counter forward so that its next value is {@code nextValue} (to continue a series started in
     * another system). A counter never moves backwards: that would give numbers twice.
     *
     * @param key the counter
     * @param nextValue the value the next {@link #next(CounterKey)} returns
     * @throws org.echeance.core.validation.ValidationException if {@code nextValue} is below the counter's next
     *     value (ECH-NUM-02)
     */
    void advanceTo(CounterKey key, long nextValue);
}
