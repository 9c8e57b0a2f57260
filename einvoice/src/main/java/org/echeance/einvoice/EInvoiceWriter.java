package org.echeance.einvoice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.echeance.core.invoice.Invoice;

/**
 * Writes issued invoices and credit notes as EN 16931 XML documents in one syntax and profile.
 *
 * <p>Writing is all or nothing: the invoice is checked against the profile first, and nothing reaches the
 * stream when a check fails. Output is deterministic: the same invoice gives the same bytes (UTF-8, fixed
 * prefixes, fixed indentation, no timestamps).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface EInvoiceWriter {

    /**
     * Returns a writer for a syntax and profile.
     *
     * @param syntax the syntax
     * @param profile the profile
     * @return {@link CiiWriter#of(Profile)} or {@link UblWriter#of(Profile)}
     * @throws ProfileViolationException if the profile does not exist in that syntax (BT-24)
     */
    static EInvoiceWriter of(Syntax syntax, Profile profile) {
        Objects.requireNonNull(syntax, "syntax");
        return syntax == Syntax.CII ? CiiWriter.of(profile) : UblWriter.of(profile);
    }

    /**
     * Returns the syntax written.
     *
     * @return the syntax
     */
    Syntax syntax();

    /**
     * Returns the profile written.
     *
     * @return the profile
     */
    Profile profile();

    /**
     * Writes an invoice to a byte array.
     *
     * @param invoice the issued invoice or credit note
     * @return the UTF-8 XML document
     * @throws org.echeance.core.validation.ValidationException if the invoice is a draft, without number (BR-02)
     *     or issue date (BR-03)
     * @throws ProfileViolationException if the invoice has a business term the profile cannot carry, or breaks a
     *     rule of the profile's specification (Peppol BIS 3: {@link ProfileViolationException#rule()})
     */
    byte[] write(Invoice invoice);

    /**
     * Writes an invoice to a stream, which is flushed but not closed.
     *
     * @param invoice the issued invoice or credit note
     * @param out the stream
     * @throws org.echeance.core.validation.ValidationException if the invoice is a draft (BR-02, BR-03)
     * @throws ProfileViolationException if the invoice has a business term the profile cannot carry, or breaks a
     *     rule of the profile's specification (Peppol BIS 3: {@link ProfileViolationException#rule()})
     * @throws java.io.UncheckedIOException if the stream fails
     */
    default void write(Invoice invoice, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] bytes = write(invoice);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
