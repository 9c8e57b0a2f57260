package org.echeance.core.invoice;

/**
 * Where an invoice stands in its life: draft, issued, partly paid, paid, or cancelled by credit notes.
 *
 * <p>Only {@link #DRAFT} and {@link #ISSUED} are properties of the document itself; the others follow from the
 * payments and credit notes recorded against it (see {@code org.echeance.core.ledger.CustomerAccount}), so a
 * paid invoice is still the same, unchanged document. "Overdue" is not a status: it is derived from the due
 * dates, the open amount and a date.
 *
 * <p>Legal transitions: draft → issued → partially paid → paid; issued or partially paid → cancelled, only
 * through credit notes covering what remains; a payment reversal moves paid back to partially paid or issued.
 */
public enum InvoiceStatus {
    /** Being prepared: no number, may still change. */
    DRAFT,
    /** Issued: numbered and immutable, nothing paid yet. */
    ISSUED,
    /** Part of the amount due has been paid or credited. */
    PARTIALLY_PAID,
    /** Nothing remains to pay. */
    PAID,
    /** Fully credited by credit notes: nothing was or remains to be paid. */
    CANCELLED
}
