package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.validation.ValidationException;

/**
 * A half-open range of days {@code [startInclusive, endExclusive)}: a period of a subscription's schedule, or a
 * part of one.
 *
 * <p>The end is the first day <em>not</em> in the period, so consecutive periods share a date ({@code [31 Jan,
 * 28 Feb)} then {@code [28 Feb, 31 Mar)}) and the number of days is {@code endExclusive − startInclusive}. EN 16931
 * writes periods with both dates inclusive: {@link #toInvoicePeriod()} gives that form ({@code 31 Jan – 27 Feb}).
 *
 * <p>{@link #toString()} writes {@code [2025-01-31, 2025-02-28)}, which {@link #parse(CharSequence)} reads back.
 * Two periods are equal when both dates are equal. This class is immutable and thread-safe.
 *
 * @param startInclusive the first day of the period
 * @param endExclusive the day after the last day of the period
 */
public record BillingPeriod(LocalDate startInclusive, LocalDate endExclusive) {
    /**
     * Creates a period.
     *
     * @throws ValidationException if the end is not after the start: a period has one day at least (ECH-SUB-06)
     */
    public BillingPeriod {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw ValidationException.of(
                    "ECH-SUB-06",
                    "period.endExclusive",
                    endExclusive + " is not after the start " + startInclusive + "; a period has one day at least");
        }
    }

    /**
     * Returns the period from a first day, inclusive, to an end day, exclusive.
     *
     * <p>For example, {@code BillingPeriod.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28))} is the 28
     * days from 31 January to 27 February.
     *
     * @param startInclusive the first day
     * @param endExclusive the day after the last day
     * @return the period
     * @throws ValidationException if the end is not after the start (ECH-SUB-06)
     */
    public static BillingPeriod of(LocalDate startInclusive, LocalDate endExclusive) {
        return new BillingPeriod(startInclusive, endExclusive);
    }

    /**
     * Returns the period from a first to a last day, both inclusive, as EN 16931 writes it.
     *
     * @param firstDay the first day
     * @param lastDay the last day, on or after the first
     * @return the period {@code [firstDay, lastDay + 1 day)}
     * @throws ValidationException if the last day is before the first (ECH-SUB-06)
     */
    public static BillingPeriod ofClosed(LocalDate firstDay, LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        return new BillingPeriod(firstDay, lastDay.plusDays(1));
    }

    /**
     * Reads a period from the text {@link #toString()} writes, such as {@code [2025-01-31, 2025-02-28)}.
     *
     * @param text the text
     * @return the period
     * @throws ValidationException if the text is not of that form (ECH-SUB-14) or the end is not after the start
     *     (ECH-SUB-06)
     */
    public static BillingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int comma = s.indexOf(',');
        if (!s.startsWith("[") || !s.endsWith(")") || comma < 0) {
            throw ValidationException.of(
                    "ECH-SUB-14", "period", "\"" + s + "\" is not a period such as [2025-01-31, 2025-02-28)");
        }
        try {
            return new BillingPeriod(
                    LocalDate.parse(s.substring(1, comma).strip()),
                    LocalDate.parse(s.substring(comma + 1, s.length() - 1).strip()));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(
                    "ECH-SUB-14", "period", "\"" + s + "\" holds a date that is not an ISO date (yyyy-mm-dd)");
        }
    }

    /**
     * Returns the last day of the period, the day before {@link #endExclusive()}.
     *
     * @return the last day, inclusive
     */
    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    /**
     * Returns the number of days in the period.
     *
     * @return {@code endExclusive − startInclusive} in days, one at least
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(startInclusive, endExclusive);
    }

    /**
     * Checks if a day falls in the period.
     *
     * @param date the day
     * @return true if {@code startInclusive <= date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /**
     * Checks if another period lies entirely inside this one.
     *
     * @param other the other period
     * @return true if every day of {@code other} is in this period
     */
    public boolean encloses(BillingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.startInclusive.isBefore(startInclusive) && !other.endExclusive.isAfter(endExclusive);
    }

    /**
     * Returns the days this period shares with another.
     *
     * @param other the other period
     * @return the common days, empty when the periods do not overlap (touching periods share no day)
     */
    public Optional<BillingPeriod> intersection(BillingPeriod other) {
        Objects.requireNonNull(other, "other");
        LocalDate start = startInclusive.isAfter(other.startInclusive) ? startInclusive : other.startInclusive;
        LocalDate end = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
        return end.isAfter(start) ? Optional.of(new BillingPeriod(start, end)) : Optional.empty();
    }

    /**
     * Returns the period as EN 16931 writes it, both dates inclusive (BG-14 for a document, BG-26 for a line).
     *
     * @return the invoicing period {@code [startInclusive, endExclusive − 1 day]}
     */
    public InvoicePeriod toInvoicePeriod() {
        return InvoicePeriod.ofClosed(startInclusive, lastDay());
    }

    /**
     * Returns the period as {@code [2025-01-31, 2025-02-28)}, the bracket and parenthesis saying which date is
     * inclusive.
     *
     * @return the text {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return "[" + startInclusive + ", " + endExclusive + ")";
    }
}
