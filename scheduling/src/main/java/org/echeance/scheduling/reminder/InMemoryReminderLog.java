package org.echeance.scheduling.reminder;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ReminderLog} in memory, for one process and for tests: what it records is lost when the process ends.
 *
 * <p>This class is thread-safe: of several threads recording the same key at once, exactly one is told it was
 * first.
 */
public final class InMemoryReminderLog implements ReminderLog {
    private final Set<ReminderKey> keys = ConcurrentHashMap.newKeySet();

    private InMemoryReminderLog() {}

    /**
     * Returns a new empty log.
     *
     * @return the log
     */
    public static InMemoryReminderLog create() {
        return new InMemoryReminderLog();
    }

    @Override
    public boolean record(ReminderKey key) {
        return keys.add(Objects.requireNonNull(key, "key"));
    }

    @Override
    public boolean isRecorded(ReminderKey key) {
        return keys.contains(Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns the keys recorded so far, ordered by their {@link ReminderKey#id()}.
     *
     * @return a snapshot of the keys
     */
    public List<ReminderKey> keys() {
        return keys.stream().sorted(Comparator.comparing(ReminderKey::id)).toList();
    }

    /**
     * Returns the number of keys recorded.
     *
     * @return the number
     */
    public int size() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "InMemoryReminderLog[" + keys.size() + " keys]";
    }
}
