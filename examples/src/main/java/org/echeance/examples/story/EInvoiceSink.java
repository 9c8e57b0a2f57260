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
 * <p>The files are written by the sink's {@link DocumentWork}, on the story's thread or on workers beside it. This
 * class is not thread-safe: the story calls it from one thread; the writers it hands to the workers are.
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
    private final DocumentWork work;

    private EInvoiceSink(OutputLayout layout, DocumentWork work) {
        this.layout = layout;
        this.work = work;
    }

    /**
     * Returns a sink writing into an output folder with a work, {@link DocumentWork#inline()} or in the background:
     * the caller waits for it with {@link DocumentWork#awaitAll()} before reading the files.
     *
     * @param layout the output folder's layout
     * @param work where the XML files are written
     * @return the sink
     */
    public static EInvoiceSink into(OutputLayout layout, DocumentWork work) {
        return new EInvoiceSink(Objects.requireNonNull(layout, "layout"), Objects.requireNonNull(work, "work"));
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
        work.submit(() -> writeNow(document));
    }

    private void writeNow(Invoice document) {
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
