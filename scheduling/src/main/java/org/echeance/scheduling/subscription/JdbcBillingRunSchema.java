package org.echeance.scheduling.subscription;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.echeance.core.repository.SchemaScript;
import org.echeance.scheduling.subscription.internal.JdbcClaims;

/**
 * Creates the tables of the scheduling module: {@code echeance_billing_run} of the {@link JdbcBillingRunStore}, one
 * row per billed period under the primary key {@code (seller_id, subscription_id, period_start)}, and {@code
 * echeance_reminder_log} of the {@link org.echeance.scheduling.reminder.JdbcReminderLog}, one row per reminder step
 * produced for an open item.
 *
 * <p>The scripts ship in this jar as {@code org/echeance/scheduling/sql/billing-run-postgresql.sql} and {@code
 * org/echeance/scheduling/sql/billing-run-h2.sql} and only create what is missing, so running them again is
 * harmless. Applications with a migration tool (Flyway, Liquibase) copy {@link #script(String)} into a migration
 * instead.
 */
public final class JdbcBillingRunSchema {
    private JdbcBillingRunSchema() {}

    /**
     * Creates the tables that do not exist yet, on the database the connection reports.
     *
     * <p>The statements run on the given connection, which is neither committed nor closed: in auto-commit mode
     * each statement commits on its own; otherwise the caller commits.
     *
     * @param connection an open connection with the right to create tables
     * @throws BillingRunStoreException if the engine is not PostgreSQL or H2, or a statement fails
     */
    public static void create(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        JdbcClaims dialect = JdbcClaims.from(connection);
        try {
            read(dialect.schemaResource()).run(connection);
        } catch (SQLException e) {
            throw new BillingRunStoreException(
                    "could not create the tables echeance_billing_run and echeance_reminder_log", e);
        }
    }

    /**
     * Returns the schema script for a database engine, as shipped in this jar.
     *
     * @param databaseProductName the engine as its driver names it: {@code PostgreSQL} or {@code H2} (any case)
     * @return the SQL text, statements ended by {@code ;}
     * @throws BillingRunStoreException if the engine is not supported
     */
    public static String script(String databaseProductName) {
        Objects.requireNonNull(databaseProductName, "databaseProductName");
        for (JdbcClaims dialect : JdbcClaims.values()) {
            if (dialect.productName().equalsIgnoreCase(databaseProductName.trim())) {
                return read(dialect.schemaResource()).text();
            }
        }
        throw new BillingRunStoreException(
                "database \"" + databaseProductName + "\" is not supported (supported: PostgreSQL, H2)", null);
    }

    private static SchemaScript read(String resource) {
        return SchemaScript.load(JdbcBillingRunSchema.class.getClassLoader(), resource);
    }
}
