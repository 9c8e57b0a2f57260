package org.echeance.examples.story;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.PaymentOutcome;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.core.payment.Payment;

/**
 * Hears what happens in the {@link Story}, as it happens: the plug point of every output. Each output format is
 * one listener — the plain-text documents ({@link TextDocumentSink}), the CII and UBL e-invoices ({@link
 * EInvoiceSink}), the Factur-X invoices, reminder letters and statements as PDF ({@link PdfSink}), the receivables
 * report ({@link ReportSink}), the JSON export ({@link JsonExportSink}) and the mail ({@link MailSink}) — wired
 * together with {@link #all(List)}.
 * A listener writes what it is given and drops it: the story keeps no rendered document in memory.
 *
 * <p><b>When.</b> Each call comes after the fact is done: an invoice is numbered (its counter committed in the
 * numbering database) and charged to the customer's account before {@link #invoiceIssued} is called. Calls come in
 * the story's order, day by day, and the same settings always give the same calls in the same order. Every method
 * does nothing by default. A listener that throws stops the story.
 *
 * <p><b>Where.</b> {@link OutputLayout} names every file of the output folder; a listener writes its format next to
 * the others, such as {@code invoices/FA-2026-00001.pdf} beside {@code invoices/FA-2026-00001.txt}.
 */
public interface StoryListener {
    /**
     * Hears that the story starts: the output folder exists and its document folders are empty.
     *
     * @param config the settings
     * @param layout the output folder's layout
     */
    default void started(StoryConfig config, OutputLayout layout) {}

    /**
     * Hears that an invoice was issued, numbered and charged: a one-off project, a subscription period, or late
     * interest.
     *
     * @param invoice the issued invoice (type 380)
     * @param customer the customer billed
     * @param plan its installment plan, if it is paid in installments
     */
    default void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {}

    /**
     * Hears that a credit note was issued, numbered and recorded against the invoice it references (BG-3).
     *
     * @param creditNote the issued credit note (type 381)
     * @param customer the customer credited
     */
    default void creditNoteIssued(Invoice creditNote, Customer customer) {}

    /**
     * Hears that a payment was recorded and allocated.
     *
     * @param payment the payment, with its method
     * @param outcome where the money went, and the account after it
     * @param customer the customer who paid
     */
    default void paymentRecorded(Payment payment, PaymentOutcome outcome, Customer customer) {}

    /**
     * Hears that a payment was reversed (the bounced direct debit): the invoices it paid are open again.
     *
     * @param reversal the ledger entry of the reversal
     * @param account the account after the reversal
     * @param customer the customer
     */
    default void paymentReversed(PaymentReversed reversal, CustomerAccount account, Customer customer) {}

    /**
     * Hears that the scheduler produced a reminder, to send or print.
     *
     * @param notice the reminder with the customer, the terms, the interest and the indemnity claimed
     */
    default void reminderProduced(ReminderNotice notice) {}

    /**
     * Hears that a month is over: every fact of its last day was heard.
     *
     * @param month the month
     * @param counts what the story has produced so far
     */
    default void monthClosed(YearMonth month, StoryCounts counts) {}

    /**
     * Hears a customer's statement over the whole story, produced on its last day.
     *
     * @param statement the statement
     * @param customer the customer
     */
    default void statementProduced(CustomerStatement statement, Customer customer) {}

    /**
     * Hears that the story is over, with everything it leaves: accounts, summary, kept invoices. The last call.
     *
     * @param result the result
     */
    default void finished(StoryResult result) {}

    /**
     * Returns a listener that passes every call to some listeners, in their order.
     *
     * @param listeners the listeners
     * @return the listener
     */
    static StoryListener all(List<StoryListener> listeners) {
        List<StoryListener> copy = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        return new StoryListener() {
            @Override
            public void started(StoryConfig config, OutputLayout layout) {
                copy.forEach(l -> l.started(config, layout));
            }

            @Override
            public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
                copy.forEach(l -> l.invoiceIssued(invoice, customer, plan));
            }

            @Override
            public void creditNoteIssued(Invoice creditNote, Customer customer) {
                copy.forEach(l -> l.creditNoteIssued(creditNote, customer));
            }

            @Override
            public void paymentRecorded(Payment payment, PaymentOutcome outcome, Customer customer) {
                copy.forEach(l -> l.paymentRecorded(payment, outcome, customer));
            }

            @Override
            public void paymentReversed(PaymentReversed reversal, CustomerAccount account, Customer customer) {
                copy.forEach(l -> l.paymentReversed(reversal, account, customer));
            }

            @Override
            public void reminderProduced(ReminderNotice notice) {
                copy.forEach(l -> l.reminderProduced(notice));
            }

            @Override
            public void monthClosed(YearMonth month, StoryCounts counts) {
                copy.forEach(l -> l.monthClosed(month, counts));
            }

            @Override
            public void statementProduced(CustomerStatement statement, Customer customer) {
                copy.forEach(l -> l.statementProduced(statement, customer));
            }

            @Override
            public void finished(StoryResult result) {
                copy.forEach(l -> l.finished(result));
            }
        };
    }
}
