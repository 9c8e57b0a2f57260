package org.echeance.scheduling.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A reminder to send: one step of a plan for one open installment, with the amount due, the deadline and the text,
 * rendered in the customer's language.
 *
 * <p>The application sends it (email, letter) and, when the step has a fee, charges the fee once, for example as an
 * invoice of kind {@code COSTS} whose idempotency key is {@link ReminderKey#id()}: the engine produces each reminder
 * once, so the fee is charged once.
 *
 * <p>Reminders compare by value. This class is immutable and thread-safe.
 *
 * @param sellerId the seller
 * @param customerNumber the seller's number for the customer
 * @param invoiceNumber the invoice number
 * @param installmentNumber the installment's number, from 1
 * @param stepKey the step's key
 * @param level the step's dunning level
 * @param date the day the reminder was produced (the run's day)
 * @param dueDate the installment's due date
 * @param amountDue what remains to pay on the installment on that day, in the account's currency
 * @param deadline the deadline stated: the step's new deadline, or the due date
 * @param daysLate the days from the due date to the reminder's day, 0 before and on the due date
 * @param templateKey the key of the wording
 * @param locale the language of the text
 * @param fee the fee the step adds, if any
 * @param subject the rendered subject
 * @param body the rendered body
 * @param skippedSteps the keys of the earlier steps this reminder replaces, never sent for this installment
 */
public record Reminder(
        String sellerId,
        String customerNumber,
        String invoiceNumber,
        int installmentNumber,
        String stepKey,
        int level,
        LocalDate date,
        LocalDate dueDate,
        MonetaryAmount amountDue,
        LocalDate deadline,
        int daysLate,
        String templateKey,
        Locale locale,
        Optional<MonetaryAmount> fee,
        String subject,
        String body,
        List<String> skippedSteps) {
    /**
     * Creates a reminder.
     *
     * @throws NullPointerException if a part is null
     */
    public Reminder {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(stepKey, "stepKey");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amountDue, "amountDue");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        skippedSteps = List.copyOf(Objects.requireNonNull(skippedSteps, "skippedSteps"));
    }

    /**
     * Returns the key that makes this reminder unique, as recorded in the {@link ReminderLog}.
     *
     * @return the key
     */
    public ReminderKey key() {
        return new ReminderKey(sellerId, customerNumber, invoiceNumber, installmentNumber, stepKey);
    }
}
