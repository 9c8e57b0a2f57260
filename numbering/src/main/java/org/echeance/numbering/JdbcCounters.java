package org.echeance.numbering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.echeance.core.validation.ValidationException;

/**
 * The statements of the JDBC sequence stores on the counter and log tables, and the short autonomous
 * transaction both stores use. Not API.
 *
 * <p>Every method runs on the connection it is given and never commits, rolls back or closes it, except {@link
 * #autonomously}, which owns the connection it opens.
 */
final class JdbcCounters {
    /** SQL state of a unique or primary key violation, the same on PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final String WHERE_KEY = " WHERE seller_id = ? AND series = ? AND scope = ?";

    private static final String PEEK = "SELECT next_value FROM echeance_counter" + WHERE_KEY;
    private static final String LOCK = PEEK + " FOR UPDATE";
    private static final String INCREMENT = "UPDATE echeance_counter SET next_value = next_value + ?" + WHERE_KEY;
    private static final String ADVANCE =
            "UPDATE echeance_counter SET next_value = ?" + WHERE_KEY + " AND next_value <= ?";
    private static final String LOG =
            "INSERT INTO echeance_counter_log (seller_id, series, scope, taken_value) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ROW =
            "INSERT INTO echeance_counter (seller_id, series, scope, next_value) VALUES (?, ?, ?, 1)";
    private static final String INSERT_ROW_IF_ABSENT_PG = INSERT_ROW + " ON CONFLICT DO NOTHING";

    /** Locks, increments and logs in one round trip: the log insert sees the row the update returns. */
    private static final String TAKE_PG = "WITH taken AS (UPDATE echeance_counter SET next_value = next_value + 1"
            + WHERE_KEY
            + " RETURNING seller_id, series, scope, next_value - 1 AS taken_value)"
            + " INSERT INTO echeance_counter_log (seller_id, series, scope, taken_value)"
            + " SELECT seller_id, series, scope, taken_value FROM taken RETURNING taken_value";

    /**
     * Locks and increments the counter row on H2; {@link #READ_OWN_H2} then reads the value this transaction wrote.
     * Two plain statements rather than H2's {@code SELECT … FROM FINAL TABLE (UPDATE …)}: under heavy contention
     * with concurrent rollbacks, that form once returned a value another transaction had already taken (caught by
     * the log's primary key, but a failed numbering all the same); a plain update takes the row lock and then
     * works on the latest committed value, and the read that follows sees this transaction's own write.
     */
    private static final String TAKE_H2 = "UPDATE echeance_counter SET next_value = next_value + 1" + WHERE_KEY;

    private static final String READ_OWN_H2 = "SELECT next_value - 1 FROM echeance_counter" + WHERE_KEY;

    private static final String ALLOCATE_PG =
            "UPDATE echeance_counter SET next_value = next_value + ?" + WHERE_KEY + " RETURNING next_value - ?";

    private JdbcCounters() {}

    /** Work on one connection, which may throw the database's exception. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Takes the next value of a counter and logs it, locking the counter row until the connection's transaction
     * ends.
     */
    static long take(Connection connection, JdbcDialect dialect, CounterKey key) throws SQLException {
        OptionalLong taken = takeIfRowExists(connection, dialect, key);
        if (taken.isEmpty()) {
            insertRowIfAbsent(connection, dialect, key);
            taken = takeIfRowExists(connection, dialect, key);
        }
        return taken.orElseThrow(() -> vanished(key));
    }

    /** Returns the next value of a counter without locking or changing anything: 1 for a counter never used. */
    static long peek(Connection connection, CounterKey key) throws SQLException {
        return read(connection, PEEK, key).orElse(1L);
    }

