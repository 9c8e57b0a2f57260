package org.echeance.pdf.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.echeance.core.repository.SchemaScript;
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
        try {
            read(dialect.schemaResource()).run(connection);
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
        return read(ArchiveStatements.forProduct(databaseProductName).schemaResource())
                .text();
    }

    private static SchemaScript read(String resource) {
        return SchemaScript.load(JdbcDocumentArchiveSchema.class.getClassLoader(), resource);
    }
}
