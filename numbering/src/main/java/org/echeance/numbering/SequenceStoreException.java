package org.echeance.numbering;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.EcheanceException;

/**
 * Thrown when a sequence store cannot take, read or move a counter: a database error, a lock wait that timed
 * out, a deadlock, a missing schema.
 *
 * <p>The message names the counter and, when the database gave one, the SQL state. After this exception the
 * caller's transaction must be rolled back (PostgreSQL refuses every further statement in it anyway); no number
 * was handed out. When {@link #isLockFailure()} is true, running the whole transaction again may succeed.
 */
public class SequenceStoreException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /**
     * SQL states of lock failures: PostgreSQL lock_not_available (55P03), query_canceled by a statement or lock
     * timeout (57014), deadlock_detected (40P01); serialization_failure (40001, also H2's deadlock); H2's lock
     * timeout (HYT00).
     */
    private static final Set<String> LOCK_FAILURE_STATES = Set.of("55P03", "57014", "40P01", "40001", "HYT00");

    private final transient CounterKey key;
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param message what could not be done, a sentence without a trailing full stop
     * @param key the counter concerned, or null when the failure concerns no single counter
     * @param cause the underlying failure, usually a {@link SQLException}, or null
     */
    public SequenceStoreException(String message, CounterKey key, Throwable cause) {
        super(describe(message, key, sqlExceptionOf(cause)), cause);
        this.key = key;
        SQLException sql = sqlExceptionOf(cause);
        this.sqlState = sql == null ? null : sql.getSQLState();
    }

    /**
     * Returns the counter the failure concerns.
     *
     * @return the counter, empty when the failure concerns no single counter (reading the database product)
     */
    public Optional<CounterKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Returns the SQL state the database reported (for example {@code 55P03} when PostgreSQL gave up waiting for a
     * lock).
     *
     * @return the five-character SQL state, empty when the failure did not come from the database
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * Checks if the database gave up on a lock: a lock or statement timeout while the counter row was locked by
     * another transaction, a deadlock or a serialization conflict. The transaction can be rolled back and run
     * again; if this happens often, some transaction holds the counter row too long (see {@link
     * JdbcSequenceStore}).
     *
     * @return true for SQL states 55P03, 57014, 40P01, 40001 and HYT00
     */
    public boolean isLockFailure() {
        return sqlState != null && LOCK_FAILURE_STATES.contains(sqlState);
    }

    private static SQLException sqlExceptionOf(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        return null;
    }

    private static String describe(String message, CounterKey key, SQLException sql) {
        StringBuilder text = new StringBuilder();
        if (key != null) {
            text.append("counter (seller \"")
                    .append(key.sellerId())
                    .append("\", series \"")
                    .append(key.series())
                    .append("\", scope \"")
                    .append(key.scope())
                    .append("\"): ");
        }
        text.append(message);
        if (sql != null) {
            if (sql.getSQLState() != null) {
                text.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
            text.append(": ").append(sql.getMessage());
        }
        return text.toString();
    }
}
