package org.echeance.scheduling.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One installment that falls due and is not fully paid, as listed by a {@link DueCalendar}: whose it is, when it
 * falls due and what remains to pay on it.
 *
 * <p>Entries compare by value; the amounts follow Moneta's equality ({@code 10 EUR} equals {@code 10.00 EUR}).
 * This class is immutable and thread-safe.
 *
 * @param sellerId the seller the account belongs to
 * @param customerNumber the seller's number for the customer
 * @param invoiceNumber the invoice number
 * @param installmentNumber the installment's number, from 1 (1 for an invoice paid at once)
 * @param dueDate the installment's due date
 * @param amount the installment's full amount
 * @param openAmount what remains to pay on it, above zero, in the account's currency
 */
public record DueEntry(
        String sellerId,
        String customerNumber,
        String invoiceNumber,
        int installmentNumber,
        LocalDate dueDate,
        MonetaryAmount amount,
        MonetaryAmount openAmount) {

    /**
     * The calendar order: due date, then seller, customer, invoice number, installment number and currency.
     */
    public static final Comparator<DueEntry> CALENDAR_ORDER = Comparator.comparing(DueEntry::dueDate)
            .thenComparing(DueEntry::sellerId)
            .thenComparing(DueEntry::customerNumber)
            .thenComparing(DueEntry::invoiceNumber)
            .thenComparingInt(DueEntry::installmentNumber)
            .thenComparing(e -> e.openAmount().getCurrency().getCurrencyCode());

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if any part is null
     */
    public DueEntry {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(openAmount, "openAmount");
    }
}
