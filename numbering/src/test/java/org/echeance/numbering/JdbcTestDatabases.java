package org.echeance.numbering;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real databases of a test class: one embedded PostgreSQL (zonky, started from the jar, no server installed),
 * one H2 in memory and one H2 file database in a temporary directory, each with the numbering tables.
 *
 * <p>Register it on a static field ({@code @RegisterExtension static final JdbcTestDatabases DATABASES = new
 * JdbcTestDatabases();}): it starts everything before the first test of the class and stops it after the last.
 * Tests share the databases, so each uses its own seller id ({@link #newSellerId()}) and never sees another's
 * counters.
 */
final class JdbcTestDatabases implements BeforeAllCallback, AfterAllCallback {
    /** The engines every database test runs on. */
    enum Engine {
        POSTGRESQL(JdbcDialect.POSTGRESQL),
        H2_MEMORY(JdbcDialect.H2),
        H2_FILE(JdbcDialect.H2);

        private final JdbcDialect dialect;

        Engine(JdbcDialect dialect) {
            this.dialect = dialect;
        }

        JdbcDialect dialect() {
            return dialect;
        }
    }

    /** Work on a connection in a test. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final AtomicInteger SELLERS = new AtomicInteger();

    private final Map<Engine, DataSource> dataSources = new EnumMap<>(Engine.class);
    private final Map<Engine, DataSource> emptyDataSources = new EnumMap<>(Engine.class);
    private final List<JdbcDataSource> h2Databases = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Path h2Directory;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSources.put(Engine.POSTGRESQL, postgres.getPostgresDatabase());
        // template1 exists in every cluster and holds none of our tables
        emptyDataSources.put(Engine.POSTGRESQL, postgres.getDatabase("postgres", "template1"));

        String name = "numbering-" + UUID.randomUUID();
        dataSources.put(Engine.H2_MEMORY, h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"));
        h2Directory = Files.createTempDirectory("echeance-numbering-h2");
        dataSources.put(Engine.H2_FILE, h2("jdbc:h2:file:" + h2Directory.resolve("numbering")));
        DataSource empty = h2("jdbc:h2:mem:" + name + "-empty;DB_CLOSE_DELAY=-1");
        emptyDataSources.put(Engine.H2_MEMORY, empty);
        emptyDataSources.put(Engine.H2_FILE, empty);

        for (Engine engine : Engine.values()) {
            try (Connection connection = dataSources.get(engine).getConnection()) {
                JdbcSchema.create(connection, engine.dialect());
                try (Statement statement = connection.createStatement()) {
                    // Stands for the application's own invoice table, written in the same transaction.
                    statement.execute("CREATE TABLE IF NOT EXISTS test_invoice (seller_id VARCHAR(100) NOT NULL,"
                            + " series VARCHAR(100) NOT NULL, scope VARCHAR(100) NOT NULL, number BIGINT NOT NULL,"
                            + " PRIMARY KEY (seller_id, series, scope, number))");
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            for (JdbcDataSource h2 : h2Databases) {
                try (Connection connection = h2.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } finally {
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } finally {
                deleteRecursively(h2Directory);
            }
        }
    }

    /** Returns the data source of an engine's database, which has the numbering tables. */
    DataSource dataSource(Engine engine) {
        return dataSources.get(engine);
    }

    /** Returns a data source of the same engine on a database without the numbering tables. */
    DataSource dataSourceWithoutSchema(Engine engine) {
        return emptyDataSources.get(engine);
    }

    /** Returns a seller id no other test uses, so that tests sharing a database never share a counter. */
    static String newSellerId() {
        return "seller-" + SELLERS.incrementAndGet() + "-" + UUID.randomUUID();
    }

    /** Opens a connection with auto-commit off: a transaction, as an application would hold one. */
    static Connection openTransaction(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Runs work in its own transaction and commits it. */
    static <T> T committed(DataSource dataSource, SqlWork<T> work) throws SQLException {
        try (Connection connection = openTransaction(dataSource)) {
            T result = work.run(connection);
            connection.commit();
            return result;
        }
    }

    /** Inserts the document that uses a number, as the application does in the numbering transaction. */
    static void insertInvoice(Connection connection, CounterKey key, long number) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO test_invoice (seller_id, series, scope, number) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key.sellerId());
            insert.setString(2, key.series());
            insert.setString(3, key.scope());
            insert.setLong(4, number);
            insert.executeUpdate();
        }
    }

    /** Returns the committed invoice numbers of a counter, in order. */
    static List<Long> invoiceNumbers(DataSource dataSource, CounterKey key) throws SQLException {
        return values(dataSource, "SELECT number FROM test_invoice", "number", key);
    }

    /** Returns the committed values of a counter's log, in order. */
    static List<Long> loggedValues(DataSource dataSource, CounterKey key) throws SQLException {
        return values(dataSource, "SELECT taken_value FROM echeance_counter_log", "taken_value", key);
    }

    /** Sets how long the connection's statements wait for a row lock before failing. */
    static void setLockTimeout(Connection connection, Engine engine, int millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    engine == Engine.POSTGRESQL ? "SET lock_timeout = " + millis : "SET LOCK_TIMEOUT " + millis);
        }
    }

    private static List<Long> values(DataSource dataSource, String select, String column, CounterKey key)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        select + " WHERE seller_id = ? AND series = ? AND scope = ? ORDER BY " + column)) {
            query.setString(1, key.sellerId());
            query.setString(2, key.series());
            query.setString(3, key.scope());
            List<Long> values = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }

    private JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        h2Databases.add(dataSource);
        return dataSource;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
