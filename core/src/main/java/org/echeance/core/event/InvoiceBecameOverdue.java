package org.echeance.core.event;

import java.time.LocalDate;

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
    /**
     * Returns the event for an installment of an invoice that became overdue on a date, with its stable id {@code
     * overdue:NUMBER:INSTALLMENT}.
     *
     * @param invoiceNumber the invoice number
     * @param installmentNumber the installment's number, from 1 (1 for an invoice paid in one go)
     * @param occurredOn the first day it is late
     * @return the event
     */
    public static InvoiceBecameOverdue of(String invoiceNumber, int installmentNumber, LocalDate occurredOn) {
        return new InvoiceBecameOverdue(
                "overdue:" + invoiceNumber + ":" + installmentNumber, invoiceNumber, occurredOn);
    }
}
