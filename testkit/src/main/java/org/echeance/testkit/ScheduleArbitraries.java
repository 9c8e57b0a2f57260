package org.echeance.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.echeance.core.recurrence.Frequency;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.recurrence.WeekdayNum;
import org.echeance.scheduling.calendar.DueEntry;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.reminder.ReminderStep;
import org.echeance.scheduling.subscription.BillingPeriod;
import org.echeance.scheduling.subscription.Pause;

/**
 * Generates dates, recurrence rules, billing periods, reminder plans, reminders and due-calendar entries.
 *
 * <p>Dates run from 2020 to 2030 and lean on the days calendars get wrong: two in five are the 28th to the 31st
 * of a month or 29 February, and the edge cases are 31 January, 29 February 2024 and 31 December.
 *
 * <p>Recurrence rules stay inside the subset billing uses (RFC 5545 {@code FREQ}, {@code INTERVAL},
 * {@code BYMONTHDAY} with {@code -1}, {@code BYDAY} with an ordinal, {@code BYMONTH}, {@code COUNT},
 * {@code UNTIL}), always valid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleArbitraries {
    /** The first date generated. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2020, 1, 1);
    /** The last date generated. */
    public static final LocalDate LAST_DATE = LocalDate.of(2030, 12, 31);

    private static final List<String> STEP_KEYS = List.of(
            ReminderPlan.FRIENDLY_NOTICE,
            ReminderPlan.DUE_TODAY,
            ReminderPlan.FIRST_REMINDER,
            ReminderPlan.SECOND_REMINDER,
            ReminderPlan.FORMAL_NOTICE);

    private ScheduleArbitraries() {}

    /**
     * Returns dates from {@link #FIRST_DATE} to {@link #LAST_DATE}, two in five on a month end or a leap day.
     *
     * @return dates
     */
    public static Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(FIRST_DATE.toEpochDay(), LAST_DATE.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(2, monthEnds()))
                .edgeCases(
                        e -> e.add(LocalDate.of(2026, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 31)));
    }

    /**
     * Returns the 28th to the 31st of months from 2020 to 2030 (clamped to the month's length), and 29 February
     * of the leap years.
     *
     * @return month-end dates
     */
    public static Arbitrary<LocalDate> monthEnds() {
        Arbitrary<LocalDate> ends = Combinators.combine(
                        Arbitraries.integers().between(FIRST_DATE.getYear(), LAST_DATE.getYear()),
                        Arbitraries.of(Month.values()),
                        Arbitraries.integers().between(28, 31))
                .as((year, month, day) -> LocalDate.of(year, month, Math.min(day, month.length(Year.isLeap(year)))));
        Arbitrary<LocalDate> leapDays = Arbitraries.of(2020, 2024, 2028).map(year -> LocalDate.of(year, 2, 29));
        return Arbitraries.frequencyOf(Tuple.of(4, ends), Tuple.of(1, leapDays));
    }

    /**
     * Returns recurrence rules of the billing subset: daily, weekly on some days, monthly on a day (the last with
     * {@code -1}) or an ordinal weekday, yearly in a month; with an interval and a count or an end date or none.
     *
     * @return valid recurrence rules
     */
    public static Arbitrary<RecurrenceRule> recurrenceRules() {
        Arbitrary<Integer> intervals = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(1)),
                Tuple.of(3, Arbitraries.integers().between(2, 4)));
        Arbitrary<Integer> monthDays = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 28)), Tuple.of(2, Arbitraries.of(29, 30, 31, -1)));
        Arbitrary<WeekdayNum> ordinalDays = Combinators.combine(
                        Arbitraries.of(1, 2, 3, 4, -1), Arbitraries.of(DayOfWeek.values()))
                .as(WeekdayNum::of);
        Arbitrary<Integer> ends = Arbitraries.integers().between(0, 2);
        return Combinators.combine(
                        Arbitraries.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY),
                        intervals,
                        Arbitraries.integers().between(0, 2),
                        monthDays,
                        ordinalDays,
                        Arbitraries.of(DayOfWeek.values()).set().ofMaxSize(2),
                        ends,
                        Combinators.combine(Arbitraries.integers().between(1, 24), dates())
                                .as(Tuple::of))
                .as((frequency, interval, variant, monthDay, ordinalDay, weekDays, end, count) -> {
                    RecurrenceRule.Builder b = RecurrenceRule.builder(frequency).interval(interval);
                    if (frequency == Frequency.WEEKLY && !weekDays.isEmpty()) {
                        b.byDay(weekDays.stream().sorted().toArray(DayOfWeek[]::new));
                    } else if (frequency == Frequency.MONTHLY && variant == 1) {
                        b.byMonthDay(monthDay);
                    } else if (frequency == Frequency.MONTHLY && variant == 2) {
                        b.byDay(ordinalDay);
                    } else if (frequency == Frequency.YEARLY && variant > 0) {
                        b.byMonth(1 + Math.floorMod(monthDay, 12)).byMonthDay(Math.min(Math.abs(monthDay), 28));
                    }
                    if (end == 1) {
                        b.count(count.get1());
                    } else if (end == 2) {
                        b.until(count.get2());
                    }
                    return b.build();
                });
    }

    /**
     * Returns billing periods {@code [start, end)} of 1 to 400 days.
     *
     * @return billing periods
     */
    public static Arbitrary<BillingPeriod> billingPeriods() {
        return Combinators.combine(dates(), Arbitraries.integers().between(1, 400))
                .as((start, days) -> BillingPeriod.of(start, start.plusDays(days)));
    }

    /**
     * Returns subscription pauses, open-ended or of 1 to 120 days.
     *
     * @return pauses
     */
    public static Arbitrary<Pause> pauses() {
        return Combinators.combine(
                        dates(), Arbitraries.integers().between(1, 120).optional(0.7))
                .as((from, days) -> new Pause(from, days.map(from::plusDays)));
    }

    /**
     * Returns reminder plans of 0 to 5 steps with increasing offsets and levels, some with a fee and a new
     * deadline.
     *
     * @param currency the currency of the fees
     * @return reminder plans
     */
    public static Arbitrary<ReminderPlan> reminderPlans(CurrencyUnit currency) {
        Arbitrary<List<Integer>> gaps =
                Arbitraries.integers().between(1, 30).list().ofMaxSize(STEP_KEYS.size());
        Arbitrary<List<Optional<MonetaryAmount>>> fees = MoneyArbitraries.positiveAmounts(currency, 10_000)
                .optional(0.3)
                .list()
                .ofSize(STEP_KEYS.size());
        Arbitrary<List<Optional<Integer>>> deadlines =
                Arbitraries.integers().between(1, 30).optional(0.3).list().ofSize(STEP_KEYS.size());
        return Combinators.combine(gaps, fees, deadlines, Arbitraries.integers().between(-15, 0))
                .as((g, f, d, start) -> {
                    List<ReminderStep> steps = new ArrayList<>();
                    int offset = start;
                    for (int i = 0; i < g.size(); i++) {
                        steps.add(new ReminderStep(STEP_KEYS.get(i), offset, i, f.get(i), d.get(i), STEP_KEYS.get(i)));
                        offset += g.get(i);
                    }
                    return ReminderPlan.of(steps);
                });
    }

    /**
     * Returns reminders as a reminder engine would send them: a step of a plan, a day after the due date, an
     * amount due, a deadline, a language and a text.
     *
     * @return reminders
     */
    public static Arbitrary<Reminder> reminders() {
        return MoneyArbitraries.currencies()
                .flatMap(currency -> Combinators.combine(
                                dates(),
                                Arbitraries.integers().between(0, 90),
                                MoneyArbitraries.positiveAmounts(currency, 10_000_000),
                                Arbitraries.integers().between(0, STEP_KEYS.size() - 1),
                                MoneyArbitraries.positiveAmounts(currency, 10_000)
                                        .optional(0.3),
                                Arbitraries.of(Locale.FRANCE, Locale.UK),
                                Arbitraries.integers().between(1, 4),
                                Arbitraries.integers().between(1, 30))
                        .as((due, late, amount, step, fee, locale, installment, deadlineDays) -> new Reminder(
                                "seller-1",
                                "C" + (1000 + late),
                                "F-2026-" + (100 + step),
                                installment,
                                STEP_KEYS.get(step),
                                step,
                                due.plusDays(late),
                                due,
                                amount,
                                due.plusDays(late + deadlineDays),
                                late,
                                STEP_KEYS.get(step),
                                locale,
                                fee,
                                "Facture F-2026-" + (100 + step) + " : rappel",
                                "Madame, Monsieur,\n\nsauf erreur de notre part, la facture « F-2026-" + (100 + step)
                                        + " » reste due.\n",
                                STEP_KEYS.subList(0, step))));
    }

    /**
     * Returns entries of a due calendar: an installment of an invoice due on a day, with its open amount.
     *
     * @return due entries
     */
    public static Arbitrary<DueEntry> dueEntries() {
        return MoneyArbitraries.currencies()
                .flatMap(currency -> Combinators.combine(
                                Arbitraries.of("seller-1", "seller-2"),
                                Arbitraries.integers().between(1, 9999),
                                Arbitraries.integers().between(1, 12),
                                dates(),
                                MoneyArbitraries.minorUnits(1, 10_000_000),
                                Arbitraries.integers().between(0, 100))
                        .as((seller, n, installment, due, units, openPercent) -> new DueEntry(
                                seller,
                                "C" + n,
                                "F-" + n,
                                installment,
                                due,
                                MoneyArbitraries.ofMinor(units, currency),
                                MoneyArbitraries.ofMinor(units * openPercent / 100, currency))));
    }
}
