package org.echeance.pdf.archive;

import java.util.concurrent.atomic.AtomicInteger;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.party.Party;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.InvoiceRenderer;
import org.echeance.pdf.ReceivablesReport;
import org.echeance.pdf.ReminderLetter;
import org.echeance.pdf.RenderOptions;

/** The module's renderer, counting the invoices it renders: proves when a document is not rendered again. */
final class CountingRenderer implements InvoiceRenderer {
    private final InvoiceRenderer delegate = ITextInvoiceRenderer.create();
    private final AtomicInteger invoices = new AtomicInteger();

    int invoicesRendered() {
        return invoices.get();
    }

    @Override
    public byte[] renderInvoice(Invoice invoice, RenderOptions options) {
        invoices.incrementAndGet();
        return delegate.renderInvoice(invoice, options);
    }

    @Override
    public byte[] renderInstallmentSchedule(Invoice invoice, InstallmentPlan plan, RenderOptions options) {
        return delegate.renderInstallmentSchedule(invoice, plan, options);
    }

    @Override
    public byte[] renderStatement(CustomerStatement statement, Party customer, RenderOptions options) {
        return delegate.renderStatement(statement, customer, options);
    }

    @Override
    public byte[] renderReminder(ReminderLetter letter, RenderOptions options) {
        return delegate.renderReminder(letter, options);
    }

    @Override
    public byte[] renderReceivablesReport(ReceivablesReport report, RenderOptions options) {
        return delegate.renderReceivablesReport(report, options);
    }
}
