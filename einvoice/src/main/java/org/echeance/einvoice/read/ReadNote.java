package org.echeance.einvoice.read;

import java.util.Objects;

/**
 * Something a reader met in a document and did not take as written: a value Echeance's model refuses (an invalid
 * IBAN, an unknown payment means code), a second value where the model holds one, or a line read another way so
 * that its stated net amount holds. Each note names the business term, where it is, and what was done.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param businessTerm the EN 16931 business term, such as {@code "BT-84"}
 * @param path where in the document, such as {@code "paymentInstructions.account"} or {@code "lines[3]"}
 * @param message what was found and what was done, a sentence without a trailing full stop
 */
public record ReadNote(String businessTerm, String path, String message) {
    /**
     * Creates a note.
     *
     * @throws NullPointerException if any part is null
     */
    public ReadNote {
        Objects.requireNonNull(businessTerm, "businessTerm");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the note as {@code path: message (businessTerm)}.
     *
     * @return a line a person reads
     */
    @Override
    public String toString() {
        return path + ": " + message + " (" + businessTerm + ")";
    }
}
