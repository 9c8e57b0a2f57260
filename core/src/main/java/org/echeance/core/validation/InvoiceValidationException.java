package org.echeance.core.validation;

import java.util.List;

/**
 * Thrown when an invoice or credit note breaks structural rules or EN 16931 business rules.
 *
 * <p>Holds all violations at once, each with its rule id and path, for example rule {@code BR-CO-10} at
 * {@code lines[3].netAmount}.
 */
public final class InvoiceValidationException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the violations found.
     *
     * @param violations the violations, at least one
     */
    public InvoiceValidationException(List<Violation> violations) {
        super(violations);
    }
}
