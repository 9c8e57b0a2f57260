package org.echeance.core.event;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An installment of an invoice falls due today and is not fully paid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eventId the stable id, {@code due:NUMBER:INSTALLMENT}
 * @param invoiceNumber the invoice number
 * @param occurredOn the due date
 * @param installmentNumber the installment's number, from 1
 * @param openAmount what remains to pay on it
 */
public record InstallmentDue(
        String eventId, String invoiceNumber, LocalDate occurredOn, int installmentNumber, MonetaryAmount openAmount)
        implements InvoiceEvent {
    /** Creates the event, rejecting null parts. */
    public InstallmentDue {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(openAmount, "openAmount");
    }

    /**
     * Returns the event with its stable id.
     *
     * @param invoiceNumber the invoice
     * @param dueDate the due date
     * @param installmentNumber the installment
     * @param openAmount the open amount
     * @return the event
     */
    public static InstallmentDue of(
            String invoiceNumber, LocalDate dueDate, int installmentNumber, MonetaryAmount openAmount) {
        return new InstallmentDue(
                "due:" + invoiceNumber + ":" + installmentNumber,
                invoiceNumber,
                dueDate,
                installmentNumber,
                openAmount);
    }
}
