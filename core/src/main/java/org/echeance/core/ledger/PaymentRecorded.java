package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.payment.Payment;

/**
 * Money was received from the customer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param payment the payment, with its idempotency key
 */
public record PaymentRecorded(Payment payment) implements LedgerEntry {
    /** Creates the entry, rejecting a null payment. */
    public PaymentRecorded {
        Objects.requireNonNull(payment, "payment");
    }

    @Override
    public LocalDate date() {
        return payment.receivedOn();
    }

    @Override
    public String reference() {
        return payment.idempotencyKey();
    }

    @Override
    public MonetaryAmount balanceEffect() {
        return payment.amount().negate();
    }
}
