package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A payment was reversed (a bounced direct debit, a cheque returned unpaid, a card chargeback): the payment and
 * every allocation made from it no longer count from this date on, and the customer owes its amount again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param paymentKey the idempotency key of the reversed payment
 * @param date the reversal date
 * @param amount the reversed payment's amount
 * @param reason why, such as an R-transaction code ({@code "AM04"} insufficient funds)
 */
public record PaymentReversed(String paymentKey, LocalDate date, MonetaryAmount amount, String reason)
        implements LedgerEntry {
    /** Creates the entry, rejecting null parts. */
    public PaymentReversed {
        Objects.requireNonNull(paymentKey, "paymentKey");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String reference() {
        return paymentKey;
    }

    @Override
    public MonetaryAmount balanceEffect() {
        return amount;
    }
}
