package org.echeance.core.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of recurrence rules and start dates, in one place for the recurrence properties.
 *
 * <p>Rules are always valid: parts a frequency does not allow are dropped, ordinals are brought into the range
 * their scope allows, and {@code BYSETPOS} is kept only with another {@code BY} part. Start dates lean on the
 * days that matter for month ends: the 28th to the 31st and 29 February.
 */
final class RecurrenceArbitraries {
    static final LocalDate FIRST_START = LocalDate.of(2020, 1, 1);
    static final LocalDate LAST_START = LocalDate.of(2030, 12, 31);

    private RecurrenceArbitraries() {}

    /** Where a generated rule ends: never, after a count, or on a date given as days from the start. */
    record End(int kind, int value) {
        static final int NONE = 0;
        static final int COUNT = 1;
        static final int UNTIL = 2;
    }

    /** The frequency-independent part of a generated rule. */
    record Head(Frequency frequency, int interval, End end, DayOfWeek weekStart) {}

    /** The BY parts of a generated rule, before they are fitted to the frequency. */
    record ByParts(
            List<WeekdayNum> byDay,
            List<Integer> byMonthDay,
            List<Integer> byMonth,
            List<Integer> byYearDay,
            List<Integer> byWeekNo,
            List<Integer> bySetPos) {}

    /** A rule and the start date it is expanded from. */
    record RuleAndStart(RecurrenceRule rule, LocalDate start) {
        @Override
        public String toString() {
            return "DTSTART " + start + ", RRULE " + rule;
        }
    }

