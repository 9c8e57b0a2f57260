package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice has an installment whose due date has passed and that is not fully paid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id
 * @param invoiceNumber the invoice number
 * @param occurredOn the date
 */
public record InvoiceBecameOverdue(String eventId, String invoiceNumber, LocalDate occurredOn) implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public InvoiceBecameOverdue {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /**
     * Returns the event for an invoice on a date, with its stable id {@code overdue:NUMBER}.
     *
     * @param invoiceNumber the invoice number
     * @param occurredOn the date
     * @return the event
     */
    public static InvoiceBecameOverdue of(String invoiceNumber, LocalDate occurredOn) {
        return new InvoiceBecameOverdue("overdue:" + invoiceNumber, invoiceNumber, occurredOn);
    }
}
