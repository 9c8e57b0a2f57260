package org.echeance.core.ledger;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount an {@link AllocationStrategy} assigns to one installment of one invoice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice's number
 * @param installmentNumber the installment's number
 * @param amount the amount, above zero
 */
public record ItemAllocation(String invoiceNumber, int installmentNumber, MonetaryAmount amount) {
    /** Creates an allocation, rejecting null parts. */
    public ItemAllocation {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amount, "amount");
    }
}
