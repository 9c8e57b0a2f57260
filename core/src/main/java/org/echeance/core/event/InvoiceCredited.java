package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A credit note corrected an invoice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id, {@code credited:CREDIT_NOTE}
 * @param invoiceNumber the corrected invoice's number
 * @param occurredOn the credit note's issue date
 * @param creditNoteNumber the credit note's number
 * @param amount the amount credited
 */
public record InvoiceCredited(
        String eventId, String invoiceNumber, LocalDate occurredOn, String creditNoteNumber, MonetaryAmount amount)
        implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public InvoiceCredited {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(creditNoteNumber, "creditNoteNumber");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * Returns the event with its stable id.
     *
     * @param invoiceNumber the corrected invoice
     * @param occurredOn the date
     * @param creditNoteNumber the credit note
     * @param amount the amount credited
     * @return the event
     */
    public static InvoiceCredited of(
            String invoiceNumber, LocalDate occurredOn, String creditNoteNumber, MonetaryAmount amount) {
        return new InvoiceCredited("credited:" + creditNoteNumber, invoiceNumber, occurredOn, creditNoteNumber, amount);
    }
}
