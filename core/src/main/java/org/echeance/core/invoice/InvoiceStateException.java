package org.echeance.core.invoice;

import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Thrown when a document is asked for a transition its state does not allow: issuing an issued invoice,
 * paying a draft, crediting more than remains creditable…
 *
 * <p>The call that threw it changed nothing.
 */
public final class InvoiceStateException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String documentNumber;

    /**
     * Creates the exception.
     *
     * @param ruleId the rule broken, such as {@code ECH-LIFE-01}
     * @param documentNumber the document's number, or {@code "(draft)"}
     * @param message what was refused and why, a sentence without a trailing full stop
     */
    public InvoiceStateException(String ruleId, String documentNumber, String message) {
        super(Objects.requireNonNull(documentNumber, "documentNumber") + ": "
                + Objects.requireNonNull(message, "message") + " (" + Objects.requireNonNull(ruleId, "ruleId")
                + ")");
        this.ruleId = ruleId;
        this.documentNumber = documentNumber;
    }

    /**
     * Returns the id of the rule the transition breaks.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the number of the document, or {@code "(draft)"}.
     *
     * @return the document number
     */
    public String documentNumber() {
        return documentNumber;
    }
}
