package org.echeance.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.party.Party;
import org.echeance.core.payment.PaymentLink;
import org.echeance.pdf.ReceivablesReport;
import org.echeance.pdf.ReminderLetter;
import org.echeance.pdf.RenderOptions;

/** Entry points of the iText renderer, one per document kind; each call writes one PDF/A-3b document. */
public final class Rendering {
    private Rendering() {}

    /**
     * Renders an invoice or credit note.
     *
     * @param invoice the invoice
     * @param options the options
     * @param fonts the parsed fonts of the branding
     * @param paymentLink the payment link to print, if any
     * @return the PDF bytes
     */
    public static byte[] invoice(
            Invoice invoice, RenderOptions options, FontProgramsHandle fonts, Optional<PaymentLink> paymentLink) {
        Labels labels =
                new Labels(options.branding().locale(), options.branding().labels());
        String label = InvoiceLayout.documentLabel(invoice, labels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter writer = new DocumentWriter(
                options,
                fonts.programs(),
                label,
                Blocks.defaultFooter(options.branding(), invoice.seller(), labels),
                out);
        new InvoiceLayout(writer, invoice, options, paymentLink).render();
        writer.finish();
        return out.toByteArray();
    }

    /**
     * Renders an installment schedule.
     *
     * @param invoice the invoice
     * @param plan the plan
     * @param options the options
     * @param fonts the parsed fonts of the branding
     * @return the PDF bytes
     */
    public static byte[] schedule(
            Invoice invoice, InstallmentPlan plan, RenderOptions options, FontProgramsHandle fonts) {
        Labels labels =
                new Labels(options.branding().locale(), options.branding().labels());
        String label = labels.get("schedule.title") + " " + invoice.number().orElse(labels.get("draft"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter writer = new DocumentWriter(
                options,
                fonts.programs(),
                label,
                Blocks.defaultFooter(options.branding(), invoice.seller(), labels),
                out);
        new ScheduleLayout(writer, invoice, plan, options).render();
        writer.finish();
        return out.toByteArray();
    }

    /**
     * Renders a customer statement.
     *
     * @param statement the statement
     * @param customer the customer
     * @param options the options
     * @param fonts the parsed fonts of the branding
     * @return the PDF bytes
     */
    public static byte[] statement(
            CustomerStatement statement, Party customer, RenderOptions options, FontProgramsHandle fonts) {
        Labels labels =
                new Labels(options.branding().locale(), options.branding().labels());
        String label = labels.get("statement.title") + " " + statement.customerNumber();
        Party company = options.branding().company();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter writer = new DocumentWriter(
                options, fonts.programs(), label, Blocks.defaultFooter(options.branding(), company, labels), out);
        new StatementLayout(writer, statement, customer, options).render();
        writer.finish();
        return out.toByteArray();
    }

    /**
     * Renders a reminder letter.
     *
     * @param letter the letter
     * @param options the options
     * @param fonts the parsed fonts of the branding
     * @return the PDF bytes
     */
    public static byte[] reminder(ReminderLetter letter, RenderOptions options, FontProgramsHandle fonts) {
        Labels labels =
                new Labels(options.branding().locale(), options.branding().labels());
        String label = letter.reminder().subject();
        Party company = options.branding().company();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter writer = new DocumentWriter(
                options, fonts.programs(), label, Blocks.defaultFooter(options.branding(), company, labels), out);
        new ReminderLayout(writer, letter, options).render();
        writer.finish();
        return out.toByteArray();
    }

    /**
     * Writes a receivables report to a stream, page by page: the memory used does not grow with the rows of its
     * tables.
     *
     * @param report the report
     * @param options the options
     * @param fonts the parsed fonts of the branding
     * @param out the stream, left open
     */
    public static void report(
            ReceivablesReport report, RenderOptions options, FontProgramsHandle fonts, OutputStream out) {
        Labels labels =
                new Labels(options.branding().locale(), options.branding().labels());
        Formats formats = new Formats(options.branding().locale(), labels.get("format.date"));
        String label = labels.get("report.title") + " " + formats.date(report.asOf());
        Party company = options.branding().company();
        DocumentWriter writer = DocumentWriter.streaming(
                options, fonts.programs(), label, Blocks.defaultFooter(options.branding(), company, labels), out);
        new ReportLayout(writer, report, options).render();
        writer.finish();
    }
}
