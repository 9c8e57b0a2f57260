package org.echeance.core.invoice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A reference to a preceding invoice (EN 16931 BG-3): what a credit note or a corrected invoice corrects, or a
 * prepayment invoice deducted on a final invoice.
 *
 * <p>French law asks a credit note to name the original invoice's number and date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the preceding invoice's number (BT-25)
 * @param issueDate the preceding invoice's issue date (BT-26), if stated
 */
public record InvoiceReference(String number, Optional<LocalDate> issueDate) {
    /**
     * Creates a reference.
     *
     * @throws ValidationException if the number is blank (BR-55)
     */
    public InvoiceReference {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        if (number.isBlank()) {
            throw ValidationException.of("BR-55", "precedingInvoices.number", "preceding invoice number is blank");
        }
    }

    /**
     * Returns a reference to an invoice by number and date.
     *
     * @param number the invoice number
     * @param issueDate the invoice's issue date
     * @return the reference
     */
    public static InvoiceReference of(String number, LocalDate issueDate) {
        return new InvoiceReference(number, Optional.of(Objects.requireNonNull(issueDate, "issueDate")));
    }
}