    /** Returns start dates from 2020 to 2030, two in five of them on the 28th to 31st or on 29 February. */
    static Arbitrary<LocalDate> starts() {
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(FIRST_START.toEpochDay(), LAST_START.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> monthEnd = Combinators.combine(
                        Arbitraries.integers().between(FIRST_START.getYear(), LAST_START.getYear()),
                        Arbitraries.of(Month.values()),
                        Arbitraries.integers().between(28, 31))
                .as((year, month, day) -> LocalDate.of(year, month, Math.min(day, month.length(Year.isLeap(year)))));
        Arbitrary<LocalDate> leapDay = Arbitraries.of(2020, 2024, 2028).map(year -> LocalDate.of(year, 2, 29));
        return Arbitraries.frequencyOf(Tuple.of(6, any), Tuple.of(3, monthEnd), Tuple.of(1, leapDay));
    }

    /** Returns valid rules over the whole supported subset, each frequency about as often. */
    static Arbitrary<RecurrenceRule> rules() {
        return Combinators.combine(heads(), byParts()).as((head, parts) -> fit(head, parts, LocalDate.of(2025, 1, 1)));
    }

    /** Returns (rule, start) pairs; an UNTIL falls from 40 days before to 4,000 days after the start. */
    static Arbitrary<RuleAndStart> rulesAndStarts() {
        return Combinators.combine(heads(), byParts(), starts())
                .as((head, parts, start) -> new RuleAndStart(fit(head, parts, start), start));
    }

    private static Arbitrary<Head> heads() {
        return Combinators.combine(Arbitraries.of(Frequency.values()), intervals(), ends(), weekStarts())
                .as(Head::new);
    }

    private static Arbitrary<ByParts> byParts() {
        return Combinators.combine(
                        maybe(byDayEntries()),
                        maybe(monthDays(), 3),
                        maybe(Arbitraries.integers().between(1, 12), 3),
                        maybe(Arbitraries.integers().between(-366, 366).filter(value -> value != 0), 3),
                        maybe(weekNumbers(), 2),
                        maybe(setPositions(), 2))
                .as(ByParts::new);
    }

    /** Returns week numbers for {@code BYWEEKNO}, leaning on the weeks at the ends of the year. */
    private static Arbitrary<Integer> weekNumbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-53, 53).filter(value -> value != 0)),
                Tuple.of(1, Arbitraries.of(1, 2, -1, 51, 52, 53, -53)));
    }

    /** Returns days of the month for {@code BYMONTHDAY}, leaning on the month-end days. */
    private static Arbitrary<Integer> monthDays() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-31, 31).filter(value -> value != 0)),
                Tuple.of(2, Arbitraries.of(28, 29, 30, 31, -1, -2)));
    }

    private static Arbitrary<Integer> setPositions() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(-5, 5).filter(value -> value != 0)),
                Tuple.of(1, Arbitraries.integers().between(-366, 366).filter(value -> value != 0)));
    }

    private static Arbitrary<Integer> intervals() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(1)),
                Tuple.of(3, Arbitraries.integers().between(2, 4)),
                Tuple.of(1, Arbitraries.integers().between(5, 13)));
    }

    private static Arbitrary<End> ends() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(new End(End.NONE, 0))),
                Tuple.of(2, Arbitraries.integers().between(1, 30).map(count -> new End(End.COUNT, count))),
                Tuple.of(2, untilOffsets().map(days -> new End(End.UNTIL, days))));
    }

    /** Returns days from the start to UNTIL: now and then before the start, mostly up to 11 years after. */
    private static Arbitrary<Integer> untilOffsets() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(-40, -1)),
                Tuple.of(9, Arbitraries.integers().between(0, 4_000)));
    }

    private static Arbitrary<DayOfWeek> weekStarts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(DayOfWeek.MONDAY)), Tuple.of(1, Arbitraries.of(DayOfWeek.values())));
    }

    private static Arbitrary<WeekdayNum> byDayEntries() {
        Arbitrary<Integer> ordinals = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(-5, 5)),
                Tuple.of(1, Arbitraries.integers().between(-53, 53)));
        return Combinators.combine(ordinals, Arbitraries.of(DayOfWeek.values())).as(WeekdayNum::new);
    }

    private static <T> Arbitrary<List<T>> maybe(Arbitrary<T> values) {
        return maybe(values, 1);
    }

    /** Returns an empty list {@code absentWeight} times out of {@code absentWeight + 1}, else 1 to 4 values. */
    private static <T> Arbitrary<List<T>> maybe(Arbitrary<T> values, int absentWeight) {
        return Arbitraries.frequencyOf(
                Tuple.of(absentWeight, Arbitraries.just(List.<T>of())),
                Tuple.of(1, values.list().ofMinSize(1).ofMaxSize(4)));
    }

    /** Builds a valid rule from generated parts, dropping or adjusting what the frequency does not allow. */
    private static RecurrenceRule fit(Head head, ByParts parts, LocalDate start) {
        Frequency frequency = head.frequency();
        boolean yearly = frequency == Frequency.YEARLY;
        List<Integer> byWeekNo = yearly ? distinct(parts.byWeekNo()) : List.of();
        List<Integer> byYearDay = yearly ? distinct(parts.byYearDay()) : List.of();
        List<Integer> byMonthDay = frequency == Frequency.WEEKLY ? List.of() : distinct(parts.byMonthDay());
        List<Integer> byMonth = distinct(parts.byMonth());
        boolean monthScope = frequency == Frequency.MONTHLY || (yearly && !byMonth.isEmpty());
        boolean ordinalsAllowed = (frequency == Frequency.MONTHLY || yearly) && byWeekNo.isEmpty();
        List<WeekdayNum> byDay = new ArrayList<>();
        for (WeekdayNum day : parts.byDay()) {
            int ordinal = ordinalsAllowed ? day.ordinal() : 0;
            if (monthScope && Math.abs(ordinal) > 5) {
                ordinal = Integer.signum(ordinal) * ((Math.abs(ordinal) - 1) % 5 + 1);
            }
            WeekdayNum fitted = WeekdayNum.of(ordinal, day.dayOfWeek());
            if (!byDay.contains(fitted)) {
                byDay.add(fitted);
            }
        }
        boolean otherByPart = !byDay.isEmpty()
                || !byMonthDay.isEmpty()
                || !byMonth.isEmpty()
                || !byYearDay.isEmpty()
                || !byWeekNo.isEmpty();
        List<Integer> bySetPos = otherByPart ? distinct(parts.bySetPos()) : List.of();
        RecurrenceRule.Builder builder = RecurrenceRule.builder(frequency)
                .interval(head.interval())
                .weekStart(head.weekStart())
                .byDay(byDay.toArray(new WeekdayNum[0]))
                .byMonthDay(ints(byMonthDay))
                .byMonth(ints(byMonth))
                .byYearDay(ints(byYearDay))
                .byWeekNo(ints(byWeekNo))
                .bySetPos(ints(bySetPos));
        if (head.end().kind() == End.COUNT) {
            builder.count(head.end().value());
        } else if (head.end().kind() == End.UNTIL) {
            builder.until(start.plusDays(head.end().value()));
        }
        return builder.build();
    }

    private static List<Integer> distinct(List<Integer> values) {
        Set<Integer> set = new LinkedHashSet<>(values);
        return List.copyOf(set);
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
