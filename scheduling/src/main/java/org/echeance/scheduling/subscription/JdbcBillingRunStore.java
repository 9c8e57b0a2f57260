package org.echeance.scheduling.subscription;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.subscription.internal.JdbcClaims;

/**
 * A {@link BillingRunStore} on a relational database (PostgreSQL or H2): each claim is a row of {@code
 * echeance_billing_run} under the primary key {@code (seller_id, subscription_id, period_start)}, inserted inside
 * the caller's own transaction.
 *
 * <h2>How a period is claimed</h2>
 *
 * <p>The store is given a {@link ConnectionSource} that returns the connection of the application's current
 * transaction (with Spring, {@code () -> DataSourceUtils.getConnection(dataSource)}; with plain JDBC, the
 * connection the caller has just called {@code setAutoCommit(false)} on). A claim inserts the key: on PostgreSQL
 * with {@code INSERT … ON CONFLICT DO NOTHING}, on H2 with a plain insert whose duplicate-key error (SQL state
 * 23505) means "claimed before". Only the insert that creates the row claims the period. When two transactions
 * insert the same key at once, the database makes the second wait for the first: if the first commits, the second
 * finds the row and does not bill; if it rolls back, the second claims the period. The store never commits, rolls
 * back or closes the connection: the application saves the drafts of the claimed periods in the same transaction
 * and commits, so the claim and the invoice exist together or not at all.
 *
 * <p>A claim holds the new row's lock until the transaction ends, and a run on another node waits for it: keep the
 * billing transaction short (render and send the invoices after the commit). The table is created by {@link
 * JdbcBillingRunSchema}. Ids are at most 100 characters, run ids 200.
 *
 * <h2>Cancel and reissue</h2>
 *
 * <p>{@link #release(String, String, LocalDate)} deletes the row, in the transaction that saves the credit note
 * cancelling the period's invoice; the next run bills the period again. Deleting the row by hand does the same.
 *
 * <p>This class is immutable and thread-safe; it holds no connection between calls.
 */
public final class JdbcBillingRunStore implements BillingRunStore {
    private static final int MAX_ID = 100;
    private static final int MAX_RUN_ID = 200;

    /**
     * Gives the connection of the application's current transaction, for example Spring's {@code
     * DataSourceUtils.getConnection(dataSource)}.
     *
     * <p>The store uses the connection for one statement per call and leaves it open, in its transaction, for the
     * application to commit or roll back.
     */
    @FunctionalInterface
    public interface ConnectionSource {
        /**
         * Returns the connection bound to the caller's current transaction.
         *
         * @return an open connection, not null, not in auto-commit mode
         * @throws SQLException if no connection can be had
         */
        Connection current() throws SQLException;
    }

    private final ConnectionSource connections;
    private volatile JdbcClaims dialect;

    private JdbcBillingRunStore(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Returns a store that claims periods inside the caller's transaction, on the database the first connection
     * reports.
     *
     * @param connections gives the connection of the current transaction
     * @return the store
     */
    public static JdbcBillingRunStore of(ConnectionSource connections) {
        return new JdbcBillingRunStore(Objects.requireNonNull(connections, "connections"));
    }

    /**
     * Claims a period by inserting its key in the caller's transaction.
     *
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @param runId the claiming run
     * @return true if this insert created the row: the caller bills the period
     * @throws ValidationException if an id is blank or too long for the table (ECH-SUB-15)
     * @throws BillingRunStoreException if the connection is in auto-commit mode (the claim would commit without
     *     the invoice), or on a database error or a lock timeout; the transaction must then be rolled back
     */
    @Override
    public boolean claim(String sellerId, String subscriptionId, LocalDate periodStart, String runId) {
        checkKey(sellerId, subscriptionId, periodStart);
        checkId(runId, "runId", MAX_RUN_ID);
        return run(
                sellerId,
                subscriptionId,
                periodStart,
                "could not claim",
                (connection, claims) -> claims.claim(connection, sellerId, subscriptionId, periodStart, runId));
    }

    /**
     * Releases a period by deleting its key in the caller's transaction: the next run bills it again.
     *
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @return true if the period was claimed
     * @throws ValidationException if an id is blank or too long for the table (ECH-SUB-15)
     * @throws BillingRunStoreException if the connection is in auto-commit mode, or on a database error or a lock
     *     timeout
     */
    @Override
    public boolean release(String sellerId, String subscriptionId, LocalDate periodStart) {
        checkKey(sellerId, subscriptionId, periodStart);
        return run(
                sellerId,
                subscriptionId,
                periodStart,
                "could not release",
                (connection, claims) -> claims.release(connection, sellerId, subscriptionId, periodStart));
    }

    @FunctionalInterface
    private interface Work {
        boolean run(Connection connection, JdbcClaims claims) throws SQLException;
    }

    private boolean run(String sellerId, String subscriptionId, LocalDate periodStart, String failure, Work work) {
        String key =
                "period " + periodStart + " of subscription \"" + subscriptionId + "\" (seller \"" + sellerId + "\")";
        try {
            Connection connection = connections.current();
            if (connection == null) {
                throw new BillingRunStoreException(failure + " " + key + ": the connection source gave none", null);
            }
            if (connection.getAutoCommit()) {
                throw new BillingRunStoreException(
                        failure + " " + key + ": the connection is in auto-commit mode, so the claim would be"
                                + " committed without the invoice; claim inside the invoice's transaction",
                        null);
            }
            return work.run(connection, dialect(connection));
        } catch (SQLException e) {
            throw new BillingRunStoreException(failure + " " + key, e);
        }
    }

    private JdbcClaims dialect(Connection connection) {
        JdbcClaims known = dialect;
        if (known == null) {
            known = JdbcClaims.from(connection);
            dialect = known;
        }
        return known;
    }

    private static void checkKey(String sellerId, String subscriptionId, LocalDate periodStart) {
        checkId(sellerId, "sellerId", MAX_ID);
        checkId(subscriptionId, "subscriptionId", MAX_ID);
        Objects.requireNonNull(periodStart, "periodStart");
    }

    private static void checkId(String value, String path, int max) {
        Objects.requireNonNull(value, path);
        if (value.isBlank() || value.length() > max) {
            throw ValidationException.of(
                    "ECH-SUB-15",
                    path,
                    "\"" + value + "\" is " + (value.isBlank() ? "blank" : value.length() + " characters long")
                            + "; the billing-run table takes 1 to " + max + " characters");
        }
    }
}
