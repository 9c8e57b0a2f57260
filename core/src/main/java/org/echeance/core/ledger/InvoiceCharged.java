package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An issued invoice was charged to the customer: it owes the amount due, on the schedule's dates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice's number
 * @param date the invoice's issue date
 * @param amount the amount due (BT-115), the sum of the schedule
 * @param schedule the amounts and their due dates, by installment number
 * @param kind what the amount is for
 */
public record InvoiceCharged(
        String invoiceNumber, LocalDate date, MonetaryAmount amount, List<DueAmount> schedule, ItemKind kind)
        implements LedgerEntry {
    /** Creates the entry, rejecting null parts and copying the schedule. */
    public InvoiceCharged {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        schedule = List.copyOf(Objects.requireNonNull(schedule, "schedule"));
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String reference() {
        return invoiceNumber;
    }

    @Override
    public MonetaryAmount balanceEffect() {
        return amount;
    }
}
