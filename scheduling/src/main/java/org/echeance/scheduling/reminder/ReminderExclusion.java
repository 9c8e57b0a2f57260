package org.echeance.scheduling.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Keeps an invoice out of the reminders until a date, for example because the customer promised to pay by then.
 *
 * <p>While the exclusion holds (on days before {@code untilExclusive}), no reminder is produced for any installment
 * of the invoice, on schedule or by hand, and nothing is recorded in the {@link ReminderLog}. From {@code
 * untilExclusive} on, the plan resumes where the calendar is: the latest step due by then is produced, and the
 * steps due during the exclusion are skipped (see {@link ReminderEngine}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice
 * @param untilExclusive the first day reminders may be produced again
 */
public record ReminderExclusion(String invoiceNumber, LocalDate untilExclusive) {
    /**
     * Creates an exclusion.
     *
     * @throws NullPointerException if a part is null
     */
    public ReminderExclusion {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(untilExclusive, "untilExclusive");
    }

    /**
     * Returns the exclusion for a promise to pay an invoice by a date: no reminder up to and including that day.
     *
     * <p>For example {@code promiseToPay("FA-2026-00001", LocalDate.of(2026, 3, 20))} excludes the invoice until
     * 20 March included; reminders may resume on 21 March.
     *
     * @param invoiceNumber the invoice
     * @param promisedBy the last day of the promise, included
     * @return the exclusion until the day after
     */
    public static ReminderExclusion promiseToPay(String invoiceNumber, LocalDate promisedBy) {
        Objects.requireNonNull(promisedBy, "promisedBy");
        return new ReminderExclusion(invoiceNumber, promisedBy.plusDays(1));
    }

    /**
     * Checks if the exclusion keeps an invoice out of the reminders on a day.
     *
     * @param invoice the invoice number
     * @param day the day
     * @return true if it is this exclusion's invoice and the day is before {@code untilExclusive}
     */
    public boolean excludes(String invoice, LocalDate day) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(day, "day");
        return invoiceNumber.equals(invoice) && day.isBefore(untilExclusive);
    }
}
