package org.echeance.scheduling.subscription.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.echeance.scheduling.reminder.ReminderKey;
import org.echeance.scheduling.subscription.BillingRunStoreException;

/**
 * The statements of the JDBC billing-run store on {@code echeance_billing_run} and of the JDBC reminder log on
 * {@code echeance_reminder_log}, per database engine. Every method
 * runs on the connection it is given and never commits, rolls back or closes it.
 */
public enum JdbcClaims {
    /** PostgreSQL 12 or later: {@code INSERT … ON CONFLICT DO NOTHING}, which never fails the transaction. */
    POSTGRESQL("PostgreSQL", "org/echeance/scheduling/sql/billing-run-postgresql.sql"),
    /** H2 2.x: a plain insert whose duplicate key (23505) means "claimed before"; H2 keeps the transaction. */
    H2("H2", "org/echeance/scheduling/sql/billing-run-h2.sql");

    /** SQL state of a unique or primary key violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT = "INSERT INTO echeance_billing_run"
            + " (seller_id, subscription_id, period_start, run_id) VALUES (?, ?, ?, ?)";
    private static final String DELETE =
            "DELETE FROM echeance_billing_run WHERE seller_id = ? AND subscription_id = ? AND period_start = ?";

    private static final String REMINDER_INSERT = "INSERT INTO echeance_reminder_log"
            + " (seller_id, customer_number, invoice_number, installment_number, step_key) VALUES (?, ?, ?, ?, ?)";
    private static final String REMINDER_SELECT = "SELECT 1 FROM echeance_reminder_log WHERE seller_id = ?"
            + " AND customer_number = ? AND invoice_number = ? AND installment_number = ? AND step_key = ?";

    private final String productName;
    private final String schemaResource;

    JdbcClaims(String productName, String schemaResource) {
        this.productName = productName;
        this.schemaResource = schemaResource;
    }

    /**
     * Returns the statements for the database a connection is open on.
     *
     * @param connection an open connection; only its metadata is read
     * @return the dialect
     * @throws BillingRunStoreException if the metadata cannot be read or the engine is not supported
     */
    public static JdbcClaims from(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new BillingRunStoreException("could not read the database product name", e);
        }
        for (JdbcClaims dialect : values()) {
            if (dialect.productName.equalsIgnoreCase(product.trim())) {
                return dialect;
            }
        }
        throw new BillingRunStoreException(
                "database \"" + product + "\" is not supported by the JDBC billing-run store (supported: "
                        + POSTGRESQL.productName + ", " + H2.productName + ")",
                null);
    }

    /**
     * Returns the class-path name of this engine's schema script.
     *
     * @return the resource name
     */
    public String schemaResource() {
        return schemaResource;
    }

    /**
     * Inserts the claim row; returns true if this insert created it.
     *
     * @param connection the caller's connection
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @param runId the claiming run
     * @return true if the row was created, false if it existed
     * @throws SQLException on any other database error
     */
    public boolean claim(
            Connection connection, String sellerId, String subscriptionId, LocalDate periodStart, String runId)
            throws SQLException {
        String sql = this == POSTGRESQL ? INSERT + " ON CONFLICT DO NOTHING" : INSERT;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, sellerId);
            insert.setString(2, subscriptionId);
            insert.setObject(3, periodStart);
            insert.setString(4, runId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            // H2 waits for a concurrent insert of the same key to end, then reports the duplicate
            if (this == H2 && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Inserts a reminder key; returns true if this insert created the row.
     *
     * @param connection the caller's connection
     * @param key the reminder key
     * @return true if the row was created, false if it existed
     * @throws SQLException on any other database error
     */
    public boolean recordReminder(Connection connection, ReminderKey key) throws SQLException {
        String sql = this == POSTGRESQL ? REMINDER_INSERT + " ON CONFLICT DO NOTHING" : REMINDER_INSERT;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bind(insert, key);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (this == H2 && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Checks if a reminder key has a row.
     *
     * @param connection the caller's connection
     * @param key the reminder key
     * @return true if the row exists
     * @throws SQLException on a database error
     */
    public boolean isReminderRecorded(Connection connection, ReminderKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(REMINDER_SELECT)) {
            bind(select, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void bind(PreparedStatement statement, ReminderKey key) throws SQLException {
        statement.setString(1, key.sellerId());
        statement.setString(2, key.customerNumber());
        statement.setString(3, key.invoiceNumber());
        statement.setInt(4, key.installmentNumber());
        statement.setString(5, key.stepKey());
    }

    /**
     * Deletes the claim row; returns true if there was one.
     *
     * @param connection the caller's connection
     * @param sellerId the seller
     * @param subscriptionId the subscription
     * @param periodStart the period start
     * @return true if a row was deleted
     * @throws SQLException on a database error
     */
    public boolean release(Connection connection, String sellerId, String subscriptionId, LocalDate periodStart)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, sellerId);
            delete.setString(2, subscriptionId);
            delete.setObject(3, periodStart);
            return delete.executeUpdate() == 1;
        }
    }

    /**
     * Names the engine as its driver reports it.
     *
     * @return the product name, lower case
     */
    public String productName() {
        return productName.toLowerCase(Locale.ROOT);
    }
}
