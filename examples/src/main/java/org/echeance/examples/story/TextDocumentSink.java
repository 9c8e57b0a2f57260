package org.echeance.examples.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.money.Amounts;
import org.echeance.examples.InvoiceTextLayout;
import org.echeance.scheduling.reminder.Reminder;

/**
 * Writes every document of the story as plain text, UTF-8, into the {@link OutputLayout}: each invoice and credit
 * note (with its installment schedule), each reminder, each customer's statement, and {@code summary.txt}. Each
 * document is written when heard and then dropped.
 *
 * <p>This class is not thread-safe: the story calls it from one thread.
 */
public final class TextDocumentSink implements StoryListener {
    /** The extension of the files this sink writes. */
    public static final String EXTENSION = "txt";

    private final OutputLayout layout;

    private TextDocumentSink(OutputLayout layout) {
        this.layout = layout;
    }

    /**
     * Returns a sink writing into an output folder.
     *
     * @param layout the output folder's layout
     * @return the sink
     */
    public static TextDocumentSink into(OutputLayout layout) {
        return new TextDocumentSink(Objects.requireNonNull(layout, "layout"));
    }

    @Override
    public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
        StringBuilder text = new StringBuilder(InvoiceTextLayout.invoice(invoice));
        plan.ifPresent(p -> {
            text.append("Payment schedule (").append(p.installments().size()).append(" installments)\n");
            for (Installment i : p.installments()) {
                text.append(String.format(
                        Locale.ROOT,
                        "  %d. due %s  %12s %s%n",
                        i.number(),
                        i.dueDate(),
                        Amounts.toPlainString(i.amount()),
                        i.amount().getCurrency()));
            }
        });
        write(layout.invoice(invoice.number().orElseThrow(), EXTENSION), text.toString());
    }

    @Override
    public void creditNoteIssued(Invoice creditNote, Customer customer) {
        write(layout.invoice(creditNote.number().orElseThrow(), EXTENSION), InvoiceTextLayout.invoice(creditNote));
    }

    @Override
    public void reminderProduced(ReminderNotice notice) {
        write(layout.reminder(notice.reminder(), EXTENSION), letter(notice));
    }

    @Override
    public void statementProduced(CustomerStatement statement, Customer customer) {
        write(
                layout.statement(customer.customerNumber(), EXTENSION),
                InvoiceTextLayout.customer(customer) + "\n" + InvoiceTextLayout.statement(statement));
    }

    @Override
    public void finished(StoryResult result) {
        write(layout.summary(), result.summary().toText());
    }

    /**
     * Returns a reminder as a plain-text letter: who, what, how much, by when, the interest and the indemnity
     * claimed, then the reminder's own subject and body.
     *
     * @param notice the reminder
     * @return the text, several lines
     */
    public static String letter(ReminderNotice notice) {
        Reminder r = notice.reminder();
        String currency = r.amountDue().getCurrency().getCurrencyCode();
        StringBuilder out = new StringBuilder();
        out.append("REMINDER ")
                .append(r.stepKey())
                .append(" (level ")
                .append(r.level())
                .append(")  ")
                .append(r.date())
                .append('\n');
        out.append("To        ")
                .append(notice.customer().party().legalName())
                .append(" (")
                .append(r.customerNumber())
                .append(")\n");
        out.append("Invoice   ")
                .append(r.invoiceNumber())
                .append(", installment ")
                .append(r.installmentNumber())
                .append(", due ")
                .append(r.dueDate())
                .append(r.daysLate() > 0 ? ", " + r.daysLate() + " days late" : "")
                .append('\n');
        out.append("Due now   ")
                .append(Amounts.toPlainString(r.amountDue()))
                .append(' ')
                .append(currency)
                .append(", by ")
                .append(r.deadline())
                .append('\n');
        notice.accruedInterest()
                .ifPresent(i -> out.append("Interest  ")
                        .append(Amounts.toPlainString(i))
                        .append(' ')
                        .append(currency)
                        .append(" accrued at ")
                        .append(notice.terms().annualRatePercent().toPlainString())
                        .append(" % a year\n"));
        if (notice.claimIndemnity()) {
            notice.terms()
                    .recoveryIndemnity()
                    .ifPresent(i -> out.append("Indemnity ")
                            .append(Amounts.toPlainString(i))
                            .append(' ')
                            .append(currency)
                            .append(" (indemnité forfaitaire pour frais de recouvrement)\n"));
        }
        if (!r.skippedSteps().isEmpty()) {
            out.append("Replaces  ").append(String.join(", ", r.skippedSteps())).append('\n');
        }
        out.append('\n').append(r.subject()).append("\n\n").append(r.body());
        if (!r.body().endsWith("\n")) {
            out.append('\n');
        }
        return out.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "TextDocumentSink[" + layout + "]";
    }
}
