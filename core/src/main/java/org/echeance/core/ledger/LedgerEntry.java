package org.echeance.core.ledger;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One immutable, dated fact on a customer's account. Balances are never stored: they are derived from the
 * entries (see {@link CustomerAccount} for the balance equation).
 */
public sealed interface LedgerEntry
        permits InvoiceCharged, CreditNoteRecorded, PaymentRecorded, Allocated, PaymentReversed, Refunded {
    /**
     * Returns the date the fact takes effect: issue date, payment date, reversal date.
     *
     * @return the effective date
     */
    LocalDate date();

    /**
     * Returns what the entry is about: the invoice or credit note number, the payment key, the refund id.
     *
     * @return the reference
     */
    String reference();

    /**
     * Returns how the entry moves the customer's balance: positive when the customer owes more (an invoice, a
     * reversal, a refund), negative when it owes less (a payment, a credit note), zero for an allocation.
     *
     * @return the signed amount
     */
    MonetaryAmount balanceEffect();
}
