package org.echeance.pdf.archive;

import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Thrown when the stored bytes of an issued document no longer give the SHA-256 stored with them: the PDF or the
 * XML was changed (or damaged) after it was issued. Rule {@code ECH-PDF-09}.
 *
 * <p>An archive never returns such bytes: the document must be restored from a backup, not re-rendered (a new
 * rendering would not be the document the customer received). The hashes detect accidental or partial changes;
 * someone able to rewrite both the bytes and their hash in the table is not detected by them.
 */
public final class TamperedDocumentException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String sellerId;
    private final String documentNumber;
    private final IssuedDocument.Part part;

    /**
     * Creates the exception.
     *
     * @param sellerId the seller
     * @param documentNumber the document number
     * @param part the part whose bytes do not match
     * @param storedSha256 the hash stored with the bytes
     * @param actualSha256 the hash of the bytes as read
     */
    public TamperedDocumentException(
            String sellerId,
            String documentNumber,
            IssuedDocument.Part part,
            String storedSha256,
            String actualSha256) {
        super("issued document " + Objects.requireNonNull(documentNumber, "documentNumber") + " of seller "
                + Objects.requireNonNull(sellerId, "sellerId") + ": the " + Objects.requireNonNull(part, "part")
                + " bytes have SHA-256 " + actualSha256 + " but " + storedSha256 + " was stored when it was issued;"
                + " restore it from a backup (ECH-PDF-09)");
        this.sellerId = sellerId;
        this.documentNumber = documentNumber;
        this.part = part;
    }

    /**
     * Returns the seller of the document.
     *
     * @return the seller id
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * Returns the number of the document.
     *
     * @return the document number
     */
    public String documentNumber() {
        return documentNumber;
    }

    /**
     * Returns the part whose bytes do not match their hash.
     *
     * @return PDF or XML
     */
    public IssuedDocument.Part part() {
        return part;
    }
}
