package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Credit notes now cover the whole invoice: it is cancelled.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id
 * @param invoiceNumber the invoice number
 * @param occurredOn the date
 */
public record InvoiceCancelled(String eventId, String invoiceNumber, LocalDate occurredOn) implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public InvoiceCancelled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /**
     * Returns the event for an invoice on a date, with its stable id {@code cancelled:NUMBER}.
     *
     * @param invoiceNumber the invoice number
     * @param occurredOn the date
     * @return the event
     */
    public static InvoiceCancelled of(String invoiceNumber, LocalDate occurredOn) {
        return new InvoiceCancelled("cancelled:" + invoiceNumber, invoiceNumber, occurredOn);
    }
}
