package org.echeance.overdue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Money applied to one installment of an invoice, from its effective date on: an allocation of a payment or of a
 * credit note, as {@link org.echeance.core.ledger.Allocated} records it, and the date its payment was reversed, if
 * it was.
 *
 * <p>A settlement counts on a day {@code D} when its date is on or before {@code D} and it was not reversed on or
 * before {@code D} ({@link #countsOn(LocalDate)}): an as-of report is rebuilt from the allocations in effect on that
 * day, never from today's state.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sourceId the payment's idempotency key or the credit note's number
 * @param date the date the allocation takes effect
 * @param amount the amount applied, above zero, in the item's currency
 * @param kind a payment or a credit note
 * @param reversedOn the date the payment was reversed (a bounced direct debit), if it was
 */
public record Settlement(
        String sourceId, LocalDate date, MonetaryAmount amount, SettlementKind kind, Optional<LocalDate> reversedOn) {
    /**
     * Creates a settlement.
     *
     * @throws NullPointerException if a part is null
     */
    public Settlement {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reversedOn, "reversedOn");
    }

    /**
     * Returns a payment allocated on a date, not reversed.
     *
     * @param sourceId the payment's key
     * @param date the date it takes effect
     * @param amount the amount applied
     * @return the settlement
     */
    public static Settlement payment(String sourceId, LocalDate date, MonetaryAmount amount) {
        return new Settlement(sourceId, date, amount, SettlementKind.PAYMENT, Optional.empty());
    }

    /**
     * Returns a credit note applied on a date.
     *
     * @param creditNoteNumber the credit note's number
     * @param date its issue date
     * @param amount the amount applied
     * @return the settlement
     */
    public static Settlement creditNote(String creditNoteNumber, LocalDate date, MonetaryAmount amount) {
        return new Settlement(creditNoteNumber, date, amount, SettlementKind.CREDIT_NOTE, Optional.empty());
    }

    /**
     * Returns a copy of this settlement reversed on a date.
     *
     * @param reversal the reversal date
     * @return the reversed settlement
     */
    public Settlement reversedOn(LocalDate reversal) {
        Objects.requireNonNull(reversal, "reversal");
        return new Settlement(sourceId, date, amount, kind, Optional.of(reversal));
    }

    /**
     * Checks if the settlement counts on a day: dated on or before it, and not reversed on or before it.
     *
     * @param day the day
     * @return true if it reduces the open amount at the end of that day
     */
    public boolean countsOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !date.isAfter(day) && reversedOn.map(r -> r.isAfter(day)).orElse(true);
    }
}
