package org.echeance.pdf.archive.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.echeance.core.invoice.DocumentType;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.archive.IssuedDocument;
import org.echeance.scheduling.subscription.BillingRunStoreException;

/**
 * The statements of the JDBC document archive on {@code echeance_issued_document}, per database engine. Every
 * method runs on the connection it is given and never commits, rolls back or closes it.
 */
public enum ArchiveStatements {
    /** PostgreSQL 12 or later: {@code INSERT … ON CONFLICT DO NOTHING}, which never fails the transaction. */
    POSTGRESQL("PostgreSQL", "org/echeance/pdf/sql/issued-document-postgresql.sql"),
    /** H2 2.x: a plain insert whose duplicate key (23505) means "kept before"; H2 keeps the transaction. */
    H2("H2", "org/echeance/pdf/sql/issued-document-h2.sql");

    /** SQL state of a unique or primary key violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT = "INSERT INTO echeance_issued_document (seller_id, document_number,"
            + " document_type, issue_date, profile, pdf, pdf_sha256, xml, xml_sha256, rendered_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT document_type, issue_date, profile, pdf, pdf_sha256, xml,"
            + " xml_sha256, rendered_at FROM echeance_issued_document WHERE seller_id = ? AND document_number = ?";

    private final String productName;
    private final String schemaResource;

    ArchiveStatements(String productName, String schemaResource) {
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
    public static ArchiveStatements from(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new BillingRunStoreException("could not read the database product name", e);
        }
        return forProduct(product);
    }

    /**
     * Returns the statements for a database engine.
     *
     * @param product the engine as its driver names it: {@code PostgreSQL} or {@code H2} (any case)
     * @return the dialect
     * @throws BillingRunStoreException if the engine is not supported
     */
    public static ArchiveStatements forProduct(String product) {
        for (ArchiveStatements dialect : values()) {
            if (dialect.productName.equalsIgnoreCase(product.trim())) {
                return dialect;
            }
        }
        throw new BillingRunStoreException(
                "database \"" + product + "\" is not supported by the JDBC document archive (supported: "
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
     * Inserts a document's row; returns true if this insert created it.
     *
     * @param connection the caller's connection
     * @param document the document
     * @return true if the row was created, false if one existed under the key
     * @throws SQLException on any other database error
     */
    public boolean insert(Connection connection, IssuedDocument document) throws SQLException {
        String sql = this == POSTGRESQL ? INSERT + " ON CONFLICT DO NOTHING" : INSERT;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, document.sellerId());
            insert.setString(2, document.documentNumber());
            insert.setString(3, document.documentType().code());
            insert.setObject(4, document.issueDate());
            insert.setString(5, document.profile().name());
            insert.setBytes(6, document.pdf());
            insert.setString(7, document.pdfSha256());
            insert.setBytes(8, document.xml());
            insert.setString(9, document.xmlSha256());
            insert.setObject(10, document.renderedAt().atOffset(ZoneOffset.UTC));
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
     * Reads a document's row as stored, without checking its hashes.
     *
     * @param connection the caller's connection
     * @param sellerId the seller
     * @param documentNumber the document number
     * @return the stored document, if there is a row
     * @throws SQLException on a database error
     */
    public Optional<IssuedDocument> select(Connection connection, String sellerId, String documentNumber)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, sellerId);
            select.setString(2, documentNumber);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant renderedAt = row.getObject(8, OffsetDateTime.class).toInstant();
                return Optional.of(IssuedDocument.restore(
                        sellerId,
                        documentNumber,
                        DocumentType.fromCode(row.getString(1)),
                        row.getObject(2, LocalDate.class),
                        profile(row.getString(3)),
                        row.getBytes(4),
                        row.getBytes(6),
                        row.getString(5),
                        row.getString(7),
                        renderedAt));
            }
        }
    }

    private static Profile profile(String name) {
        for (Profile p : Profile.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new BillingRunStoreException("the stored profile \"" + name + "\" is not a known profile", null);
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
