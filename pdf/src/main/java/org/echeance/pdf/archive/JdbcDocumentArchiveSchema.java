package org.echeance.pdf.archive;

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
import org.echeance.pdf.archive.internal.ArchiveStatements;
import org.echeance.scheduling.subscription.BillingRunStoreException;

/**
 * Creates the table of the {@link JdbcDocumentArchive}: {@code echeance_issued_document}, one row per issued
 * document under the primary key {@code (seller_id, document_number)}, with the PDF and the XML ({@code BYTEA} on
 * PostgreSQL, {@code VARBINARY} on H2) and their SHA-256.
 *
 * <p>The scripts ship in this jar as {@code org/echeance/pdf/sql/issued-document-postgresql.sql} and {@code
 * org/echeance/pdf/sql/issued-document-h2.sql} and only create what is missing, so running them again is harmless.
 * Applications with a migration tool (Flyway, Liquibase) copy {@link #script(String)} into a migration instead.
 */
public final class JdbcDocumentArchiveSchema {
    private JdbcDocumentArchiveSchema() {}

    /**
     * Creates the table if it does not exist yet, on the database the connection reports.
     *
     * <p>The statements run on the given connection, which is neither committed nor closed: in auto-commit mode
     * each statement commits on its own; otherwise the caller commits.
     *
     * @param connection an open connection with the right to create tables
     * @throws BillingRunStoreException if the engine is not PostgreSQL or H2, or a statement fails
     */
    public static void create(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        ArchiveStatements dialect = ArchiveStatements.from(connection);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(dialect.schemaResource()))) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new BillingRunStoreException("could not create the table echeance_issued_document", e);
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
        return read(ArchiveStatements.forProduct(databaseProductName).schemaResource());
    }

    private static String read(String resource) {
        try (InputStream in = JdbcDocumentArchiveSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** Splits a script into statements: drops {@code --} comments (the scripts hold no string literal). */
    private static List<String> statements(String script) {
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
