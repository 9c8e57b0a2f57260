package org.echeance.core.invoice;

import java.util.Arrays;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * The invoice type code (EN 16931 BT-3), from the UNTDID 1001 code list.
 *
 * <p>Sign convention, once for the whole library: a credit note carries <em>positive</em> amounts; its type
 * says that it credits the buyer. A negative total belongs on a commercial invoice, never on a credit note.
 */
public enum DocumentType {
    /** A commercial invoice, code 380. */
    COMMERCIAL_INVOICE("380"),
    /** A credit note, code 381: amounts are positive and credited to the buyer. */
    CREDIT_NOTE("381"),
    /** A corrected invoice, code 384, replacing a preceding invoice that it references. */
    CORRECTED_INVOICE("384"),
    /** A prepayment (deposit) invoice, code 386, deducted later on the final invoice. */
    PREPAYMENT_INVOICE("386");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /**
     * Returns the UNTDID 1001 code.
     *
     * @return the code, such as {@code "380"}
     */
    public String code() {
        return code;
    }

    /**
     * Checks if the document credits the buyer.
     *
     * @return true for a credit note
     */
    public boolean isCreditNote() {
        return this == CREDIT_NOTE;
    }

    /**
     * Returns the type of a UNTDID 1001 code.
     *
     * @param code the code, such as {@code "381"}
     * @return the document type
     * @throws ValidationException if the code is not one Echeance supports (BR-CL-01)
     */
    public static DocumentType fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(
                        "BR-CL-01", "documentType", "\"" + code + "\" is not a supported invoice type code"));
    }
}
