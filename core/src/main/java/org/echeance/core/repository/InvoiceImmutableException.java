package org.echeance.core.repository;

import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Thrown when a save would change a stored issued document: its lines, amounts, parties or any other part, or the
 * customer account it is charged to. An issued document never changes; only its status, open amount and oldest
 * open due date are updated. Correct an issued invoice with a credit note.
 *
 * <p>Two different documents saved under one seller and number usually mean that a number was given twice. The
 * call that threw it changed nothing; the rule is {@code ECH-REPO-02}.
 */
public final class InvoiceImmutableException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /** The id of the rule this exception reports. */
    public static final String RULE_ID = "ECH-REPO-02";

    private final String sellerId;
    private final String invoiceNumber;

    /**
     * Creates the exception.
     *
     * @param sellerId the seller of the stored document
     * @param invoiceNumber the number of the stored document
     * @param message what differs, a sentence without a trailing full stop
     */
    public InvoiceImmutableException(String sellerId, String invoiceNumber, String message) {
        super(Objects.requireNonNull(sellerId, "sellerId") + "/"
                + Objects.requireNonNull(invoiceNumber, "invoiceNumber")
                + ": " + Objects.requireNonNull(message, "message") + "; an issued document never changes, correct it"
                + " with a credit note (" + RULE_ID + ")");
        this.sellerId = sellerId;
        this.invoiceNumber = invoiceNumber;
    }

    /**
     * Returns the id of the rule broken.
     *
     * @return {@code ECH-REPO-02}
     */
    public String ruleId() {
        return RULE_ID;
    }

    /**
     * Returns the seller of the stored document.
     *
     * @return the seller's id
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * Returns the number of the stored document.
     *
     * @return the number
     */
    public String invoiceNumber() {
        return invoiceNumber;
    }
}