    /**
     * Moves a counter forward so that its next value is {@code nextValue}, and returns the next value it had;
     * refuses to move it back.
     */
    static long advance(Connection connection, JdbcDialect dialect, CounterKey key, long nextValue)
            throws SQLException {
        long previous = lockRow(connection, dialect, key);
        if (nextValue < previous) {
            throw backwards(key, nextValue, previous);
        }
        if (nextValue == previous) {
            return previous;
        }
        // The condition keeps the move forward even where the lock above ended with its statement (auto-commit).
        try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            update.setLong(1, nextValue);
            bindKey(update, key, 2);
            update.setLong(5, nextValue);
            if (update.executeUpdate() == 0) {
                throw backwards(key, nextValue, peek(connection, key));
            }
        }
        return previous;
    }

    /** Reserves {@code size} consecutive values of a counter and returns the first; logs nothing. */
    static long allocate(Connection connection, JdbcDialect dialect, CounterKey key, int size) throws SQLException {
        if (dialect == JdbcDialect.POSTGRESQL) {
            OptionalLong first = allocatePostgresql(connection, key, size);
            if (first.isEmpty()) {
                insertRowIfAbsent(connection, dialect, key);
                first = allocatePostgresql(connection, key, size);
            }
            return first.orElseThrow(() -> vanished(key));
        }
        long first = lockRow(connection, dialect, key);
        increment(connection, key, size);
        return first;
    }

    /**
     * Runs work in a transaction of its own on a connection from the data source: commits it, or rolls it back
     * when the work throws, and gives the connection back in the auto-commit mode it came in.
     */
    static <T> T autonomously(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    /** Locks the counter row, creating it if absent, and returns its next value. */
    private static long lockRow(Connection connection, JdbcDialect dialect, CounterKey key) throws SQLException {
        OptionalLong current = read(connection, LOCK, key);
        if (current.isEmpty()) {
            insertRowIfAbsent(connection, dialect, key);
            current = read(connection, LOCK, key);
        }
        return current.orElseThrow(() -> vanished(key));
    }

    private static void increment(Connection connection, CounterKey key, long by) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(INCREMENT)) {
            update.setLong(1, by);
            bindKey(update, key, 2);
            if (update.executeUpdate() != 1) {
                throw vanished(key);
            }
        }
    }

    private static void insertRowIfAbsent(Connection connection, JdbcDialect dialect, CounterKey key)
            throws SQLException {
        if (dialect == JdbcDialect.POSTGRESQL) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ROW_IF_ABSENT_PG)) {
                bindKey(insert, key);
                insert.executeUpdate();
            }
            return;
        }
        // H2 waits for a concurrent insert of the same row to end, then reports the duplicate; a failed statement
        // does not spoil an H2 transaction, so the row the other transaction created is simply used.
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ROW)) {
            bindKey(insert, key);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Increments the counter row, which locks it, and logs the value it had; empty when the row does not exist.
     * The update takes the lock itself, so it always works on the latest committed value.
     */
    private static OptionalLong takeIfRowExists(Connection connection, JdbcDialect dialect, CounterKey key)
            throws SQLException {
        if (dialect == JdbcDialect.POSTGRESQL) {
            return read(connection, TAKE_PG, key);
        }
        try (PreparedStatement update = connection.prepareStatement(TAKE_H2)) {
            bindKey(update, key);
            if (update.executeUpdate() == 0) {
                return OptionalLong.empty();
            }
        }
        OptionalLong taken = read(connection, READ_OWN_H2, key);
        if (taken.isPresent()) {
            try (PreparedStatement log = connection.prepareStatement(LOG)) {
                bindKey(log, key);
                log.setLong(4, taken.getAsLong());
                log.executeUpdate();
            }
        }
        return taken;
    }

    private static OptionalLong allocatePostgresql(Connection connection, CounterKey key, int size)
            throws SQLException {
        try (PreparedStatement allocate = connection.prepareStatement(ALLOCATE_PG)) {
            allocate.setLong(1, size);
            bindKey(allocate, key, 2);
            allocate.setLong(5, size);
            try (ResultSet rows = allocate.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static OptionalLong read(Connection connection, String sql, CounterKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindKey(select, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static void bindKey(PreparedStatement statement, CounterKey key) throws SQLException {
        bindKey(statement, key, 1);
    }

    private static void bindKey(PreparedStatement statement, CounterKey key, int first) throws SQLException {
        statement.setString(first, key.sellerId());
        statement.setString(first + 1, key.series());
        statement.setString(first + 2, key.scope());
    }

    private static ValidationException backwards(CounterKey key, long nextValue, long current) {
        return ValidationException.of(
                "ECH-NUM-02",
                "nextValue",
                nextValue + " is below the next value " + current + " of counter " + describe(key)
                        + "; a counter only moves forward");
    }

    private static SequenceStoreException vanished(CounterKey key) {
        return new SequenceStoreException(
                "the counter row is missing right after it was created: it was deleted concurrently, or the"
                        + " transaction isolation is stricter than read committed",
                key,
                null);
    }

    /** Describes a counter for messages and logs. */
    static String describe(CounterKey key) {
        return "(seller \"" + key.sellerId() + "\", series \"" + key.series() + "\", scope \"" + key.scope() + "\")";
    }
}
