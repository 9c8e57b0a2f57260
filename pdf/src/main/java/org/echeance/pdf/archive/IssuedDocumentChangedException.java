package org.echeance.pdf.archive;

import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Thrown when an invoice is issued under a number that already has an issued document, and the invoice is not the
 * one that document was made from (its e-invoice XML differs). Rule {@code ECH-PDF-08}: an issued invoice never
 * changes; correct it with a credit note and a new invoice under a new number.
 *
 * <p>The call that threw it changed nothing: the stored document stays as it was.
 */
public final class IssuedDocumentChangedException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String sellerId;
    private final String documentNumber;

    /**
     * Creates the exception.
     *
     * @param sellerId the seller
     * @param documentNumber the number already issued
     */
    public IssuedDocumentChangedException(String sellerId, String documentNumber) {
        super("document " + Objects.requireNonNull(documentNumber, "documentNumber") + " of seller "
                + Objects.requireNonNull(sellerId, "sellerId") + " is already issued with other content: an issued"
                + " invoice never changes; correct it with a credit note and a new invoice (ECH-PDF-08)");
        this.sellerId = sellerId;
        this.documentNumber = documentNumber;
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
     * Returns the number already issued.
     *
     * @return the document number
     */
    public String documentNumber() {
        return documentNumber;
    }
}
