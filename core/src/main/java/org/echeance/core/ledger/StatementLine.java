package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of a customer statement: a document or a payment, what it adds to or takes from the balance, and the
 * balance after it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date of the document or payment
 * @param kind what the line is
 * @param reference the invoice or credit note number, the payment key, the refund id
 * @param debit what the line adds to what the customer owes (zero or more)
 * @param credit what the line takes from it (zero or more)
 * @param balance the running balance after the line
 */
public record StatementLine(
        LocalDate date,
        Kind kind,
        String reference,
        MonetaryAmount debit,
        MonetaryAmount credit,
        MonetaryAmount balance) {

    /** What a statement line records. */
    public enum Kind {
        /** An invoice charged. */
        INVOICE,
        /** A credit note. */
        CREDIT_NOTE,
        /** A payment received. */
        PAYMENT,
        /** A payment reversed, such as a bounced direct debit. */
        PAYMENT_REVERSAL,
        /** Customer credit paid back. */
        REFUND
    }

    /** Creates a line, rejecting null parts. */
    public StatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(balance, "balance");
    }
}
