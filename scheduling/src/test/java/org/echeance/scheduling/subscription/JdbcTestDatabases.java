package org.echeance.scheduling.subscription;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.echeance.core.money.Amounts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real databases of a test class: one embedded PostgreSQL (zonky, started from the jar, no server installed)
 * and one H2 in memory, each with the billing-run table and a table standing for the application's invoices.
 * Adapted from the numbering module's {@code JdbcTestDatabases}.
 *
 * <p>Register it on a static field: it starts everything before the first test of the class and stops it after
 * the last. Tests share the databases, so each uses its own seller id ({@link #newSellerId()}).
 */
final class JdbcTestDatabases implements BeforeAllCallback, AfterAllCallback {
    /** The engines every database test runs on. */
    enum Engine {
        POSTGRESQL,
        H2
    }

    /** Work on a connection in a test. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final AtomicInteger SELLERS = new AtomicInteger();

    private final Map<Engine, DataSource> dataSources = new EnumMap<>(Engine.class);
    private EmbeddedPostgres postgres;
    private JdbcDataSource h2;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSources.put(Engine.POSTGRESQL, postgres.getPostgresDatabase());
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:billing-run-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        dataSources.put(Engine.H2, h2);

        for (Engine engine : Engine.values()) {
            try (Connection connection = dataSources.get(engine).getConnection()) {
                JdbcBillingRunSchema.create(connection);
                try (Statement statement = connection.createStatement()) {
                    // Stands for the application's own invoice table, written in the claiming transaction.
                    statement.execute("CREATE TABLE IF NOT EXISTS test_invoice (seller_id VARCHAR(100) NOT NULL,"
                            + " subscription_id VARCHAR(100) NOT NULL, period_start DATE NOT NULL,"
                            + " issue_date DATE NOT NULL, net_total DECIMAL(19, 4) NOT NULL,"
                            + " PRIMARY KEY (seller_id, subscription_id, period_start))");
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (h2 != null) {
                try (Connection connection = h2.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Returns the data source of an engine's database, which has the tables. */
    DataSource dataSource(Engine engine) {
        return dataSources.get(engine);
    }

    /** Returns a seller id no other test uses, so that tests sharing a database never share a key. */
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

    /** Saves the draft of a billed period, as the application does in the claiming transaction. */
    static void insertInvoice(Connection connection, BilledPeriod billed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO test_invoice"
                + " (seller_id, subscription_id, period_start, issue_date, net_total) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, billed.sellerId());
            insert.setString(2, billed.subscriptionId());
            insert.setObject(3, billed.period().startInclusive());
            insert.setObject(4, billed.invoice().issueDate().orElseThrow());
            insert.setBigDecimal(5, Amounts.decimal(billed.invoice().totals().sumOfLineNetAmounts()));
            insert.executeUpdate();
        }
    }

    /** Returns the saved invoices of a seller as "subscription period-start issue-date net", in order. */
    static List<String> invoices(DataSource dataSource, String sellerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT subscription_id, period_start,"
                        + " issue_date, net_total FROM test_invoice WHERE seller_id = ?"
                        + " ORDER BY subscription_id, period_start")) {
            query.setString(1, sellerId);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getObject(2, LocalDate.class) + " "
                            + result.getObject(3, LocalDate.class) + " "
                            + result.getBigDecimal(4).setScale(2, java.math.RoundingMode.UNNECESSARY));
                }
            }
            return rows;
        }
    }

    /** Returns the number of claim rows of a seller. */
    static int claimRows(DataSource dataSource, String sellerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM echeance_billing_run WHERE seller_id = ?")) {
            query.setString(1, sellerId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Formats a billed period the way {@link #invoices} reads the saved row back. */
    static String row(BilledPeriod billed) {
        BigDecimal net = Amounts.decimal(billed.invoice().totals().sumOfLineNetAmounts())
                .setScale(2, java.math.RoundingMode.UNNECESSARY);
        return billed.subscriptionId() + " " + billed.period().startInclusive() + " " + billed.billingDate() + " "
                + net;
    }

    /** Sets how long the connection's statements wait for a row lock before failing. */
    static void setLockTimeout(Connection connection, Engine engine, int millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    engine == Engine.POSTGRESQL ? "SET lock_timeout = " + millis : "SET LOCK_TIMEOUT " + millis);
        }
    }
}
