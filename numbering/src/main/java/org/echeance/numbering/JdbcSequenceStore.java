package org.echeance.numbering;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.echeance.core.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gap-free {@link SequenceStore} on a relational database: each number is taken by locking and incrementing
 * a counter row inside the caller's own transaction, so the number and the document that uses it commit or roll
 * back together.
 *
 * <h2>How a number is taken</h2>
 *
 * <p>The store is given a {@link ConnectionSource} that returns the connection of the application's current
 * transaction (with Spring, {@code () -> DataSourceUtils.getConnection(dataSource)}; with plain JDBC, the
 * connection the caller has just called {@code setAutoCommit(false)} on). For each {@link #next(CounterKey)} it
 * creates the counter row {@code (seller_id, series, scope)} if absent, locks and increments it with one {@code
 * UPDATE … SET next_value = next_value + 1} that returns the value ({@code RETURNING} on PostgreSQL; on H2 an update then a read of
 * the row it wrote; see {@link JdbcDialect}), and inserts the value into a log table whose primary key {@code (seller_id, series, scope, taken_value)}
 * makes a duplicate number impossible even if the counter row were edited by hand. It never commits, rolls back
 * or closes the connection: the application does. A rollback, for any reason, gives the number back; the next
 * transaction takes it again. Tables come from {@link JdbcSchema}.
 *
 * <p>The row lock is what makes numbers unique across threads and across nodes sharing the database; the cost is
 * that two transactions numbering in the same counter run one after the other, from the moment the first takes
 * its number until it commits. Counters of different keys (another series, another year, another seller) are
 * other rows and never wait for each other.
 *
 * <h2>Why not a database sequence</h2>
 *
 * <p>A {@code CREATE SEQUENCE} is fast because it is not transactional: {@code nextval} is never rolled back, so
 * every transaction that fails after taking a value (a validation error, a deadlock retry, a crash) leaves a hole;
 * and values a sequence has cached or pre-allocated (a session cache, PostgreSQL's values logged ahead, Oracle's
 * {@code CACHE}) are skipped when the session ends or the server restarts. French law (article 242 nonies A of annex II of the CGI) and many other jurisdictions require
 * invoice numbers in one continuous series: that needs a counter that rolls back with the invoice. When only
 * uniqueness matters, {@link JdbcBlockSequenceStore} is the fast choice.
 *
 * <h2>Keep the numbering transaction short</h2>
 *
 * <p>The counter row stays locked until the caller's transaction ends, and every other document of the same
 * series waits for it. Take the number as late as possible (when the invoice is issued, never for a draft),
 * insert the invoice, and commit. Slow work (rendering the PDF, electronic signature, uploading to an e-invoicing
 * platform, sending mail) must happen <em>after</em> that commit, for example from an outbox, never while the row
 * is locked: Odoo's gap-free sequences held that lock for minutes during batch signing and blocked every other
 * user. When a wait exceeds the database's lock timeout, {@link #next(CounterKey)} throws a {@link
 * SequenceStoreException} whose {@link SequenceStoreException#isLockFailure()} is true; nothing is swallowed.
 *
 * <p>Run the transaction in READ COMMITTED, the default of PostgreSQL and H2. Under REPEATABLE READ or SERIALIZABLE
 * a concurrent increment of the same counter makes PostgreSQL refuse the update with a serialization failure
 * (SQL state 40001), which the caller must answer by running the whole transaction again.
 *
 * <h2>Numbering outside the transaction</h2>
 *
 * <p>{@link #autonomous(DataSource)} takes each number in a short transaction of its own, committed before {@link
 * #next(CounterKey)} returns. Numbers stay unique and in order, but a document that is then not saved loses its
 * number for good: that mode has gaps, and suits only applications that cannot number inside their transaction.
 *
 * <p>This class is immutable and thread-safe; it holds no connection between calls.
 */
public final class JdbcSequenceStore implements SequenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSequenceStore.class);

    /**
     * Gives the connection of the application's current transaction, for example Spring's {@code
     * DataSourceUtils.getConnection(dataSource)}.
     *
     * <p>The store uses the connection for a few statements and leaves it open, in its transaction, for the
     * application to commit or roll back; it must therefore not be a fresh connection from a pool that nobody
     * closes.
     */
    @FunctionalInterface
    public interface ConnectionSource {
        /**
         * Returns the connection bound to the caller's current transaction.
         *
         * @return an open connection, not null
         * @throws SQLException if no connection can be had
         */
        Connection current() throws SQLException;
    }

    private final ConnectionSource connections;
    private final DataSource autonomousSource;
    private final JdbcDialect chosenDialect;
    private volatile JdbcDialect detectedDialect;

    private JdbcSequenceStore(ConnectionSource connections, DataSource autonomousSource, JdbcDialect dialect) {
        this.connections = connections;
        this.autonomousSource = autonomousSource;
        this.chosenDialect = dialect;
    }

    /**
     * Returns a gap-free store that takes numbers inside the caller's transaction, on the database the first
     * connection reports.
     *
     * @param connections gives the connection of the current transaction
     * @return the store
     */
    public static JdbcSequenceStore of(ConnectionSource connections) {
        return new JdbcSequenceStore(Objects.requireNonNull(connections, "connections"), null, null);
    }

    /**
     * Returns a gap-free store that takes numbers inside the caller's transaction, with a chosen dialect.
     *
     * @param connections gives the connection of the current transaction
     * @param dialect the statements to use
     * @return the store
     */
    public static JdbcSequenceStore of(ConnectionSource connections, JdbcDialect dialect) {
        return new JdbcSequenceStore(
                Objects.requireNonNull(connections, "connections"), null, Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Returns a store that takes each number in a short transaction of its own, committed before {@code next}
     * returns: NOT gap-free.
     *
     * <p>A document that is not saved after its number was taken (a rollback, a crash) leaves a hole in the
     * series, which is never filled. Use this only when numbering cannot happen inside the document's
     * transaction; numbers are still unique and increasing across nodes, and each is logged.
     *
     * @param dataSource where connections come from; each one is closed after use
     * @return the store
     */
    public static JdbcSequenceStore autonomous(DataSource dataSource) {
        return new JdbcSequenceStore(null, Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /**
     * Returns a store that takes each number in a short transaction of its own, with a chosen dialect: NOT
     * gap-free (see {@link #autonomous(DataSource)}).
     *
     * @param dataSource where connections come from; each one is closed after use
     * @param dialect the statements to use
     * @return the store
     */
    public static JdbcSequenceStore autonomous(DataSource dataSource, JdbcDialect dialect) {
        return new JdbcSequenceStore(
                null, Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Checks if this store is gap-free, that is, takes numbers inside the caller's transaction.
     *
     * @return true unless the store was made by {@code autonomous}
     */
    public boolean isGapFree() {
        return autonomousSource == null;
    }

    /**
     * Takes the next value of a counter: locks the counter row until the caller's transaction ends, increments
     * it and logs the value.
     *
     * @param key the counter
     * @return the value taken, 1 for a counter never used
     * @throws SequenceStoreException if the connection is in auto-commit mode (the number would not roll back
     *     with the document), or on a database error, a lock timeout or a deadlock; the transaction must then be
     *     rolled back
     */
    @Override
    public long next(CounterKey key) {
        Objects.requireNonNull(key, "key");
        return run(
                key,
                "could not take the next value",
                true,
                connection -> JdbcCounters.take(connection, dialect(connection), key));
    }

    /**
     * Returns the value {@link #next(CounterKey)} would take now, without locking or consuming anything.
     *
     * <p>Another transaction may take that value first; only {@code next} reserves it.
     *
     * @param key the counter
     * @return the next value, 1 for a counter never used
     * @throws SequenceStoreException on a database error
     */
    @Override
    public long peek(CounterKey key) {
        Objects.requireNonNull(key, "key");
        return run(key, "could not read the next value", false, connection -> JdbcCounters.peek(connection, key));
    }

    /**
     * Moves a counter forward so that its next value is {@code nextValue}, and logs the move at INFO.
     *
     * <p>Use it to continue a series begun in another system. The values skipped are never handed out. Moving to
     * the counter's current next value changes nothing. In the caller's transaction, the move takes effect when
     * that transaction commits.
     *
     * @param key the counter
     * @param nextValue the value the next {@code next} takes, 1 or more
     * @throws ValidationException if {@code nextValue} is below 1 or below the counter's next value (ECH-NUM-02)
     * @throws SequenceStoreException on a database error or a lock timeout
     */
    @Override
    public void advanceTo(CounterKey key, long nextValue) {
        Objects.requireNonNull(key, "key");
        if (nextValue < 1) {
            throw ValidationException.of("ECH-NUM-02", "nextValue", nextValue + " is below 1; counters start at 1");
        }
        long previous = run(
                key,
                "could not move the counter",
                false,
                connection -> JdbcCounters.advance(connection, dialect(connection), key, nextValue));
        if (previous != nextValue) {
            LOG.info(
                    "Counter {} advanced: next value {} -> {}{}",
                    JdbcCounters.describe(key),
                    previous,
                    nextValue,
                    isGapFree() ? " (when the caller's transaction commits)" : "");
        }
    }

    private <T> T run(CounterKey key, String failure, boolean needsTransaction, JdbcCounters.Work<T> work) {
        try {
            if (autonomousSource != null) {
                return JdbcCounters.autonomously(autonomousSource, work);
            }
            Connection connection = connections.current();
            if (connection == null) {
                throw new SequenceStoreException("the connection source gave no connection", key, null);
            }
            if (needsTransaction && connection.getAutoCommit()) {
                throw new SequenceStoreException(
                        "the connection is in auto-commit mode, so the number would be committed without the"
                                + " document; take it inside the document's transaction, or use"
                                + " JdbcSequenceStore.autonomous if gaps are acceptable",
                        key,
                        null);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new SequenceStoreException(failure, key, e);
        }
    }

    private JdbcDialect dialect(Connection connection) {
        if (chosenDialect != null) {
            return chosenDialect;
        }
        JdbcDialect dialect = detectedDialect;
        if (dialect == null) {
            dialect = JdbcDialect.from(connection);
            detectedDialect = dialect;
        }
        return dialect;
    }
}
