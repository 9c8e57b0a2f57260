package org.echeance.pdf.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;
import org.echeance.pdf.archive.internal.ArchiveStatements;
import org.echeance.scheduling.subscription.BillingRunStoreException;
import org.echeance.scheduling.subscription.JdbcBillingRunStore.ConnectionSource;

/**
 * A {@link DocumentArchive} on a relational database (PostgreSQL or H2): each issued document is a row of {@code
 * echeance_issued_document} under the primary key {@code (seller_id, document_number)}, inserted inside the
 * caller's own transaction and never updated.
 *
 * <p>It works as the scheduling module's {@link org.echeance.scheduling.subscription.JdbcBillingRunStore} does,
 * with the same {@link ConnectionSource}: {@link #keep(IssuedDocument)} inserts the row (on PostgreSQL with {@code
 * INSERT … ON CONFLICT DO NOTHING}, on H2 with a plain insert whose duplicate key, SQL state 23505, means "kept
 * before"), and when the key was taken reads the stored row and returns it. A concurrent insert of the same key
 * waits for the first transaction: if it commits, the second finds its row; if it rolls back, the second keeps its
 * own document. Every node therefore ends with the same document. The archive never commits, rolls back or closes
 * the connection: keep the document in your own transaction (an outbox worker's, once the invoice's transaction has
 * committed), and commit.
 *
 * <p>Every read checks the bytes against the hashes stored beside them: a row whose PDF or XML was changed is
 * refused with a {@link TamperedDocumentException}, never returned. Reads run in the caller's transaction too, or
 * on an auto-commit connection. The table is created by {@link JdbcDocumentArchiveSchema}. Seller ids and document
 * numbers are at most 100 characters.
 *
 * <p>This class is immutable and thread-safe; it holds no connection between calls.
 */
public final class JdbcDocumentArchive implements DocumentArchive {
    private static final int MAX_ID = 100;

    private final ConnectionSource connections;
    private volatile ArchiveStatements dialect;

    private JdbcDocumentArchive(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Returns an archive that keeps documents inside the caller's transaction.
     *
     * @param connections gives the connection of the current transaction
     * @return the archive
     */
    public static JdbcDocumentArchive of(ConnectionSource connections) {
        return new JdbcDocumentArchive(Objects.requireNonNull(connections, "connections"));
    }

    /**
     * Reads the document kept under a seller and number, as the caller's transaction sees it.
     *
     * @param sellerId the seller
     * @param documentNumber the document number
     * @return the stored document, checked against its hashes
     * @throws ValidationException if an id is blank or longer than 100 characters (ECH-PDF-07)
     * @throws TamperedDocumentException if the stored PDF or XML no longer gives its stored hash (ECH-PDF-09)
     * @throws BillingRunStoreException on a database error
     */
    @Override
    public Optional<IssuedDocument> find(String sellerId, String documentNumber) {
        checkId(sellerId, "sellerId");
        checkId(documentNumber, "documentNumber");
        return run(
                sellerId,
                documentNumber,
                "could not read",
                false,
                (connection, statements) ->
                        statements.select(connection, sellerId, documentNumber).map(IssuedDocument::verify));
    }

    /**
     * Keeps a document in the caller's transaction, unless one is kept under its seller and number already.
     *
     * @param document the document
     * @return the document kept: the given one if this call inserted its row, else the one stored before
     * @throws ValidationException if the seller id or number is longer than 100 characters (ECH-PDF-07)
     * @throws TamperedDocumentException if the given document, or the one stored before, does not match its hashes
     *     (ECH-PDF-09)
     * @throws BillingRunStoreException if the connection is in auto-commit mode (the document would be kept outside
     *     the transaction that records it as done), or on a database error or a lock timeout; the transaction must then
     *     be rolled back
     */
    @Override
    public IssuedDocument keep(IssuedDocument document) {
        Objects.requireNonNull(document, "document");
        checkId(document.sellerId(), "sellerId");
        checkId(document.documentNumber(), "documentNumber");
        document.verify();
        return run(document.sellerId(), document.documentNumber(), "could not keep", true, (connection, statements) -> {
                    if (statements.insert(connection, document)) {
                        return Optional.of(document);
                    }
                    return Optional.of(statements
                            .select(connection, document.sellerId(), document.documentNumber())
                            .orElseThrow(() -> new BillingRunStoreException(
                                    "issued document " + document.documentNumber() + " of seller " + document.sellerId()
                                            + " was kept by another transaction that this one cannot see (isolation level"
                                            + " above read committed?); roll back and try again",
                                    null))
                            .verify());
                })
                .orElseThrow();
    }

    @FunctionalInterface
    private interface Work {
        Optional<IssuedDocument> run(Connection connection, ArchiveStatements statements) throws SQLException;
    }

    private Optional<IssuedDocument> run(
            String sellerId, String documentNumber, String failure, boolean needsTransaction, Work work) {
        String what = failure + " issued document " + documentNumber + " of seller " + sellerId;
        try {
            Connection connection = connections.current();
            if (connection == null) {
                throw new BillingRunStoreException(what + ": the connection source gave none", null);
            }
            if (needsTransaction && connection.getAutoCommit()) {
                throw new BillingRunStoreException(
                        what + ": the connection is in auto-commit mode, so the document would be kept outside the"
                                + " transaction that records it as done; keep it inside that transaction (such as"
                                + " your outbox worker's)",
                        null);
            }
            ArchiveStatements known = dialect;
            if (known == null) {
                known = ArchiveStatements.from(connection);
                dialect = known;
            }
            return work.run(connection, known);
        } catch (SQLException e) {
            throw new BillingRunStoreException(what, e);
        }
    }

    private static void checkId(String value, String path) {
        Objects.requireNonNull(value, path);
        if (value.isBlank() || value.length() > MAX_ID) {
            throw ValidationException.of(
                    "ECH-PDF-07",
                    path,
                    "\"" + value + "\" is " + (value.isBlank() ? "blank" : value.length() + " characters long")
                            + "; the issued-document table takes 1 to " + MAX_ID + " characters");
        }
    }
}
