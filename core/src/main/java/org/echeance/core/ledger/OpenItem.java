package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An installment of an issued invoice that is not fully paid: what allocation strategies choose from and what
 * aging and dunning work on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice's number
 * @param installmentNumber the installment's number, from 1
 * @param issueDate the invoice's issue date
 * @param dueDate the installment's due date
 * @param kind what the amount is for
 * @param amount the installment's full amount
 * @param openAmount what remains to pay on it, above zero
 */
public record OpenItem(
        String invoiceNumber,
        int installmentNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        ItemKind kind,
        MonetaryAmount amount,
        MonetaryAmount openAmount) {
    /** Creates an open item, rejecting null parts. */
    public OpenItem {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(openAmount, "openAmount");
    }

    /**
     * Checks if the item is overdue on a date: its due date has passed.
     *
     * @param asOf the date
     * @return true if the due date is before {@code asOf}
     */
    public boolean isOverdueOn(LocalDate asOf) {
        return dueDate.isBefore(asOf);
    }
}
