package org.echeance.overdue.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.echeance.scheduling.reminder.ReminderKey;
import org.echeance.scheduling.reminder.ReminderLog;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.reminder.ReminderStep;

/**
 * A dunning policy: levels (reminder 1, reminder 2, formal notice, hand-over…) reached by days late and amount, with
 * the actions each calls for, per open item (installment).
 *
 * <p><b>Built on the reminder plan.</b> The levels of a policy are those of a {@link ReminderPlan}: {@link
 * #fromReminderPlan(ReminderPlan)} makes one level per plan level from 1 up (level 0 is the plan's courtesy notices),
 * reached at the offset of the level's first step, whose key is the level's {@link DunningLevel#reminderStepKey()}.
 * The application sends that step with {@code ReminderEngine.sendNow}, the same code path and the same {@link
 * ReminderLog} as the scheduled reminders, and the level an item has reached is read back from that log ({@link
 * #levelReached}). The policy adds what the plan does not say: amount thresholds, the actions beyond sending a
 * reminder (formal notice, interest, indemnity, hand-over) and the escalation rule.
 *
 * <p><b>Escalation never skips a level</b> unless the policy allows it ({@link #withSkipping(boolean)}): an item
 * at level 1 that is already 40 days late goes to level 2 now, and to level 3 on a later run. With skipping, it goes
 * straight to the highest level it qualifies for (as the reminder engine does on its own schedule) and the decision
 * lists the levels skipped. A level qualifies when the item is at least its {@code minDaysLate} days late and its open
 * amount is at least its minimum amount, if any.
 *
 * <p>The decision is a pure function of the item, the day and the level reached: paying the item clears it (no next
 * level once nothing is open).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param levels the levels, numbered 1, 2, 3… with strictly increasing days late
 * @param skipping true if escalation may jump over levels
 */
public record DunningPolicy(List<DunningLevel> levels, boolean skipping) {
    /**
     * Creates a policy.
     *
     * @throws ValidationException if the levels are not numbered 1, 2, 3… or their days late do not strictly
     *     increase ({@code ECH-OVERDUE-41})
     */
    public DunningPolicy {
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        for (int i = 0; i < levels.size(); i++) {
            DunningLevel level = levels.get(i);
            if (level.level() != i + 1) {
                throw ValidationException.of(
                        "ECH-OVERDUE-41", "levels[" + i + "].level", level.level() + " should be " + (i + 1));
            }
            if (i > 0 && level.minDaysLate() <= levels.get(i - 1).minDaysLate()) {
                throw ValidationException.of(
                        "ECH-OVERDUE-41",
                        "levels[" + i + "].minDaysLate",
                        level.minDaysLate() + " is not after the previous level's "
                                + levels.get(i - 1).minDaysLate());
            }
        }
    }

    /**
     * Returns the policy of a reminder plan: one level per plan level from 1, reached at the offset of its first
     * step, sending that step; the step keyed {@value ReminderPlan#FORMAL_NOTICE} also claims interest and the
     * recovery indemnity. Skipping is not allowed.
     *
     * @param plan the plan, whose levels from 1 on must be 1, 2, 3… without gaps
     * @return the policy
     * @throws ValidationException if the plan's levels have a gap ({@code ECH-OVERDUE-41})
     */
    public static DunningPolicy fromReminderPlan(ReminderPlan plan) {
        Objects.requireNonNull(plan, "plan");
        Map<Integer, ReminderStep> firstByLevel = new LinkedHashMap<>();
        for (ReminderStep step : plan.steps()) {
            if (step.level() >= 1) {
                firstByLevel.putIfAbsent(step.level(), step);
            }
        }
        List<DunningLevel> levels = new ArrayList<>();
        for (ReminderStep step : firstByLevel.values()) {
            List<DunningAction> actions = ReminderPlan.FORMAL_NOTICE.equals(step.key())
                    ? List.of(
                            DunningAction.SEND_FORMAL_NOTICE,
                            DunningAction.CLAIM_INTEREST,
                            DunningAction.CLAIM_RECOVERY_INDEMNITY)
                    : List.of(DunningAction.SEND_REMINDER);
            levels.add(new DunningLevel(
                    step.level(), step.key(), step.offsetDays(), Optional.empty(), actions, Optional.of(step.key())));
        }
        return new DunningPolicy(levels, false);
    }

