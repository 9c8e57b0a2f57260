package org.echeance.core.invoice;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A free-text note on an invoice (EN 16931 BG-1) with an optional UNTDID 4451 subject code.
 *
 * <p>French invoices state their legal mentions as notes: {@code PMT} for the 40 EUR recovery indemnity,
 * {@code PMD} for the late-payment penalties, {@code AAB} for the early-payment discount.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subjectCode the subject code (BT-21), if any
 * @param text the note (BT-22)
 */
public record InvoiceNote(Optional<String> subjectCode, String text) {
    /** Subject code of the fixed recovery indemnity mention. */
    public static final String RECOVERY_INDEMNITY = "PMT";
    /** Subject code of the late-payment penalty mention. */
    public static final String LATE_PAYMENT_PENALTIES = "PMD";
    /** Subject code of the early-payment discount mention. */
    public static final String EARLY_PAYMENT_DISCOUNT = "AAB";

    /**
     * Creates a note.
     *
     * @throws ValidationException if the text is blank
     */
    public InvoiceNote {
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw ValidationException.of("ECH-NOTE-01", "note.text", "note is blank");
        }
    }

    /**
     * Returns a note without subject code.
     *
     * @param text the text
     * @return the note
     */
    public static InvoiceNote of(String text) {
        return new InvoiceNote(Optional.empty(), text);
    }

    /**
     * Returns a note with a subject code.
     *
     * @param subjectCode the UNTDID 4451 code, such as {@code "PMD"}
     * @param text the text
     * @return the note
     */
    public static InvoiceNote of(String subjectCode, String text) {
        return new InvoiceNote(Optional.of(Objects.requireNonNull(subjectCode, "subjectCode")), text);
    }
}
