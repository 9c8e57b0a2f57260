package org.echeance.scheduling.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * A reminder plan: the steps each open installment goes through, ordered by their offset from the due date.
 *
 * <p>A plan has any number of steps (none: {@link #none()}), with strictly increasing offsets, unique keys and
 * levels that never go down. Steps before the due date have negative offsets. {@link #frenchDefault()} is the usual
 * French timeline. Plans compare by their steps. This class is immutable and thread-safe.
 *
 * @param steps the steps, in the order they are due
 */
public record ReminderPlan(List<ReminderStep> steps) {
    /** Key of the default plan's friendly notice, 7 days before the due date. */
    public static final String FRIENDLY_NOTICE = "friendly-notice";

    /** Key of the default plan's notice on the due date. */
    public static final String DUE_TODAY = "due-today";

    /** Key of the default plan's first reminder, 7 days after the due date. */
    public static final String FIRST_REMINDER = "first-reminder";

    /** Key of the default plan's second reminder, 15 days after the due date. */
    public static final String SECOND_REMINDER = "second-reminder";

    /** Key of the default plan's formal notice (mise en demeure), 30 days after the due date. */
    public static final String FORMAL_NOTICE = "formal-notice";

    private static final ReminderPlan FRENCH_DEFAULT = new ReminderPlan(List.of(
            ReminderStep.of(FRIENDLY_NOTICE, -7, 0, FRIENDLY_NOTICE),
            ReminderStep.of(DUE_TODAY, 0, 0, DUE_TODAY),
            ReminderStep.of(FIRST_REMINDER, 7, 1, FIRST_REMINDER).withNewDeadlineDays(8),
            ReminderStep.of(SECOND_REMINDER, 15, 2, SECOND_REMINDER).withNewDeadlineDays(15),
            ReminderStep.of(FORMAL_NOTICE, 30, 3, FORMAL_NOTICE).withNewDeadlineDays(8)));

    /**
     * Creates a plan, checking its steps together.
     *
     * @throws NullPointerException if the list or a step is null
     * @throws ValidationException with every broken rule: offsets not strictly increasing ({@code ECH-REMIND-10}),
     *     a key twice ({@code ECH-REMIND-11}), a level lower than the one before ({@code ECH-REMIND-12})
     */
    public ReminderPlan {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            ReminderStep step = steps.get(i);
            Integer first = keys.putIfAbsent(step.key(), i);
            if (first != null) {
                violations.add(new Violation(
                        "ECH-REMIND-11",
                        "steps[" + i + "].key",
                        "\"" + step.key() + "\" is already the key of steps[" + first + "]"));
            }
            if (i > 0) {
                ReminderStep previous = steps.get(i - 1);
                if (step.offsetDays() <= previous.offsetDays()) {
                    violations.add(new Violation(
                            "ECH-REMIND-10",
                            "steps[" + i + "].offsetDays",
                            step.offsetDays() + " is not after the previous step's offset " + previous.offsetDays()));
                }
                if (step.level() < previous.level()) {
                    violations.add(new Violation(
                            "ECH-REMIND-12",
                            "steps[" + i + "].level",
                            step.level() + " is below the previous step's level " + previous.level()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Returns a plan of some steps.
     *
     * @param steps the steps, in the order they are due
     * @return the plan
     * @throws ValidationException if the steps do not form a plan
     */
    public static ReminderPlan of(ReminderStep... steps) {
        return new ReminderPlan(List.of(steps));
    }

    /**
     * Returns a plan of some steps.
     *
     * @param steps the steps, in the order they are due
     * @return the plan
     * @throws ValidationException if the steps do not form a plan
     */
    public static ReminderPlan of(List<ReminderStep> steps) {
        return new ReminderPlan(steps);
    }

    /**
     * Returns the plan without steps: no reminder is ever produced.
     *
     * @return the empty plan
     */
    public static ReminderPlan none() {
        return new ReminderPlan(List.of());
    }

    /**
     * Returns the usual French timeline, between businesses.
     *
     * <ol>
     *   <li>{@value #FRIENDLY_NOTICE}, 7 days before the due date, level 0;
     *   <li>{@value #DUE_TODAY}, on the due date, level 0;
     *   <li>{@value #FIRST_REMINDER}, 7 days after, level 1, new deadline 8 days later (the day of the second
     *       reminder when sent on time);
     *   <li>{@value #SECOND_REMINDER}, 15 days after, level 2, new deadline 15 days later (the day of the formal
     *       notice);
     *   <li>{@value #FORMAL_NOTICE}, 30 days after: the mise en demeure (formal notice), level 3, to pay within 8
     *       days; its wording states the late-payment penalties and the fixed recovery indemnity (L441-10 II and
     *       D441-5 of the Code de commerce) when the {@link ReminderContext} gives the terms.
     * </ol>
     *
     * <p>No step charges a fee: the 40 EUR indemnity is owed per late invoice by law, not per reminder, and is
     * stated, not added. Each template key is the step's key.
     *
     * @return the plan
     */
    public static ReminderPlan frenchDefault() {
        return FRENCH_DEFAULT;
    }

    /**
     * Checks if the plan has no step.
     *
     * @return true if no reminder is ever produced
     */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * Returns the step with a key.
     *
     * @param key the key
     * @return the step, or empty if the plan has none with that key
     */
    public Optional<ReminderStep> step(String key) {
        Objects.requireNonNull(key, "key");
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * Returns the position of the step with a key.
     *
     * @param key the key
     * @return the index in {@link #steps()}
     * @throws ValidationException if the plan has no step with that key ({@code ECH-REMIND-13})
     */
    public int indexOf(String key) {
        Objects.requireNonNull(key, "key");
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key)) {
                return i;
            }
        }
        throw ValidationException.of(
                "ECH-REMIND-13",
                "stepKey",
                "\"" + key + "\" is not a step of the plan "
                        + steps.stream().map(ReminderStep::key).toList());
    }
}
