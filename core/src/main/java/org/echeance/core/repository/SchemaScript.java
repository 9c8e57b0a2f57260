package org.echeance.core.repository;

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
 * A schema script shipped in a jar, such as {@code org/echeance/numbering/sql/schema-postgresql.sql}: the {@code
 * CREATE TABLE IF NOT EXISTS} statements of a JDBC store, which applications may also copy into their Flyway or
 * Liquibase migrations.
 *
 * <p>The text is UTF-8; statements end with {@code ;} and {@code --} starts a comment (the scripts hold no string
 * literal, so no quoting rule is needed). This class is immutable and thread-safe.
 */
public final class SchemaScript {
    private final String resource;
    private final String text;

    private SchemaScript(String resource, String text) {
        this.resource = resource;
        this.text = text;
    }

    /**
     * Reads a script from the class path.
     *
     * @param loader the class loader of the module shipping the script
     * @param resource the script's path, such as {@code org/echeance/pdf/sql/issued-document-h2.sql}
     * @return the script
     * @throws IllegalStateException if the resource is missing (a broken jar)
     * @throws UncheckedIOException if it cannot be read
     */
    public static SchemaScript load(ClassLoader loader, String resource) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            return new SchemaScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /**
     * Returns a script of a given text, for scripts that do not come from a jar.
     *
     * @param name what the script is called in messages
     * @param text the SQL text
     * @return the script
     */
    public static SchemaScript of(String name, String text) {
        return new SchemaScript(Objects.requireNonNull(name, "name"), Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the SQL text as shipped.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the statements: comments dropped, split at each {@code ;}, stripped, blank parts left out.
     *
     * @return the statements, in order
     */
    public List<String> statements() {
        StringBuilder code = new StringBuilder();
        for (String line : text.split("\n", -1)) {
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

    /**
     * Runs the statements on a connection, which is neither committed nor closed: in auto-commit mode each statement
     * commits on its own; otherwise the caller commits.
     *
     * @param connection an open connection with the right to create tables
     * @throws SQLException if a statement fails; the statements before it have run
     */
    public void run(Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public String toString() {
        return "SchemaScript[" + resource + "]";
    }
}
