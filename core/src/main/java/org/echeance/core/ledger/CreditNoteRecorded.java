package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An issued credit note credited the customer for an invoice it corrects.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param creditNoteNumber the credit note's number
 * @param date its issue date
 * @param amount the amount credited (the credit note's amount due, positive)
 * @param correctedInvoiceNumber the invoice it corrects
 */
public record CreditNoteRecorded(
        String creditNoteNumber, LocalDate date, MonetaryAmount amount, String correctedInvoiceNumber)
        implements LedgerEntry {
    /** Creates the entry, rejecting null parts. */
    public CreditNoteRecorded {
        Objects.requireNonNull(creditNoteNumber, "creditNoteNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(correctedInvoiceNumber, "correctedInvoiceNumber");
    }

    @Override
    public String reference() {
        return creditNoteNumber;
    }

    @Override
    public MonetaryAmount balanceEffect() {
        return amount.negate();
    }
}
