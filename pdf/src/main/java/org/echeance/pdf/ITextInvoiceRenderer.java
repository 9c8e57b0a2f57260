package org.echeance.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.party.Party;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentLinkProvider;
import org.echeance.core.payment.PaymentLinkRequest;
import org.echeance.pdf.internal.FontProgramsHandle;
import org.echeance.pdf.internal.Rendering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renderer this module ships, built on iText Core: every document is a PDF/A-3b file with embedded fonts and an
 * sRGB output intent, laid out for real invoices (1 to hundreds of lines over many pages, the table header repeated
 * on every page, a line never split, the totals, VAT breakdown and payment block kept together, "page x of y").
 *
 * <p>Invoices that can be paid by SEPA credit transfer carry an EPC QR code (EPC069-12) with the amount due and the
 * RF creditor reference; a payment link, given in the {@link RenderOptions} or asked from a {@link
 * PaymentLinkProvider} passed to {@link #withPaymentLinks(PaymentLinkProvider, String)}, is printed with its own QR
 * code.
 *
 * <p>iText Core is licensed under the AGPL: applications that cannot meet its terms need a commercial iText licence
 * or their own {@link InvoiceRenderer}. No iText type appears in this class's API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ITextInvoiceRenderer implements InvoiceRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ITextInvoiceRenderer.class);

    private final Optional<PaymentLinkProvider> links;
    private final String sellerId;
    private volatile FontProgramsHandle fonts;

    private ITextInvoiceRenderer(Optional<PaymentLinkProvider> links, String sellerId) {
        this.links = links;
        this.sellerId = sellerId;
    }

    /**
     * Returns a renderer that prints the payment links given in the options, and asks no provider.
     *
     * @return the renderer
     */
    public static ITextInvoiceRenderer create() {
        return new ITextInvoiceRenderer(Optional.empty(), "");
    }

    /**
     * Returns a renderer that asks a payment link provider for a link for every invoice with an amount due and a due
     * date, unless the options already give one. A provider that fails leaves the invoice without a link (logged at
     * DEBUG): the IBAN and EPC QR code still let the customer pay.
     *
     * @param provider the provider
     * @param sellerId the application's id of the seller, which scopes the links
     * @return the renderer
     */
    public static ITextInvoiceRenderer withPaymentLinks(PaymentLinkProvider provider, String sellerId) {
        return new ITextInvoiceRenderer(
                Optional.of(Objects.requireNonNull(provider, "provider")),
                Objects.requireNonNull(sellerId, "sellerId"));
    }

    @Override
    public byte[] renderInvoice(Invoice invoice, RenderOptions options) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(options, "options");
        Optional<PaymentLink> link = options.paymentLink().or(() -> askLink(invoice));
        return Rendering.invoice(invoice, options, fonts(options.branding()), link);
    }

    @Override
    public byte[] renderInstallmentSchedule(Invoice invoice, InstallmentPlan plan, RenderOptions options) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return Rendering.schedule(invoice, plan, options, fonts(options.branding()));
    }

    @Override
    public byte[] renderStatement(CustomerStatement statement, Party customer, RenderOptions options) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(options, "options");
        return Rendering.statement(statement, customer, options, fonts(options.branding()));
    }

    @Override
    public byte[] renderReminder(ReminderLetter letter, RenderOptions options) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(options, "options");
        return Rendering.reminder(letter, options, fonts(options.branding()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Returns what {@link #writeReceivablesReport(ReceivablesReport, RenderOptions, OutputStream)} writes.
     */
    @Override
    public byte[] renderReceivablesReport(ReceivablesReport report, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeReceivablesReport(report, options, out);
        return out.toByteArray();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Pages are written to the stream as they are laid out, and the tables are laid out a few rows at a time:
     * the memory used does not grow with the number of rows, and reports of 150,000 customers render in a heap of
     * 128 MB. The "page x of y" of each page is drawn in a small form that is filled in when the report ends.
     */
    @Override
    public void writeReceivablesReport(ReceivablesReport report, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        try {
            Rendering.report(report, options, fonts(options.branding()), out);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // iText reports a failing stream as one of its own exceptions, with the IOException as its cause
            throw ioFailure(e).orElseThrow(() -> e);
        }
    }

    /** The stream's failure behind one of iText's exceptions, if that is what it is. */
    private static Optional<UncheckedIOException> ioFailure(RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(new UncheckedIOException("the PDF cannot be written: " + io.getMessage(), io));
            }
        }
        return Optional.empty();
    }

    private Optional<PaymentLink> askLink(Invoice invoice) {
        if (links.isEmpty()
                || invoice.isDraft()
                || invoice.isCreditNote()
                || invoice.dueDate().isEmpty()
                || !invoice.totals().amountDue().isPositive()) {
            return Optional.empty();
        }
        try {
            String email = invoice.buyer()
                    .contact()
                    .flatMap(c -> c.email())
                    .map(Object::toString)
                    .orElse(null);
            PaymentLinkRequest request = new PaymentLinkRequest(
                    sellerId,
                    invoice.number().orElseThrow(),
                    invoice.totals().amountDue(),
                    invoice.dueDate().orElseThrow(),
                    Optional.ofNullable(email));
            return Optional.of(links.get().linkFor(request));
        } catch (RuntimeException e) {
            LOG.debug("No payment link for invoice {}: {}", invoice.number().orElse(""), e.toString());
            return Optional.empty();
        }
    }

    private FontProgramsHandle fonts(Branding branding) {
        BrandFonts wanted = branding.fonts();
        FontProgramsHandle current = fonts;
        if (current == null || !current.isFrom(wanted)) {
            current = FontProgramsHandle.parse(wanted, wanted.regularBytes(), wanted.boldBytes());
            fonts = current;
        }
        return current;
    }
}
