package org.echeance.pdf;

import org.echeance.core.EcheanceException;

/** Reports that a document could not be rendered, such as a logo the PDF library cannot read. */
public class RenderException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
