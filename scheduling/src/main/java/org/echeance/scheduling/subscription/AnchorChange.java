package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * A new anchor of a subscription's schedule from a date on: the day the billing cycle moves to.
 *
 * <p>The schedule in force until {@code effectiveDate} stops there: the period that the date cuts is billed up to
 * the day before it, prorated. From {@code effectiveDate}, the periods come from the same rule expanded from
 * {@code newAnchor}. When the new anchor is later than the effective date, the days between them form a
 * <em>stub</em> period {@code [effectiveDate, newAnchor)}, billed on its own and prorated as described in {@link
 * Subscription#prorationBasis(BillingPeriod)}. A new anchor equal to the effective date re-anchors the cycle on
 * that day (a full period starts there).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param effectiveDate the first day of the new schedule
 * @param newAnchor the first occurrence of the new schedule, on or after the effective date and at most one
 *     period later
 */
public record AnchorChange(LocalDate effectiveDate, LocalDate newAnchor) {
    /**
     * Creates an anchor change.
     *
     * @throws ValidationException if the new anchor is before the effective date (ECH-SUB-16)
     */
    public AnchorChange {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(newAnchor, "newAnchor");
        if (newAnchor.isBefore(effectiveDate)) {
            throw ValidationException.of(
                    "ECH-SUB-16",
                    "anchorChange.newAnchor",
                    newAnchor + " is before the effective date " + effectiveDate
                            + "; the new cycle starts on or after the day the change takes effect");
        }
    }

    /**
     * Returns a change that re-anchors the cycle on its effective date.
     *
     * @param effectiveDate the first day of the new cycle
     * @return the change
     */
    public static AnchorChange reanchorOn(LocalDate effectiveDate) {
        return new AnchorChange(effectiveDate, effectiveDate);
    }

    /**
     * Checks if the change leaves a stub period between its effective date and its new anchor.
     *
     * @return true when the new anchor is after the effective date
     */
    public boolean hasStub() {
        return newAnchor.isAfter(effectiveDate);
    }
}
