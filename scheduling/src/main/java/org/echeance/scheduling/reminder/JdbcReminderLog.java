package org.echeance.scheduling.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.subscription.BillingRunStoreException;
import org.echeance.scheduling.subscription.JdbcBillingRunSchema;
import org.echeance.scheduling.subscription.JdbcBillingRunStore.ConnectionSource;
import org.echeance.scheduling.subscription.internal.JdbcClaims;

/**
 * A {@link ReminderLog} on a relational database (PostgreSQL or H2): each key is a row of {@code
 * echeance_reminder_log} under the primary key {@code (seller_id, customer_number, invoice_number,
 * installment_number, step_key)}, inserted inside the caller's own transaction.
 *
 * <p>It works as the {@link org.echeance.scheduling.subscription.JdbcBillingRunStore} does: only the insert that
 * creates the row records the key; a concurrent insert of the same key waits for the first transaction and then
 * finds the row (or records the key if that transaction rolled back). The reminder job and a reminder sent by hand
 * go through the same insert, so a step is produced once whatever the number of nodes, runs and retries. The log
 * never commits, rolls back or closes the connection: store or send the reminder (or write it to an outbox) in
 * the same transaction, and commit. The table is created by {@link JdbcBillingRunSchema#create(Connection)}, with
 * the billing-run table. Parts of a key are at most 100 characters.
 *
 * <p>This class is immutable and thread-safe; it holds no connection between calls.
 */
public final class JdbcReminderLog implements ReminderLog {
    private static final int MAX_PART = 100;

    private final ConnectionSource connections;
    private volatile JdbcClaims dialect;

    private JdbcReminderLog(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Returns a log that records keys inside the caller's transaction.
     *
     * @param connections gives the connection of the current transaction
     * @return the log
     */
    public static JdbcReminderLog of(ConnectionSource connections) {
        return new JdbcReminderLog(Objects.requireNonNull(connections, "connections"));
    }

    /**
     * Records a key in the caller's transaction.
     *
     * @param key the key
     * @return true if this call created the key's row
     * @throws ValidationException if a part of the key is blank or longer than 100 characters (ECH-REMIND-30)
     * @throws BillingRunStoreException if the connection is in auto-commit mode, or on a database error
     */
    @Override
    public boolean record(ReminderKey key) {
        check(key);
        return run(key, "could not record", true, (connection, claims) -> claims.recordReminder(connection, key));
    }

    /**
     * Checks if a key has a row, as the caller's transaction sees it.
     *
     * @param key the key
     * @return true if recorded
     * @throws BillingRunStoreException on a database error
     */
    @Override
    public boolean isRecorded(ReminderKey key) {
        check(key);
        return run(key, "could not read", false, (connection, claims) -> claims.isReminderRecorded(connection, key));
    }

    @FunctionalInterface
    private interface Work {
        boolean run(Connection connection, JdbcClaims claims) throws SQLException;
    }

    private boolean run(ReminderKey key, String failure, boolean needsTransaction, Work work) {
        String what = failure + " reminder " + key.id();
        try {
            Connection connection = connections.current();
            if (connection == null) {
                throw new BillingRunStoreException(what + ": the connection source gave none", null);
            }
            if (needsTransaction && connection.getAutoCommit()) {
                throw new BillingRunStoreException(
                        what + ": the connection is in auto-commit mode, so the step would be recorded without the"
                                + " reminder; record it inside the reminder's transaction",
                        null);
            }
            JdbcClaims known = dialect;
            if (known == null) {
                known = JdbcClaims.from(connection);
                dialect = known;
            }
            return work.run(connection, known);
        } catch (SQLException e) {
            throw new BillingRunStoreException(what, e);
        }
    }

    private static void check(ReminderKey key) {
        Objects.requireNonNull(key, "key");
        checkPart(key.sellerId(), "sellerId");
        checkPart(key.customerNumber(), "customerNumber");
        checkPart(key.invoiceNumber(), "invoiceNumber");
        checkPart(key.stepKey(), "stepKey");
    }

    private static void checkPart(String value, String path) {
        if (value.isBlank() || value.length() > MAX_PART) {
            throw ValidationException.of(
                    "ECH-REMIND-30",
                    "key." + path,
                    "\"" + value + "\" is " + (value.isBlank() ? "blank" : value.length() + " characters long")
                            + "; the reminder log takes 1 to " + MAX_PART + " characters");
        }
    }
}
