package org.echeance.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.party.Party;
import org.echeance.einvoice.Profile;

/**
 * Renders billing documents as PDF: invoices and credit notes, installment schedules, customer statements, reminder
 * letters and receivables reports.
 *
 * <p>The extension point for applications that want their own layout; {@link ITextInvoiceRenderer} is the one this
 * module ships. Every method returns the bytes of a complete PDF, and the receivables report can also be written to a
 * stream. Contract for implementations: the same document
 * and options give the same bytes when the options are {@linkplain RenderOptions#deterministic(java.time.Instant,
 * String) deterministic}; a failure leaves nothing behind and is reported by an unchecked exception; implementations
 * are thread-safe.
 */
public interface InvoiceRenderer {
    /**
     * Renders an invoice or a credit note, with its payment block (EPC QR code, payment link) when something is due.
     *
     * @param invoice the issued invoice or credit note (a draft prints as a draft, without a number)
     * @param options the branding and rendering options
     * @return the PDF bytes
     */
    byte[] renderInvoice(Invoice invoice, RenderOptions options);

    /**
     * Renders an invoice as Factur-X: the PDF/A-3 of {@link #renderInvoice(Invoice, RenderOptions)} with the CII XML
     * of the same invoice in a profile embedded as {@code factur-x.xml}, and the profile's conformance level in the
     * XMP metadata (see {@link FacturXSource#of(Invoice, Profile)}).
     *
     * @param invoice the issued invoice or credit note
     * @param profile the Factur-X profile: MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED
     * @param options the branding and rendering options
     * @return the PDF bytes
     * @throws org.echeance.einvoice.ProfileViolationException if the profile is not a Factur-X profile or cannot
     *     carry a business term of the invoice
     */
    default byte[] renderFacturX(Invoice invoice, Profile profile, RenderOptions options) {
        return renderInvoice(invoice, options.withFacturX(FacturXSource.of(invoice, profile)));
    }

    /**
     * Renders the installment schedule of an invoice: each installment's due date and amount.
     *
     * @param invoice the invoice the plan splits
     * @param plan the plan
     * @param options the branding and rendering options
     * @return the PDF bytes
     */
    byte[] renderInstallmentSchedule(Invoice invoice, InstallmentPlan plan, RenderOptions options);

    /**
     * Renders a customer's account statement.
     *
     * @param statement the statement
     * @param customer the customer, whose name and address head the statement
     * @param options the branding (the company issuing the statement) and rendering options
     * @return the PDF bytes
     */
    byte[] renderStatement(CustomerStatement statement, Party customer, RenderOptions options);

    /**
     * Renders a reminder letter.
     *
     * @param letter the reminder, its customer and what is claimed
     * @param options the branding (the company sending the reminder) and rendering options
     * @return the PDF bytes
     */
    byte[] renderReminder(ReminderLetter letter, RenderOptions options);

    /**
     * Renders a receivables report: the aging table, a chart of the open amount per aging bucket, a chart of
     * invoiced vs collected per month and the late customers.
     *
     * @param report the figures, from the overdue module
     * @param options the branding (the company the report is about) and rendering options
     * @return the PDF bytes
     */
    byte[] renderReceivablesReport(ReceivablesReport report, RenderOptions options);

    /**
     * Writes a receivables report to a stream: the same bytes as {@link #renderReceivablesReport(ReceivablesReport,
     * RenderOptions)}, for reports too large to hold as one array, such as the aging of a ledger of 100,000
     * customers.
     *
     * <p>This default writes the array {@code renderReceivablesReport} returns; an implementation that can write page
     * by page overrides it. The stream is flushed and left open; if writing fails, what was written before is an
     * incomplete file for the caller to discard.
     *
     * @param report the figures, from the overdue module
     * @param options the branding (the company the report is about) and rendering options
     * @param out the stream to write the PDF to
     * @throws UncheckedIOException if the stream cannot be written
     */
    default void writeReceivablesReport(ReceivablesReport report, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] pdf = renderReceivablesReport(report, options);
        try {
            out.write(pdf);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
