package org.echeance.overdue.aging;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of an aging report: the ages, in days, it holds, both ends included.
 *
 * <p>The first bucket ({@code index} 0) has no lower end: by due date it holds what is not yet due (ages of 0 or
 * less, including an installment due on the as-of date). The last has no upper end. This class is immutable and
 * thread-safe.
 *
 * @param index the position in the report, from 0
 * @param fromDays the lowest age held, inclusive; empty for the first bucket
 * @param toDays the highest age held, inclusive; empty for the last bucket
 */
public record AgingBucket(int index, Optional<Integer> fromDays, Optional<Integer> toDays) {
    /**
     * Creates a bucket.
     *
     * @throws NullPointerException if a part is null
     */
    public AgingBucket {
        Objects.requireNonNull(fromDays, "fromDays");
        Objects.requireNonNull(toDays, "toDays");
    }

    /**
     * Checks if the bucket holds an age.
     *
     * @param ageDays the age in days (negative before the due date)
     * @return true if {@code fromDays <= ageDays <= toDays}, open ends included
     */
    public boolean contains(long ageDays) {
        return fromDays.map(f -> ageDays >= f).orElse(true)
                && toDays.map(t -> ageDays <= t).orElse(true);
    }

    /**
     * Returns the column heading: {@code Not yet due} / {@code Non échu} for the first bucket by due date, {@code
     * 1-30}, and {@code > 90} for the last.
     *
     * @param french true for French
     * @param basis the basis of the report, which names the first bucket
     * @return the heading
     */
    public String label(boolean french, AgingBasis basis) {
        if (fromDays.isEmpty()) {
            if (basis == AgingBasis.DUE_DATE) {
                return french ? "Non échu" : "Not yet due";
            }
            return french ? "Jour même" : "Same day";
        }
        if (toDays.isEmpty()) {
            return "> " + (fromDays.get() - 1);
        }
        return fromDays.get() + "-" + toDays.get();
    }
}
