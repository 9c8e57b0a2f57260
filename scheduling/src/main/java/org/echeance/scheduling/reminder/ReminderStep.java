package org.echeance.scheduling.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * One step of a reminder plan: a message sent a number of days before or after an installment's due date.
 *
 * <p>The offset counts days from the due date: {@code -7} is a friendly notice a week before, {@code 0} the due
 * date itself, {@code 15} a reminder fifteen days late. The level says how far the dunning has gone (0 for the
 * courtesy notices before and on the due date, then 1, 2, 3… for the reminders); a plan's levels never go down.
 * A step may add a fee (which the application charges, once, when it sends the reminder) and may give the customer
 * a new deadline, a number of days after the day the reminder is produced; without it the deadline stated is the
 * due date. The template key names the wording in {@link ReminderTemplates}.
 *
 * <p>Steps compare by value; fees follow Moneta's equality ({@code 10 EUR} equals {@code 10.00 EUR}). This class is
 * immutable and thread-safe.
 *
 * @param key the step's key, unique in its plan and stable: the {@link ReminderLog} remembers steps by it
 * @param offsetDays the days from the due date to the day the step is due, negative before the due date
 * @param level the dunning level, 0 for courtesy notices
 * @param fee the fee the reminder adds, if any
 * @param newDeadlineDays the days from the reminder's day to the new deadline it states, if it gives one
 * @param templateKey the key of the wording
 */
public record ReminderStep(
        String key,
        int offsetDays,
        int level,
        Optional<MonetaryAmount> fee,
        Optional<Integer> newDeadlineDays,
        String templateKey) {

    /** The largest offset, before or after the due date, in days: about ten years. */
    public static final int MAX_OFFSET_DAYS = 3660;

    /** The highest level. */
    public static final int MAX_LEVEL = 99;

    /** The longest new deadline, in days. */
    public static final int MAX_NEW_DEADLINE_DAYS = 366;

    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Creates a step, checking every part.
     *
     * @throws NullPointerException if a part is null
     * @throws ValidationException with every broken rule ({@code ECH-REMIND-01} to {@code ECH-REMIND-05})
     */
    public ReminderStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(newDeadlineDays, "newDeadlineDays");
        Objects.requireNonNull(templateKey, "templateKey");
        List<Violation> violations = new ArrayList<>();
        checkKey(violations, "step.key", key);
        checkKey(violations, "step[" + key + "].templateKey", templateKey);
        String path = "step[" + key + "]";
        if (Math.abs(offsetDays) > MAX_OFFSET_DAYS) {
            violations.add(new Violation(
                    "ECH-REMIND-02",
                    path + ".offsetDays",
                    offsetDays + " is not from -" + MAX_OFFSET_DAYS + " to " + MAX_OFFSET_DAYS + " days"));
        }
        if (level < 0 || level > MAX_LEVEL) {
            violations.add(
                    new Violation("ECH-REMIND-03", path + ".level", level + " is not a level from 0 to " + MAX_LEVEL));
        }
        if (fee.isPresent()) {
            BigDecimal value = Amounts.decimal(fee.get());
            if (value.signum() <= 0
                    || !Amounts.hasCurrencyScale(value, fee.get().getCurrency())) {
                violations.add(new Violation(
                        "ECH-REMIND-04",
                        path + ".fee",
                        value.toPlainString() + " " + fee.get().getCurrency().getCurrencyCode()
                                + " is not an amount above zero with at most "
                                + Amounts.minorUnitDigits(fee.get().getCurrency()) + " decimals"));
            }
        }
        if (newDeadlineDays.isPresent()) {
            int days = newDeadlineDays.get();
            if (days < 1 || days > MAX_NEW_DEADLINE_DAYS) {
                violations.add(new Violation(
                        "ECH-REMIND-05",
                        path + ".newDeadlineDays",
                        days + " is not from 1 to " + MAX_NEW_DEADLINE_DAYS + " days"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Returns a step without fee nor new deadline.
     *
     * <p>For example {@code ReminderStep.of("first-reminder", 7, 1, "first-reminder")}.
     *
     * @param key the step's key
     * @param offsetDays the days from the due date, negative before it
     * @param level the dunning level
     * @param templateKey the key of the wording
     * @return the step
     * @throws ValidationException if a part breaks a rule
     */
    public static ReminderStep of(String key, int offsetDays, int level, String templateKey) {
        return new ReminderStep(key, offsetDays, level, Optional.empty(), Optional.empty(), templateKey);
    }

    /**
     * Returns a copy of this step that adds a fee.
     *
     * @param amount the fee, above zero, with at most its currency's decimals
     * @return the step with the fee
     * @throws ValidationException if the fee is not above zero or has too many decimals
     */
    public ReminderStep withFee(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return new ReminderStep(key, offsetDays, level, Optional.of(amount), newDeadlineDays, templateKey);
    }

    /**
     * Returns a copy of this step that gives the customer a new deadline.
     *
     * @param days the days from the reminder's day to the deadline, from 1 to {@link #MAX_NEW_DEADLINE_DAYS}
     * @return the step with the new deadline
     * @throws ValidationException if the days are out of range
     */
    public ReminderStep withNewDeadlineDays(int days) {
        return new ReminderStep(key, offsetDays, level, fee, Optional.of(days), templateKey);
    }

    /**
     * Returns the day this step is due for an installment: its due date plus the offset.
     *
     * @param dueDate the installment's due date
     * @return the day
     */
    public LocalDate dueOn(LocalDate dueDate) {
        Objects.requireNonNull(dueDate, "dueDate");
        return dueDate.plusDays(offsetDays);
    }

    /**
     * Returns the deadline a reminder of this step states: the new deadline counted from the reminder's day, or
     * else the due date.
     *
     * @param dueDate the installment's due date
     * @param reminderDay the day the reminder is produced
     * @return the deadline
     */
    public LocalDate deadline(LocalDate dueDate, LocalDate reminderDay) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(reminderDay, "reminderDay");
        return newDeadlineDays.map(reminderDay::plusDays).orElse(dueDate);
    }

    private static void checkKey(List<Violation> violations, String path, String value) {
        if (!KEY.matcher(value).matches()) {
            violations.add(new Violation(
                    "ECH-REMIND-01",
                    path,
                    "\"" + value + "\" is not a key of letters, digits, '.', '_' or '-' starting with a letter or"
                            + " digit"));
        }
    }
}
