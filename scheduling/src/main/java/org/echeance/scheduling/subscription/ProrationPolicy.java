package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a billing period that is billed only in part (a start, a cancellation or a pause within the period, or a
 * price that changes within it) is charged.
 *
 * <p>The denominator is always the <em>full</em> period of the schedule, computed from the anchor, never the days
 * the subscription happens to cover (a quarterly plan started on 10 February is charged 50/90 of the quarter
 * [1 January, 1 April), not 50/50). See {@link Proration} for the rounding.
 */
public enum ProrationPolicy {
    /**
     * Charges the part {@code used days / days of the full period} of the period's price, days counted on the
     * calendar (a February has 28 or 29, a quarter 90 to 92). The default.
     */
    ACTUAL_DAYS,

    /**
     * Charges the part {@code used days / days of the full period} with days counted by the 30E/360 convention
     * (ISDA "Eurobond basis"): every month counts 30 days, a 31st counts as the 30th. A one-day period on a 31st
     * then counts 0 days; when a whole period counts 0 days, its parts are weighted by actual days instead.
     */
    THIRTY_360,

    /** Charges the full price of a period as soon as one of its days is billed: no proration. */
    NONE;

    /**
     * Returns the number of days from a first day, inclusive, to an end day, exclusive, as this policy counts
     * them.
     *
     * <p>{@link #ACTUAL_DAYS} and {@link #NONE} count calendar days; {@link #THIRTY_360} counts {@code 360 × (Y2 −
     * Y1) + 30 × (M2 − M1) + (D2 − D1)} with {@code D = min(day of month, 30)}. For example, from 31 January to
     * 28 February is 31 actual days and 28 days in 30E/360; from 1 February to 1 March is 28 (or 29) and 30. The
     * count is additive: the counts of consecutive parts add up to the count of the whole.
     *
     * @param startInclusive the first day
     * @param endExclusive the day after the last day, on or after the first day
     * @return the number of days, zero or more
     * @throws IllegalArgumentException if the end is before the start
     */
    public long dayCount(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException(
                    "endExclusive: " + endExclusive + " is before the start " + startInclusive);
        }
        if (this == THIRTY_360) {
            return thirtyE360Ordinal(endExclusive) - thirtyE360Ordinal(startInclusive);
        }
        return ChronoUnit.DAYS.between(startInclusive, endExclusive);
    }

    /** A day's position in the 30E/360 calendar; the count between two days is the difference of positions. */
    private static long thirtyE360Ordinal(LocalDate date) {
        return 360L * date.getYear() + 30L * date.getMonthValue() + Math.min(date.getDayOfMonth(), 30);
    }
}
