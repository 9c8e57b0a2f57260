package org.echeance.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.echeance.numbering.CounterKey;
import org.echeance.numbering.JdbcDialect;
import org.echeance.numbering.JdbcSchema;
import org.echeance.numbering.JdbcSequenceStore;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measures one gap-free number taken in its own transaction on H2 in memory: the {@link JdbcSequenceStore} against
 * hand-written JDBC of the same transaction shape (goal: the store takes at most 1.2 times the baseline's time).
 *
 * <ul>
 *   <li>{@code rawSelectForUpdateThenUpdate}: the baseline, {@code SELECT … FOR UPDATE} then {@code UPDATE}, then
 *       commit, plain JDBC; it logs nothing, so it does less than the store.
 *   <li>{@code rawSelectForUpdateUpdateAndLog}: the same plus the insert into the log table under its primary key,
 *       the store's work in the baseline's shape.
 *   <li>{@code rawUpdateFinalTableAndLog}: the store's own statements written by hand ({@code SELECT … FROM FINAL
 *       TABLE (UPDATE …)}, then the log insert): the difference to the store is the store's own overhead.
 *   <li>{@code jdbcSequenceStoreNext}: {@code store.next(key)} then commit.
 * </ul>
 *
 * <p>One thread, one connection, no contention: this measures the cost of the statements and of the store's code,
 * not lock waits. The log table is emptied between iterations, outside the measurement. H2's code takes long to
 * compile on a small machine: give it at least five warm-up iterations of a few seconds.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class JdbcNumberingBenchmark {
    private static final String WHERE_KEY = " WHERE seller_id = ? AND series = ? AND scope = ?";

    private Connection connection;
    private JdbcSequenceStore store;
    private CounterKey storeKey;
    private CounterKey rawKey;
    private CounterKey rawLoggedKey;
    private CounterKey rawFinalTableKey;

    /**
     * Creates the in-memory database, its tables and the three counters, outside the measurement.
     *
     * @throws SQLException if H2 cannot start
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:numbering-benchmark;DB_CLOSE_DELAY=-1");
        connection = dataSource.getConnection();
        JdbcSchema.create(connection, JdbcDialect.H2);
        connection.setAutoCommit(false);
        Connection transaction = connection;
        store = JdbcSequenceStore.of(() -> transaction, JdbcDialect.H2);
        storeKey = CounterKey.of("seller-1", "FA", "2026");
        rawKey = CounterKey.of("seller-1", "RAW", "2026");
        rawLoggedKey = CounterKey.of("seller-1", "RAWLOG", "2026");
        rawFinalTableKey = CounterKey.of("seller-1", "RAWFINAL", "2026");
        for (CounterKey key : new CounterKey[] {storeKey, rawKey, rawLoggedKey, rawFinalTableKey}) {
            store.next(key); // creates the row, so that every measured call finds it
        }
        connection.commit();
    }

    /**
     * Empties the log table so that it does not grow over the run; counters keep counting up, so no value repeats.
     *
     * @throws SQLException if H2 fails
     */
    @TearDown(Level.Iteration)
    public void emptyLog() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE echeance_counter_log");
        }
        connection.commit();
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if H2 fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }

    /**
     * Takes a number with hand-written JDBC: lock the counter row, increment it, commit.
     *
     * @return the number, consumed by JMH
     * @throws SQLException if H2 fails
     */
    @Benchmark
    public long rawSelectForUpdateThenUpdate() throws SQLException {
        long value = lockAndIncrement(rawKey);
        connection.commit();
        return value;
    }

    /**
     * Takes a number with hand-written JDBC doing the store's work: lock, increment, log the value, commit.
     *
     * @return the number, consumed by JMH
     * @throws SQLException if H2 fails
     */
    @Benchmark
    public long rawSelectForUpdateUpdateAndLog() throws SQLException {
        long value = lockAndIncrement(rawLoggedKey);
        log(rawLoggedKey, value);
        connection.commit();
        return value;
    }

    /**
     * Takes a number with hand-written JDBC in the store's own statements: increment and read in one statement, log
     * the value, commit.
     *
     * @return the number, consumed by JMH
     * @throws SQLException if H2 fails
     */
    @Benchmark
    public long rawUpdateFinalTableAndLog() throws SQLException {
        long value;
        try (PreparedStatement take = connection.prepareStatement("SELECT next_value - 1 FROM FINAL TABLE"
                + " (UPDATE echeance_counter SET next_value = next_value + 1" + WHERE_KEY + ")")) {
            bind(take, rawFinalTableKey);
            try (ResultSet rows = take.executeQuery()) {
                rows.next();
                value = rows.getLong(1);
            }
        }
        log(rawFinalTableKey, value);
        connection.commit();
        return value;
    }

    /**
     * Takes a number with the gap-free store in the caller's transaction, then commits.
     *
     * @return the number, consumed by JMH
     * @throws SQLException if H2 fails
     */
    @Benchmark
    public long jdbcSequenceStoreNext() throws SQLException {
        long value = store.next(storeKey);
        connection.commit();
        return value;
    }

    private long lockAndIncrement(CounterKey key) throws SQLException {
        long value;
        try (PreparedStatement lock =
                connection.prepareStatement("SELECT next_value FROM echeance_counter" + WHERE_KEY + " FOR UPDATE")) {
            bind(lock, key);
            try (ResultSet rows = lock.executeQuery()) {
                rows.next();
                value = rows.getLong(1);
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE echeance_counter SET next_value = next_value + 1" + WHERE_KEY)) {
            bind(update, key);
            update.executeUpdate();
        }
        return value;
    }

    private void log(CounterKey key, long value) throws SQLException {
        try (PreparedStatement log = connection.prepareStatement(
                "INSERT INTO echeance_counter_log (seller_id, series, scope, taken_value) VALUES (?, ?, ?, ?)")) {
            bind(log, key);
            log.setLong(4, value);
            log.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, CounterKey key) throws SQLException {
        statement.setString(1, key.sellerId());
        statement.setString(2, key.series());
        statement.setString(3, key.scope());
    }
}
