package org.echeance.overdue.dunning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;

/**
 * One level of a dunning policy: reached by an open item late by at least {@code minDaysLate} days, and owing at
 * least {@code minimumAmount} if one is set, with the actions it calls for.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level the level, from 1 (0 is "not dunned")
 * @param name a name for people, such as {@code first-reminder}
 * @param minDaysLate the days late from which the level may be reached
 * @param minimumAmount the least open amount for the level, if any (no hand-over below 500 EUR, say)
 * @param actions what to do when the level is reached
 * @param reminderStepKey the key of the {@link org.echeance.scheduling.reminder.ReminderStep} sent at this level,
 *     if a reminder is sent
 */
public record DunningLevel(
        int level,
        String name,
        int minDaysLate,
        Optional<MonetaryAmount> minimumAmount,
        List<DunningAction> actions,
        Optional<String> reminderStepKey) {
    /**
     * Creates a level.
     *
     * @throws ValidationException if the level is below 1 or the actions are empty ({@code ECH-OVERDUE-40})
     */
    public DunningLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minimumAmount, "minimumAmount");
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        Objects.requireNonNull(reminderStepKey, "reminderStepKey");
        if (level < 1) {
            throw ValidationException.of("ECH-OVERDUE-40", "level", level + " is not a dunning level from 1");
        }
        if (actions.isEmpty()) {
            throw ValidationException.of("ECH-OVERDUE-40", "levels[" + level + "].actions", "[] has no action");
        }
    }

    /**
     * Returns a copy of this level that is reached only from an open amount.
     *
     * @param amount the least open amount
     * @return the level
     */
    public DunningLevel withMinimumAmount(MonetaryAmount amount) {
        return new DunningLevel(level, name, minDaysLate, Optional.of(amount), actions, reminderStepKey);
    }
}
