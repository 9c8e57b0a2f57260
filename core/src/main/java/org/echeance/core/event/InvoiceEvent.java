package org.echeance.core.event;

import java.time.LocalDate;

/**
 * Something that happened to an invoice that the application may want to act on: send the PDF, thank the
 * customer, start a reminder.
 *
 * <p>Events are values produced by successful transitions, after the state they describe exists. Each carries a
 * stable id derived from what caused it (an invoice number, a payment's idempotency key, a date), so a
 * redelivered or recomputed event has the same id and receivers can deduplicate.
 */
public sealed interface InvoiceEvent
        permits InvoiceIssued,
                PaymentApplied,
                InvoicePaid,
                InvoiceCredited,
                InvoiceCancelled,
                InvoiceBecameOverdue,
                InstallmentDue {
    /**
     * Returns the event's stable id.
     *
     * @return the id, the same for the same cause
     */
    String eventId();

    /**
     * Returns the number of the invoice the event is about.
     *
     * @return the invoice number
     */
    String invoiceNumber();

    /**
     * Returns the date the event happened on.
     *
     * @return the date
     */
    LocalDate occurredOn();
}
