package org.echeance.examples.story;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.PaymentOutcome;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.core.payment.Payment;

/** Keeps everything a story says, for the tests to check. */
final class RecordingListener implements StoryListener {
    record Reversal(PaymentReversed entry, CustomerAccount after) {}

    final List<Invoice> documents = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Reversal> reversals = new ArrayList<>();
    final List<ReminderNotice> reminders = new ArrayList<>();
    final List<CustomerStatement> statements = new ArrayList<>();
    final List<YearMonth> months = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    StoryResult result;

    @Override
    public void started(StoryConfig config, OutputLayout layout) {
        order.add("started");
    }

    @Override
    public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
        documents.add(invoice);
        order.add("invoice");
    }

    @Override
    public void creditNoteIssued(Invoice creditNote, Customer customer) {
        documents.add(creditNote);
        order.add("credit note");
    }

    @Override
    public void paymentRecorded(Payment payment, PaymentOutcome outcome, Customer customer) {
        payments.add(payment);
    }

    @Override
    public void paymentReversed(PaymentReversed reversal, CustomerAccount account, Customer customer) {
        reversals.add(new Reversal(reversal, account));
    }

    @Override
    public void reminderProduced(ReminderNotice notice) {
        reminders.add(notice);
    }

    @Override
    public void monthClosed(YearMonth month, StoryCounts counts) {
        months.add(month);
    }

    @Override
    public void statementProduced(CustomerStatement statement, Customer customer) {
        statements.add(statement);
        order.add("statement");
    }

    @Override
    public void finished(StoryResult finished) {
        result = finished;
        order.add("finished");
    }
}
