package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Customer credit was paid back to the customer, drawn from one payment or credit note.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param refundId the caller's id for the refund (one refund may draw on several sources)
 * @param sourceId the payment key or credit note number the money is drawn from
 * @param date the refund date
 * @param amount the amount, above zero
 */
public record Refunded(String refundId, String sourceId, LocalDate date, MonetaryAmount amount) implements LedgerEntry {
    /** Creates the entry, rejecting null parts. */
    public Refunded {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String reference() {
        return refundId;
    }

    @Override
    public MonetaryAmount balanceEffect() {
        return amount;
    }
}
