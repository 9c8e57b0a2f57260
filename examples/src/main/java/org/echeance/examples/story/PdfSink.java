package org.echeance.examples.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.examples.DemoCompany;
import org.echeance.pdf.Branding;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.InvoiceRenderer;
import org.echeance.pdf.ReminderLetter;
import org.echeance.pdf.RenderOptions;
import org.echeance.scheduling.reminder.Reminder;

/**
 * Writes the story's documents as PDF/A-3 files with the {@code pdf} module, beside their other formats: every
 * invoice and credit note as a Factur-X invoice ({@code invoices/FA-2026-00001.pdf}, its EN 16931 CII embedded as
 * {@code factur-x.xml}: the same writer and profile as the {@code .cii.xml} beside it, so the same bytes), every reminder as a letter claiming the
 * interest and indemnity of its {@link ReminderNotice}, and every customer's statement.
 *
 * <p>Rendering is deterministic: each PDF is dated at 08:00 on its document's day in the story's zone and its
 * document id derives from the seller and the file's name, so the same story gives the same bytes from one demo
 * command to the next. (Two stories played in one JVM may differ in the order iText writes the objects of the two
 * fonts; what the PDFs say is the same.)
 *
 * <p>The PDFs are rendered by the sink's {@link DocumentWork}: on the story's thread, or on workers beside it (each
 * file depends only on its document, so the bytes are the same either way). This class is not thread-safe: the story
 * calls it from one thread; the renderer it hands to the workers is.
 */
public final class PdfSink implements StoryListener {
    /** The extension of the files this sink writes. */
    public static final String EXTENSION = "pdf";

    private static final Branding BRANDING = Branding.of(DemoCompany.seller());

    private final OutputLayout layout;
    private final DocumentWork work;
    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();
    private ZoneId zone = ZoneId.of("Europe/Paris");

    private PdfSink(OutputLayout layout, DocumentWork work) {
        this.layout = layout;
        this.work = work;
    }

    /**
     * Returns a sink writing into an output folder with a work, {@link DocumentWork#inline()} or in the background:
     * the caller waits for it with {@link DocumentWork#awaitAll()} before reading the files.
     *
     * @param layout the output folder's layout
     * @param work where the PDFs are rendered and written
     * @return the sink
     */
    public static PdfSink into(OutputLayout layout, DocumentWork work) {
        return new PdfSink(Objects.requireNonNull(layout, "layout"), Objects.requireNonNull(work, "work"));
    }

    @Override
    public void started(StoryConfig config, OutputLayout storyLayout) {
        this.zone = config.zone();
    }

    @Override
    public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
        facturX(invoice, customer);
    }

    @Override
    public void creditNoteIssued(Invoice creditNote, Customer customer) {
        facturX(creditNote, customer);
    }

    @Override
    public void reminderProduced(ReminderNotice notice) {
        Reminder r = notice.reminder();
        ReminderLetter letter = new ReminderLetter(
                r,
                notice.customer().party(),
                Optional.of(notice.terms()),
                notice.accruedInterest(),
                notice.claimIndemnity());
        Path file = layout.reminder(r, EXTENSION);
        RenderOptions options = on(r.date(), file, notice.customer());
        work.submit(() -> write(file, renderer.renderReminder(letter, options)));
    }

    @Override
    public void statementProduced(CustomerStatement statement, Customer customer) {
        Path file = layout.statement(customer.customerNumber(), EXTENSION);
        RenderOptions options = on(statement.asOf(), file, customer);
        work.submit(() -> write(file, renderer.renderStatement(statement, customer.party(), options)));
    }

    private void facturX(Invoice invoice, Customer customer) {
        Path file = layout.invoice(invoice.number().orElseThrow(), EXTENSION);
        RenderOptions options = on(invoice.issueDate().orElseThrow(), file, customer);
        work.submit(() -> write(file, renderer.renderFacturX(invoice, EInvoiceSink.PROFILE, options)));
    }

    /** The options of a document: in the customer's language, dated on its day, its id seeded by its file name. */
    private RenderOptions on(LocalDate day, Path file, Customer customer) {
        return options(day, zone, file).withLocale(customer.language());
    }

    /**
     * Returns the options of a document of the story: Atelier Durand's branding, the PDF dated at 08:00 on the
     * document's day, its id seeded by the seller and the file's name.
     */
    static RenderOptions options(LocalDate day, ZoneId zone, Path file) {
        Instant time = day.atTime(8, 0).atZone(zone).toInstant();
        return RenderOptions.of(BRANDING).deterministic(time, Cast.SELLER_ID + "/" + file.getFileName());
    }

    private static void write(Path file, byte[] pdf) {
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PdfSink[" + layout + "]";
    }
}
