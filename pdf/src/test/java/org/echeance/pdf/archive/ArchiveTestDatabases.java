package org.echeance.pdf.archive;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real databases of a test class: one embedded PostgreSQL (zonky, started from the jar, no server installed)
 * and one H2 in memory, each with the issued-document table. Adapted from the scheduling module's {@code
 * JdbcTestDatabases}.
 *
 * <p>Register it on a static field: it starts everything before the first test of the class and stops it after
 * the last. Tests share the databases, so each uses its own seller id ({@link #newSellerId()}).
 */
final class ArchiveTestDatabases implements BeforeAllCallback, AfterAllCallback {
    /** The engines every database test runs on. */
    enum Engine {
        POSTGRESQL,
        H2
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
        h2.setURL("jdbc:h2:mem:issued-document-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        dataSources.put(Engine.H2, h2);
        for (Engine engine : Engine.values()) {
            try (Connection connection = dataSources.get(engine).getConnection()) {
                JdbcDocumentArchiveSchema.create(connection);
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

    /** Returns the data source of an engine's database, which has the table. */
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

    /** Returns the number of rows of a seller, read outside any test transaction. */
    static int rows(DataSource dataSource, String sellerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM echeance_issued_document WHERE seller_id = ?")) {
            query.setString(1, sellerId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
