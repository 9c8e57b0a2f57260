package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice or credit note was issued and recorded on its customer's account.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id
 * @param invoiceNumber the invoice number
 * @param occurredOn the date
 */
public record InvoiceIssued(String eventId, String invoiceNumber, LocalDate occurredOn) implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public InvoiceIssued {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /**
     * Returns the event for an invoice on a date, with its stable id {@code issued:NUMBER}.
     *
     * @param invoiceNumber the invoice number
     * @param occurredOn the date
     * @return the event
     */
    public static InvoiceIssued of(String invoiceNumber, LocalDate occurredOn) {
        return new InvoiceIssued("issued:" + invoiceNumber, invoiceNumber, occurredOn);
    }
}
