package org.echeance.numbering;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.echeance.core.repository.SchemaScript;

/**
 * Creates the tables of the JDBC sequence stores: {@code echeance_counter} (one row per counter) and {@code
 * echeance_counter_log} (every number the gap-free store took, under a primary key on the counter and the value).
 *
 * <p>The scripts are shipped in this jar ({@link JdbcDialect#schemaResource()}) and only create what is missing,
 * so running them again is harmless. Applications with a migration tool (Flyway, Liquibase) copy {@link
 * #script(JdbcDialect)} into a migration instead.
 */
public final class JdbcSchema {
    private JdbcSchema() {}

    /**
     * Creates the tables that do not exist yet, on the database the connection reports.
     *
     * @param connection an open connection with the right to create tables
     * @throws SequenceStoreException if the engine is not supported or a statement fails
     */
    public static void create(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        create(connection, JdbcDialect.from(connection));
    }

    /**
     * Creates the tables that do not exist yet, with the script of a chosen dialect.
     *
     * <p>The statements run on the given connection, which is neither committed nor closed: in auto-commit mode
     * each statement commits on its own; otherwise the caller commits (PostgreSQL runs DDL inside the
     * transaction, H2 commits it at once).
     *
     * @param connection an open connection with the right to create tables
     * @param dialect the script to run
     * @throws SequenceStoreException if a statement fails
     */
    public static void create(Connection connection, JdbcDialect dialect) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(dialect, "dialect");
        try {
            schema(dialect).run(connection);
        } catch (SQLException e) {
            throw new SequenceStoreException("could not create the numbering tables", null, e);
        }
    }

    /**
     * Returns the schema script of a dialect, as shipped in this jar.
     *
     * @param dialect the engine
     * @return the SQL text, statements ended by {@code ;}
     */
    public static String script(JdbcDialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return schema(dialect).text();
    }

    /** Splits a script into statements, as {@link #create(Connection, JdbcDialect)} runs them. */
    static List<String> statements(String script) {
        return SchemaScript.of("numbering", script).statements();
    }

    private static SchemaScript schema(JdbcDialect dialect) {
        return SchemaScript.load(JdbcSchema.class.getClassLoader(), dialect.schemaResource());
    }
}
