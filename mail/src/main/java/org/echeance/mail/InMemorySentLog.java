package org.echeance.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SentLog} kept in memory, for tests, demos and single-node applications that may forget what they sent
 * when they restart.
 *
 * <p>This class is thread-safe.
 */
public final class InMemorySentLog implements SentLog {
    private final Map<String, List<SentRecord>> records = new ConcurrentHashMap<>();

    private InMemorySentLog() {}

    /**
     * Returns an empty log.
     *
     * @return the log
     */
    public static InMemorySentLog create() {
        return new InMemorySentLog();
    }

    @Override
    public List<SentRecord> history(String documentKey) {
        Objects.requireNonNull(documentKey, "documentKey");
        List<SentRecord> history = records.get(documentKey);
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    @Override
    public void record(SentRecord record) {
        Objects.requireNonNull(record, "record");
        List<SentRecord> history = records.computeIfAbsent(record.documentKey(), key -> new ArrayList<>());
        synchronized (history) {
            boolean known = history.stream().anyMatch(r -> r.messageId().equals(record.messageId()));
            if (!known) {
                history.add(record);
            }
        }
    }

    /**
     * Returns how many mails are recorded, resends included.
     *
     * @return the number of records
     */
    public int size() {
        return records.values().stream()
                .mapToInt(history -> {
                    synchronized (history) {
                        return history.size();
                    }
                })
                .sum();
    }

    /**
     * Returns the number of records.
     *
     * @return a description for logs
     */
    @Override
    public String toString() {
        return "InMemorySentLog[" + size() + " records]";
    }
}
