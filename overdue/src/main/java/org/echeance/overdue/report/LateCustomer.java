package org.echeance.overdue.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A customer with something overdue on a date, in one currency.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customerNumber the customer number
 * @param currency the currency
 * @param overdue what is overdue: open installments whose due date is before the date
 * @param overdueItems how many installments are overdue
 * @param oldestDueDate the due date of the oldest overdue installment
 * @param daysLate the days late of the oldest overdue installment
 * @param remindersSent the reminders sent to the customer by the date
 * @param previousOverdue what was overdue at the end of the previous period
 * @param trend how the overdue amount moved since then
 * @param promiseToPay the last day of the customer's promise to pay, if one holds
 */
public record LateCustomer(
        String customerNumber,
        CurrencyUnit currency,
        MonetaryAmount overdue,
        int overdueItems,
        LocalDate oldestDueDate,
        long daysLate,
        int remindersSent,
        MonetaryAmount previousOverdue,
        Trend trend,
        Optional<LocalDate> promiseToPay) {
    /**
     * Creates a line.
     *
     * @throws NullPointerException if a part is null
     */
    public LateCustomer {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(oldestDueDate, "oldestDueDate");
        Objects.requireNonNull(previousOverdue, "previousOverdue");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(promiseToPay, "promiseToPay");
    }
}
