package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Money from a payment or a credit note was applied to one installment of an invoice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sourceId the payment's idempotency key or the credit note's number
 * @param invoiceNumber the invoice paid
 * @param installmentNumber the installment paid
 * @param date the date the allocation takes effect
 * @param amount the amount, above zero
 */
public record Allocated(
        String sourceId, String invoiceNumber, int installmentNumber, LocalDate date, MonetaryAmount amount)
        implements LedgerEntry {
    /** Creates the entry, rejecting null parts. */
    public Allocated {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String reference() {
        return sourceId;
    }

    @Override
    public MonetaryAmount balanceEffect() {
        return amount.multiply(0);
    }
}
