package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Money from a payment or a credit was applied to an invoice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id, {@code applied:SOURCE:NUMBER}
 * @param invoiceNumber the invoice number
 * @param occurredOn the date of the payment or credit
 * @param sourceId the payment's idempotency key or the credit note's number
 * @param amount the amount applied to the invoice
 */
public record PaymentApplied(
        String eventId, String invoiceNumber, LocalDate occurredOn, String sourceId, MonetaryAmount amount)
        implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public PaymentApplied {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * Returns the event with its stable id.
     *
     * @param invoiceNumber the invoice number
     * @param occurredOn the date
     * @param sourceId the payment key or credit note number
     * @param amount the amount applied
     * @return the event
     */
    public static PaymentApplied of(
            String invoiceNumber, LocalDate occurredOn, String sourceId, MonetaryAmount amount) {
        return new PaymentApplied(
                "applied:" + sourceId + ":" + invoiceNumber, invoiceNumber, occurredOn, sourceId, amount);
    }
}
