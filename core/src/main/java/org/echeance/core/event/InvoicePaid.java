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
     * Returns the event for an invoice on a date, with its stable id {@code paid:NUMBER}.
     *
     * @param invoiceNumber the invoice number
     * @param occurredOn the date
     * @return the event
     */
    public static InvoicePaid of(String invoiceNumber, LocalDate occurredOn) {
        return new InvoicePaid("paid:" + invoiceNumber, invoiceNumber, occurredOn);
    }
}
