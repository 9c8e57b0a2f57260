package org.echeance.examples.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.UblWriter;

/**
 * Writes every invoice and credit note of the story as EN 16931 e-invoices, beside its other formats: UN/CEFACT CII
 * (the XML of Factur-X) as {@code invoices/FA-2026-00001.cii.xml} and OASIS UBL 2.1 as {@code
 * invoices/FA-2026-00001.ubl.xml}, both with {@link Profile#EN_16931}. The writers are deterministic: the same story
 * gives the same bytes.
 *
 * <p>This class is not thread-safe: the story calls it from one thread.
 */
public final class EInvoiceSink implements StoryListener {
    /** The extension of the CII files. */
    public static final String CII = "cii.xml";

    /** The extension of the UBL files. */
    public static final String UBL = "ubl.xml";

    /** The profile of the story's e-invoices, also the one of the XML embedded in the Factur-X PDFs. */
    static final Profile PROFILE = Profile.EN_16931;

    private static final CiiWriter CII_WRITER = CiiWriter.of(PROFILE);
    private static final UblWriter UBL_WRITER = UblWriter.of(PROFILE);

    private final OutputLayout layout;

    private EInvoiceSink(OutputLayout layout) {
        this.layout = layout;
    }

    /**
     * Returns a sink writing into an output folder.
     *
     * @param layout the output folder's layout
     * @return the sink
     */
    public static EInvoiceSink into(OutputLayout layout) {
        return new EInvoiceSink(Objects.requireNonNull(layout, "layout"));
    }

    @Override
    public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
        write(invoice);
    }

    @Override
    public void creditNoteIssued(Invoice creditNote, Customer customer) {
        write(creditNote);
    }

    private void write(Invoice document) {
        String number = document.number().orElseThrow();
        try {
            Files.write(layout.invoice(number, CII), CII_WRITER.write(document));
            Files.write(layout.invoice(number, UBL), UBL_WRITER.write(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "EInvoiceSink[" + layout + "]";
    }
}
