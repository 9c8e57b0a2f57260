package org.echeance.numbering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script(dialect))) {
                statement.execute(sql);
            }
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
        try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(dialect.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("resource " + dialect.schemaResource() + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dialect.schemaResource(), e);
        }
    }

    /** Splits a script into statements: drops {@code --} comments (the scripts hold no string literal). */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            int comment = line.indexOf("--");
            code.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String part : code.toString().split(";")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }
}
