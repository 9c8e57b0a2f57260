package org.echeance.scheduling.subscription;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.EcheanceException;

/**
 * Thrown when a billing-run store cannot claim, release or create its table: a database error, a lock wait that
 * timed out, a deadlock, a missing table, a connection in auto-commit mode.
 *
 * <p>The message names the key and, when the database gave one, the SQL state. The caller's transaction must then
 * be rolled back (PostgreSQL refuses every further statement in it anyway); the run that called the store has
 * released the claims it made. When {@link #isLockFailure()} is true, running the whole transaction again may
 * succeed.
 */
public class BillingRunStoreException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /**
     * SQL states of lock failures: PostgreSQL lock_not_available (55P03), query_canceled by a statement or lock
     * timeout (57014), deadlock_detected (40P01); serialization_failure (40001, also H2's deadlock); H2's lock
     * timeout (HYT00).
     */
    private static final Set<String> LOCK_FAILURE_STATES = Set.of("55P03", "57014", "40P01", "40001", "HYT00");

    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param message what could not be done, naming the key, a sentence without a trailing full stop
     * @param cause the underlying failure, usually a {@link SQLException}, or null
     */
    public BillingRunStoreException(String message, Throwable cause) {
        super(describe(message, sqlExceptionOf(cause)), cause);
        SQLException sql = sqlExceptionOf(cause);
        this.sqlState = sql == null ? null : sql.getSQLState();
    }

    /**
     * Returns the SQL state the database reported.
     *
     * @return the five-character SQL state, empty when the failure did not come from the database
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * Checks if the database gave up on a lock: a lock or statement timeout while another transaction held the
     * key, a deadlock or a serialization conflict. The transaction can be rolled back and run again.
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

    private static String describe(String message, SQLException sql) {
        if (sql == null) {
            return message;
        }
        return message + (sql.getSQLState() != null ? " (SQL state " + sql.getSQLState() + ")" : "") + ": "
                + sql.getMessage();
    }
}
