package org.echeance.numbering;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * Names a database engine the JDBC sequence stores know, and so which statements they use.
 *
 * <p>Both take a number by incrementing the counter row with an {@code UPDATE}, which locks the row and always works
 * on the latest committed value: on {@link #POSTGRESQL} an {@code UPDATE … SET next_value = next_value + 1 …
 * RETURNING} chained to the insert into the log table, one round trip; on {@link #H2} the same update, a read of the
 * value it wrote, then the log insert. Both create a missing counter row first (insert if absent). Moving a counter forward and reserving a block lock the row with {@code SELECT … FOR UPDATE} first.
 */
public enum JdbcDialect {
    /** PostgreSQL 12 or later, the reference engine. */
    POSTGRESQL("PostgreSQL", "org/echeance/numbering/sql/schema-postgresql.sql"),
    /** H2 2.x, in memory or in a file. */
    H2("H2", "org/echeance/numbering/sql/schema-h2.sql");

    private final String productName;
    private final String schemaResource;

    JdbcDialect(String productName, String schemaResource) {
        this.productName = productName;
        this.schemaResource = schemaResource;
    }

    /**
     * Returns the dialect of the database a connection is open on, from its {@code DatabaseMetaData}.
     *
     * <p>Only the metadata is read: no statement runs and the connection is left as it was.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws SequenceStoreException if the metadata cannot be read or the engine is not one of the dialects;
     *     choose a dialect explicitly only for an engine that behaves like one of them
     */
    public static JdbcDialect from(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new SequenceStoreException("could not read the database product name", null, e);
        }
        return ofProductName(product);
    }

    /**
     * Returns the dialect named by a {@code DatabaseMetaData.getDatabaseProductName()} value.
     *
     * <p>For example, {@code JdbcDialect.ofProductName("PostgreSQL")} is {@link #POSTGRESQL}; the comparison
     * ignores case.
     *
     * @param productName the product name reported by the driver
     * @return the dialect
     * @throws SequenceStoreException if no dialect matches
     */
    public static JdbcDialect ofProductName(String productName) {
        Objects.requireNonNull(productName, "productName");
        String wanted = productName.trim().toLowerCase(Locale.ROOT);
        for (JdbcDialect dialect : values()) {
            if (dialect.productName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return dialect;
            }
        }
        throw new SequenceStoreException(
                "database \"" + productName + "\" is not supported by the JDBC sequence stores (supported: "
                        + POSTGRESQL.productName + ", " + H2.productName + ")",
                null,
                null);
    }

    /**
     * Returns the class-path name of the schema script for this engine, for a migration tool to copy.
     *
     * @return a resource name such as {@code org/echeance/numbering/sql/schema-h2.sql}
     */
    public String schemaResource() {
        return schemaResource;
    }
}
