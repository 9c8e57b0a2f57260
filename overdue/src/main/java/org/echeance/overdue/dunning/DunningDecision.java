package org.echeance.overdue.dunning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DunningPolicy} decides for one open item on a day: the level it has reached, the highest level its
 * days late and amount qualify for, and the level to go to now, with its actions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice
 * @param installmentNumber the installment
 * @param daysLate the days late on the day (0 when not overdue)
 * @param currentLevel the level already reached, 0 if none
 * @param qualifiedLevel the highest level the item qualifies for, 0 if none
 * @param next the level to go to now, if any
 * @param skippedLevels the levels jumped over to reach {@code next} (only when the policy allows skipping)
 */
public record DunningDecision(
        String invoiceNumber,
        int installmentNumber,
        long daysLate,
        int currentLevel,
        int qualifiedLevel,
        Optional<DunningLevel> next,
        List<Integer> skippedLevels) {
    /**
     * Creates a decision.
     *
     * @throws NullPointerException if a part is null
     */
    public DunningDecision {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(next, "next");
        skippedLevels = List.copyOf(Objects.requireNonNull(skippedLevels, "skippedLevels"));
    }

    /**
     * Returns the actions due now: those of the next level, or none.
     *
     * @return the actions
     */
    public List<DunningAction> actions() {
        return next.map(DunningLevel::actions).orElse(List.of());
    }
}
