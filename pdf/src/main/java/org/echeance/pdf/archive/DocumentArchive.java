package org.echeance.pdf.archive;

import java.util.Optional;

/**
 * Where issued documents are kept, one per seller and document number, never replaced: the extension point behind
 * {@link DocumentIssuer}.
 *
 * <p>This module ships {@link InMemoryDocumentArchive} and {@link JdbcDocumentArchive} (PostgreSQL, H2).
 * Contract for implementations: the first document kept under a (seller, number) stays there unchanged, whatever
 * is kept later or at the same time on another node; what is returned are the stored bytes, checked against their
 * hashes ({@link IssuedDocument#verify()}); implementations are thread-safe.
 */
public interface DocumentArchive {
    /**
     * Returns the document kept under a seller and number.
     *
     * @param sellerId the seller
     * @param documentNumber the document number
     * @return the stored document, or empty if none is kept under this key
     * @throws TamperedDocumentException if the stored bytes no longer match their hashes (ECH-PDF-09)
     */
    Optional<IssuedDocument> find(String sellerId, String documentNumber);

    /**
     * Keeps a document if none is kept under its seller and number yet, and returns the one kept: the given
     * document, or the one stored before (the first one wins; the given one is dropped).
     *
     * @param document the document to keep
     * @return the document kept under its key
     * @throws TamperedDocumentException if the document stored before no longer matches its hashes (ECH-PDF-09)
     */
    IssuedDocument keep(IssuedDocument document);
}
