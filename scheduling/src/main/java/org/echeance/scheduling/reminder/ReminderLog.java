package org.echeance.scheduling.reminder;

/**
 * Remembers which reminder steps were produced (or skipped) for which open items, so that each is produced once:
 * the idempotence of the reminder engine, across runs, threads and nodes.
 *
 * <p>An implementation keeps a set of {@link ReminderKey}s with the guarantee of a unique key: when several callers
 * record the same key at once, exactly one is told it was first. A database implementation inserts the key's
 * {@link ReminderKey#id()} into a column with a unique constraint, in the transaction that also stores or sends the
 * reminder (or writes it to an outbox), so that a rolled-back send frees the step again: {@link JdbcReminderLog}
 * does so on PostgreSQL and H2. {@link InMemoryReminderLog} serves one process.
 */
public interface ReminderLog {
    /**
     * Records a key.
     *
     * @param key the key
     * @return true if the key was not recorded before, false if it was (by this caller or another)
     */
    boolean record(ReminderKey key);

    /**
     * Checks if a key is recorded.
     *
     * @param key the key
     * @return true if recorded
     */
    boolean isRecorded(ReminderKey key);
}
