package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A pause of a subscription: the days {@code [fromInclusive, toExclusive)} are not billed.
 *
 * <p>A pause without {@code toExclusive} lasts until the subscription is resumed ({@link
 * Subscription#resume(LocalDate)}). A period whose every day is paused is not billed at all; a period paused in
 * part is billed for its other days, prorated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fromInclusive the first day not billed
 * @param toExclusive the first day billed again, empty while the pause is open
 */
public record Pause(LocalDate fromInclusive, Optional<LocalDate> toExclusive) {
    /**
     * Creates a pause.
     *
     * @throws ValidationException if the pause ends on or before its first day (ECH-SUB-09)
     */
    public Pause {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isPresent() && !toExclusive.get().isAfter(fromInclusive)) {
            throw ValidationException.of(
                    "ECH-SUB-09",
                    "pause.toExclusive",
                    toExclusive.get() + " is not after the pause's first day " + fromInclusive
                            + "; a pause lasts one day at least");
        }
    }

    /**
     * Returns a pause of the days {@code [fromInclusive, toExclusive)}.
     *
     * @param fromInclusive the first day not billed
     * @param toExclusive the first day billed again
     * @return the pause
     * @throws ValidationException if {@code toExclusive} is not after {@code fromInclusive} (ECH-SUB-09)
     */
    public static Pause of(LocalDate fromInclusive, LocalDate toExclusive) {
        return new Pause(fromInclusive, Optional.of(Objects.requireNonNull(toExclusive, "toExclusive")));
    }

    /**
     * Returns a pause from a day on, until the subscription is resumed.
     *
     * @param fromInclusive the first day not billed
     * @return the open pause
     */
    public static Pause from(LocalDate fromInclusive) {
        return new Pause(fromInclusive, Optional.empty());
    }

    /**
     * Checks if the pause has no end yet.
     *
     * @return true while the pause lasts until a resume
     */
    public boolean isOpen() {
        return toExclusive.isEmpty();
    }

    /**
     * Checks if a day is paused.
     *
     * @param date the day
     * @return true if {@code fromInclusive <= date} and the day is before {@code toExclusive}, if any
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(fromInclusive) && toExclusive.map(date::isBefore).orElse(true);
    }

    /**
     * Returns the days of a period that this pause covers.
     *
     * @param period the period
     * @return the paused days of the period, empty if the pause and the period share no day
     */
    public Optional<BillingPeriod> within(BillingPeriod period) {
        Objects.requireNonNull(period, "period");
        LocalDate end = toExclusive.orElse(period.endExclusive());
        if (!end.isAfter(fromInclusive)) {
            return Optional.empty();
        }
        return period.intersection(new BillingPeriod(fromInclusive, end));
    }
}