    /**
     * Returns the French default policy: the levels of {@link ReminderPlan#frenchDefault()} (first reminder at 7
     * days late, second at 15, formal notice at 30 with interest and the 40 EUR indemnity) and a hand-over at 60
     * days late; no skipping.
     *
     * @return the policy
     */
    public static DunningPolicy frenchDefault() {
        return fromReminderPlan(ReminderPlan.frenchDefault()).withHandOver(60);
    }

    /**
     * Returns a copy of this policy with a last level that hands the claim over.
     *
     * @param minDaysLate the days late from which it may be reached, after the last level's
     * @return the policy
     * @throws ValidationException if the days are not after the last level's ({@code ECH-OVERDUE-41})
     */
    public DunningPolicy withHandOver(int minDaysLate) {
        List<DunningLevel> all = new ArrayList<>(levels);
        all.add(new DunningLevel(
                levels.size() + 1,
                "hand-over",
                minDaysLate,
                Optional.empty(),
                List.of(DunningAction.HAND_OVER),
                Optional.empty()));
        return new DunningPolicy(all, skipping);
    }

    /**
     * Returns a copy of this policy with one level replaced, for example to give it a minimum amount.
     *
     * @param level the new level, whose number says which it replaces
     * @return the policy
     */
    public DunningPolicy withLevel(DunningLevel level) {
        Objects.requireNonNull(level, "level");
        List<DunningLevel> all = new ArrayList<>(levels);
        all.set(level.level() - 1, level);
        return new DunningPolicy(all, skipping);
    }

    /**
     * Returns a copy of this policy that allows, or forbids, skipping levels.
     *
     * @param allowed true to let escalation jump to the highest level qualified for
     * @return the policy
     */
    public DunningPolicy withSkipping(boolean allowed) {
        return new DunningPolicy(levels, allowed);
    }

    /**
     * Decides the next level of one open item on a day.
     *
     * @param item the installment
     * @param asOf the day
     * @param currentLevel the level already reached, 0 if none (see {@link #levelReached})
     * @return the decision
     * @throws ValidationException if {@code asOf} is before the issue date ({@code ECH-OVERDUE-10})
     */
    public DunningDecision decide(ReceivableItem item, LocalDate asOf, int currentLevel) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        item.requireIssuedBy(asOf, "asOf");
        BigDecimal open = item.openOn(asOf.toEpochDay());
        long daysLate = open.signum() > 0 ? Math.max(0, asOf.toEpochDay() - item.dueEpochDay()) : 0;
        int qualified = 0;
        for (DunningLevel level : levels) {
            if (qualifies(level, daysLate, Amounts.money(open, item.currency()))) {
                qualified = level.level();
            }
        }
        Optional<DunningLevel> next = Optional.empty();
        List<Integer> skipped = new ArrayList<>();
        if (open.signum() > 0 && qualified > currentLevel) {
            if (skipping) {
                next = Optional.of(levels.get(qualified - 1));
                for (int l = currentLevel + 1; l < qualified; l++) {
                    skipped.add(l);
                }
            } else if (qualifies(levels.get(currentLevel), daysLate, Amounts.money(open, item.currency()))) {
                next = Optional.of(levels.get(currentLevel));
            }
        }
        return new DunningDecision(
                item.invoiceNumber(), item.installmentNumber(), daysLate, currentLevel, qualified, next, skipped);
    }

    /**
     * Returns the level an item has reached, read from the reminder log: the highest level whose reminder step is
     * recorded for the item (sent, or recorded as skipped by the reminder engine, which never goes back).
     *
     * @param log the log the reminders are recorded in
     * @param sellerId the seller
     * @param item the installment
     * @return the level, 0 if none
     */
    public int levelReached(ReminderLog log, String sellerId, ReceivableItem item) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(item, "item");
        int reached = 0;
        for (DunningLevel level : levels) {
            if (level.reminderStepKey().isPresent()
                    && log.isRecorded(new ReminderKey(
                            sellerId,
                            item.customerNumber(),
                            item.invoiceNumber(),
                            item.installmentNumber(),
                            level.reminderStepKey().get()))) {
                reached = level.level();
            }
        }
        return reached;
    }

    private static boolean qualifies(DunningLevel level, long daysLate, MonetaryAmount open) {
        if (daysLate < level.minDaysLate() || daysLate <= 0) {
            return false;
        }
        return level.minimumAmount()
                .map(min ->
                        Amounts.decimal(open).compareTo(Amounts.decimal(min, open.getCurrency(), "minimumAmount")) >= 0)
                .orElse(true);
    }
}
