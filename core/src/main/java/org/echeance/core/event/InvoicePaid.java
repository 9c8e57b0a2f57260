package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Nothing remains to pay on an invoice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id
 * @param invoiceNumber the invoice number
 * @param occurredOn the date
 */
public record InvoicePaid(String eventId, String invoiceNumber, LocalDate occurredOn) implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public InvoicePaid {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /**
     * Returns the event for an invoice settled on a date by a payment or credit note, with its stable id {@code
     * paid:NUMBER:SETTLED_BY}.
     *
     * <p>The id names what settled the invoice, so that an invoice paid again after a bounced payment raises a new
     * event (a listener that skips ids it has seen does not drop it), while replaying the same ledger gives the
     * same id.
     *
     * @param invoiceNumber the invoice number
     * @param occurredOn the date
     * @param settledBy the idempotency key of the payment, or the number of the credit note, that settled it
     * @return the event
     */
    public static InvoicePaid of(String invoiceNumber, LocalDate occurredOn, String settledBy) {
        Objects.requireNonNull(settledBy, "settledBy");
        return new InvoicePaid("paid:" + invoiceNumber + ":" + settledBy, invoiceNumber, occurredOn);
    }
}
