package org.echeance.core.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.StringJoiner;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.echeance.core.recurrence.internal.OccurrenceIterator;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * A recurrence rule: the RFC 5545 {@code RRULE} subset billing uses, on dates only (no time of day, no time zone).
 *
 * <p>Parts: {@code FREQ} ({@code DAILY}, {@code WEEKLY}, {@code MONTHLY}, {@code YEARLY}), {@code INTERVAL}
 * (default 1), {@code COUNT} or {@code UNTIL} (a {@code DATE}, inclusive), {@code BYDAY} (with ordinals such as
 * {@code 1MO} and {@code -1FR} for {@code MONTHLY} and {@code YEARLY}), {@code BYMONTHDAY} (±1..31),
 * {@code BYMONTH} (1..12), {@code BYYEARDAY} (±1..366, {@code YEARLY} only), {@code BYWEEKNO} (±1..53,
 * {@code YEARLY} only), {@code BYSETPOS} (±1..366, with another {@code BY} part) and {@code WKST} (default
 * {@code MO}). {@link #parse(String)} refuses every other part and every contradiction, naming the part; the
 * rule ids are listed in the {@linkplain org.echeance.core.recurrence package documentation}.
 *
 * <p>A rule is expanded from a start date (RFC 5545 {@code DTSTART}) into an ordered sequence of distinct dates.
 * Expansion is lazy: {@link #iterator(LocalDate)} and {@link #expand(LocalDate)} compute each period when it is
 * asked for, so a rule without {@code COUNT} or {@code UNTIL} (not {@link #isFinite()}) costs nothing until
 * pulled. Every period is computed from the start, never from the previous occurrence: period n of a monthly rule
 * is the start's month plus {@code n × INTERVAL}.
 *
 * <p>Rules of expansion, checked against lib-recur 0.17.1 by a differential property test (which lists the few
 * known differences, all on {@code BYWEEKNO}, {@code BYYEARDAY=-366} and yearly {@code BYSETPOS}):
 *
 * <ul>
 *   <li>The start is the first occurrence when it matches the rule. A start that does not match the rule (for
 *       example a 15 January start for "the first Friday of the month") is neither returned nor counted by
 *       {@code COUNT}; RFC 5545 leaves that case undefined, and lib-recur does the same. Dates of the start's
 *       period that come before the start are never returned.
 *   <li>Information the rule does not give comes from the start: the day of the month for {@code MONTHLY}
 *       without {@code BYDAY} or {@code BYMONTHDAY}; the month and day for {@code YEARLY} without {@code BY}
 *       parts; the day for {@code YEARLY;BYMONTH=…}; the month for {@code YEARLY;BYMONTHDAY=…} without
 *       {@code BYMONTH}, {@code BYWEEKNO} or {@code BYYEARDAY}; the day of the week for {@code WEEKLY} without
 *       {@code BYDAY} and for {@code YEARLY;BYWEEKNO=…} without {@code BYDAY}, {@code BYMONTHDAY} or
 *       {@code BYYEARDAY}.
 *   <li>Within a period, the dates are those that satisfy every {@code BY} part; then {@code BYSETPOS} picks
 *       from them in date order, over the whole period, before the dates that come before the start are dropped.
 *       With {@code BYWEEKNO}, a yearly period is the week-numbering year (weeks start on {@code WKST}; week 1 is
 *       the first with at least four days in the year), so week 1 may begin in December; a week number the year
 *       does not have (53 in a 52-week year) gives nothing; {@code BYYEARDAY} and {@code BYMONTHDAY} still count
 *       in the date's own calendar year and month.
 *   <li>Days that do not exist are skipped in {@link ExpansionMode#RFC_5545} (the default) and moved to the
 *       month's last day in {@link ExpansionMode#BILLING}; see there.
 *   <li>{@code UNTIL} is inclusive; a {@code DATE-TIME} value ({@code 20250131T235959Z}) is reduced to its date
 *       as written, its time ignored, so that an occurrence on that date is included.
 *   <li>A rule that can never produce a date (for example {@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30} in RFC
 *       mode) does not hang: the Gregorian calendar repeats every 400 years (146,097 days, 20,871 weeks, 4,800
 *       months), so when the periods of a whole 400-year cycle are all empty, no later period can have a date,
 *       and the iteration ends. That is at most 400 yearly, 4,800 monthly, 20,871 weekly or 146,097 daily
 *       periods (fewer with an {@code INTERVAL} that shares a factor with them), a few milliseconds.
 *   <li>Expansion ends after 9999-12-31, the last date RFC 5545 can write.
 * </ul>
 *
 * <p>{@link #format()} and {@link #toString()} write the rule in canonical form: {@code FREQ} first, then the
 * other parts in the order of RFC 5545's grammar ({@code UNTIL}, {@code COUNT}, {@code INTERVAL}, {@code BYDAY},
 * {@code BYMONTHDAY}, {@code BYYEARDAY}, {@code BYWEEKNO}, {@code BYMONTH}, {@code BYSETPOS}, {@code WKST}),
 * values in the order given, without the defaults {@code INTERVAL=1} and {@code WKST=MO}; {@code parse} reads it
 * back to an equal rule. Two rules are equal when all their parts are equal, list values in the same order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecurrenceRule {
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int STREAM_CHARACTERISTICS = Spliterator.ORDERED
            | Spliterator.DISTINCT
            | Spliterator.SORTED
            | Spliterator.NONNULL
            | Spliterator.IMMUTABLE;

    private final Frequency frequency;
    private final int interval;
    private final OptionalInt count;
    private final Optional<LocalDate> until;
    private final List<WeekdayNum> byDay;
    private final List<Integer> byMonthDay;
    private final List<Integer> byYearDay;
    private final List<Integer> byWeekNo;
    private final List<Integer> byMonth;
    private final List<Integer> bySetPos;
    private final DayOfWeek weekStart;

    private RecurrenceRule(Builder builder) {
        this.frequency = builder.frequency;
        this.interval = builder.interval;
        this.count = builder.count;
        this.until = builder.until;
        this.byDay = List.copyOf(builder.byDay);
        this.byMonthDay = List.copyOf(builder.byMonthDay);
        this.byYearDay = List.copyOf(builder.byYearDay);
        this.byWeekNo = List.copyOf(builder.byWeekNo);
        this.byMonth = List.copyOf(builder.byMonth);
        this.bySetPos = List.copyOf(builder.bySetPos);
        this.weekStart = builder.weekStart;
    }

    // ---- factories

    /**
     * Returns a builder for a rule of the given frequency, with the defaults {@code INTERVAL=1}, no end and
     * {@code WKST=MO}.
     *
     * @param frequency the frequency
     * @return a new builder
     */
    public static Builder builder(Frequency frequency) {
        return new Builder(Objects.requireNonNull(frequency, "frequency"));
    }

    /**
     * Returns a builder holding the parts of this rule, to derive another rule from it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(frequency);
        builder.interval = interval;
        builder.count = count;
        builder.until = until;
        builder.byDay = byDay;
        builder.byMonthDay = byMonthDay;
        builder.byYearDay = byYearDay;
        builder.byWeekNo = byWeekNo;
        builder.byMonth = byMonth;
        builder.bySetPos = bySetPos;
        builder.weekStart = weekStart;
        return builder;
    }

    /**
     * Returns the rule {@code FREQ=DAILY}: every day from the start.
     *
     * @return the rule
     */
    public static RecurrenceRule daily() {
        return builder(Frequency.DAILY).build();
    }

    /**
     * Returns a weekly rule on the given days of the week, or on the start's day of the week when none is given.
     *
     * <p>For example, {@code weekly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)} is {@code FREQ=WEEKLY;BYDAY=MO,TH}.
     *
     * @param days the days of the week, distinct; none for the start's day of the week
     * @return the rule
     * @throws ValidationException if a day is given twice (ECH-RRULE-03)
     */
    public static RecurrenceRule weekly(DayOfWeek... days) {
        return builder(Frequency.WEEKLY).byDay(days).build();
    }

    /**
     * Returns the rule {@code FREQ=MONTHLY}: every month on the start's day of the month.
     *
     * <p>From a start on the 29th to 31st, months without that day are skipped in
     * {@link ExpansionMode#RFC_5545} and get their last day in {@link ExpansionMode#BILLING}.
     *
     * @return the rule
     */
    public static RecurrenceRule monthly() {
        return builder(Frequency.MONTHLY).build();
    }

    /**
     * Returns a monthly rule on a given day of the month, {@code FREQ=MONTHLY;BYMONTHDAY=day}; -1 is the last day.
     *
     * @param dayOfMonth the day, 1..31 or -31..-1 from the end
     * @return the rule
     * @throws ValidationException if the day is 0 or outside -31..31 (ECH-RRULE-06)
     */
    public static RecurrenceRule monthlyOnDay(int dayOfMonth) {
        return builder(Frequency.MONTHLY).byMonthDay(dayOfMonth).build();
    }

    /**
     * Returns the rule {@code FREQ=YEARLY}: every year on the start's month and day.
     *
     * <p>From a 29 February start, common years are skipped in {@link ExpansionMode#RFC_5545} and get 28 February
     * in {@link ExpansionMode#BILLING}.
     *
     * @return the rule
     */
    public static RecurrenceRule yearly() {
        return builder(Frequency.YEARLY).build();
    }

    /**
     * Reads a rule written as an RFC 5545 {@code RRULE} value, with or without the {@code RRULE:} prefix.
     *
     * <p>Part names and keyword values are read in any case; parts may come in any order. Every problem found is
     * reported at once. For example, {@code parse("FREQ=MONTHLY;BYDAY=1FR;COUNT=10")}.
     *
     * @param text the rule
     * @return the rule
     * @throws ValidationException with every problem found, each naming the part ({@code rrule.BYMONTHDAY}),
     *     the value and the rule id: malformed text (ECH-RRULE-01), an unknown or unsupported part (02), a part
     *     or value given twice (03), {@code FREQ} missing or not date-based (04), a malformed value (05), a value
     *     out of range (06), {@code COUNT} with {@code UNTIL} (07), a part not allowed with the frequency (08), a
     *     {@code BYDAY} ordinal not allowed (09), {@code BYSETPOS} alone (10)
     */
    public static RecurrenceRule parse(String text) {
        Objects.requireNonNull(text, "text");
        return RuleParser.parse(text);
    }

    // ---- copies with one part changed

    /**
     * Returns a copy of this rule with another interval: every {@code interval}th period.
     *
     * @param newInterval the interval, 1 or more
     * @return the rule
     * @throws ValidationException if the interval is below 1 (ECH-RRULE-06)
     */
    public RecurrenceRule withInterval(int newInterval) {
        return toBuilder().interval(newInterval).build();
    }

    /**
     * Returns a copy of this rule that ends after {@code newCount} occurrences.
     *
     * @param newCount the number of occurrences, 1 or more
     * @return the rule
     * @throws ValidationException if the count is below 1 (ECH-RRULE-06) or this rule has {@code UNTIL}
     *     (ECH-RRULE-07)
     */
    public RecurrenceRule withCount(int newCount) {
        return toBuilder().count(newCount).build();
    }

    /**
     * Returns a copy of this rule that ends on a date, inclusive.
     *
     * @param lastDate the last date an occurrence may fall on
     * @return the rule
     * @throws ValidationException if this rule has {@code COUNT} (ECH-RRULE-07)
     */
    public RecurrenceRule withUntil(LocalDate lastDate) {
        return toBuilder().until(lastDate).build();
    }

    // ---- parts

    /**
     * Returns the frequency ({@code FREQ}).
     *
     * @return the frequency
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * Returns the interval ({@code INTERVAL}): the rule applies to every nth period; 1 by default.
     *
     * @return the interval, 1 or more
     */
    public int interval() {
        return interval;
    }

    /**
     * Returns the number of occurrences after which the rule ends ({@code COUNT}), if it has one.
     *
     * @return the count, 1 or more, or empty
     */
    public OptionalInt count() {
        return count;
    }

    /**
     * Returns the last date an occurrence may fall on ({@code UNTIL}, inclusive), if the rule has one.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> until() {
        return until;
    }

    /**
     * Returns the days of the week ({@code BYDAY}), with their ordinals.
     *
     * @return the entries in the order given, possibly empty
     */
    public List<WeekdayNum> byDay() {
        return byDay;
    }

    /**
     * Returns the days of the month ({@code BYMONTHDAY}), negative from the end (-1 is the last day).
     *
     * @return the days in the order given, possibly empty
     */
    public List<Integer> byMonthDay() {
        return byMonthDay;
    }

    /**
     * Returns the days of the year ({@code BYYEARDAY}), negative from the end.
     *
     * @return the days in the order given, possibly empty
     */
    public List<Integer> byYearDay() {
        return byYearDay;
    }

    /**
     * Returns the week numbers ({@code BYWEEKNO}), negative from the end of the week-numbering year.
     *
     * @return the week numbers in the order given, possibly empty
     */
    public List<Integer> byWeekNo() {
        return byWeekNo;
    }

    /**
     * Returns the months ({@code BYMONTH}), 1 for January to 12 for December.
     *
     * @return the months in the order given, possibly empty
     */
    public List<Integer> byMonth() {
        return byMonth;
    }

    /**
     * Returns the positions picked in each period's set of dates ({@code BYSETPOS}), negative from the end.
     *
     * @return the positions in the order given, possibly empty
     */
    public List<Integer> bySetPos() {
        return bySetPos;
    }

    /**
     * Returns the first day of the week ({@code WKST}), which decides where weekly periods and week numbers
     * start; Monday by default.
     *
     * @return the day
     */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    /**
     * Checks if the rule ends, that is has {@code COUNT} or {@code UNTIL}.
     *
     * <p>A rule that is not finite may still produce no date at all, or none after some date (see the class
     * documentation); its expansion then ends as well.
     *
     * @return true with {@code COUNT} or {@code UNTIL}
     */
    public boolean isFinite() {
        return count.isPresent() || until.isPresent();
    }

    // ---- expansion

    /**
     * Returns an iterator over the occurrences from a start date, in {@link ExpansionMode#RFC_5545}.
     *
     * @param start the start date (RFC 5545 {@code DTSTART})
     * @return a new iterator, in increasing date order, computing each period when asked
     * @throws IllegalArgumentException if the start is before the year 1 or after 9999-12-31
     */
    public Iterator<LocalDate> iterator(LocalDate start) {
        return iterator(start, ExpansionMode.RFC_5545);
    }

    /**
     * Returns an iterator over the occurrences from a start date.
     *
     * @param start the start date (RFC 5545 {@code DTSTART})
     * @param mode how days a month does not have are treated
     * @return a new iterator, in increasing date order, computing each period when asked
     * @throws IllegalArgumentException if the start is before the year 1 or after 9999-12-31
     */
    public Iterator<LocalDate> iterator(LocalDate start, ExpansionMode mode) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(mode, "mode");
        return OccurrenceIterator.of(this, start, mode);
    }

    /**
     * Returns the occurrences from a start date as a lazy stream, in {@link ExpansionMode#RFC_5545}.
     *
     * <p>The stream is infinite when the rule is not {@linkplain #isFinite() finite}: limit it, for example
     * {@code rule.expand(start).limit(12)}, or use {@link #between(LocalDate, LocalDate, LocalDate)}.
     *
     * @param start the start date (RFC 5545 {@code DTSTART})
     * @return the occurrences, ordered, distinct and sorted
     * @throws IllegalArgumentException if the start is before the year 1 or after 9999-12-31
     */
    public Stream<LocalDate> expand(LocalDate start) {
        return expand(start, ExpansionMode.RFC_5545);
    }

    /**
     * Returns the occurrences from a start date as a lazy stream.
     *
     * @param start the start date (RFC 5545 {@code DTSTART})
     * @param mode how days a month does not have are treated
     * @return the occurrences, ordered, distinct and sorted; infinite when the rule is not finite
     * @throws IllegalArgumentException if the start is before the year 1 or after 9999-12-31
     */
    public Stream<LocalDate> expand(LocalDate start, ExpansionMode mode) {
        return stream(iterator(start, mode));
    }

    /**
     * Returns the first occurrences from a start date, in {@link ExpansionMode#RFC_5545}.
     *
     * @param start the start date (RFC 5545 {@code DTSTART})
     * @param limit the most occurrences to return
     * @return up to {@code limit} occurrences, fewer if the rule ends before
     * @throws IllegalArgumentException if the limit is negative, or the start is before the year 1 or after
     *     9999-12-31
     */
    public List<LocalDate> first(LocalDate start, int limit) {
        return first(start, limit, ExpansionMode.RFC_5545);
    }

    /**
     * Returns the first occurrences from a start date.
     *
     * @param start the start date (RFC 5545 {@code DTSTART})
     * @param limit the most occurrences to return
     * @param mode how days a month does not have are treated
     * @return up to {@code limit} occurrences, fewer if the rule ends before
     * @throws IllegalArgumentException if the limit is negative, or the start is before the year 1 or after
     *     9999-12-31
     */
    public List<LocalDate> first(LocalDate start, int limit, ExpansionMode mode) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit: " + limit + " is negative");
        }
        Iterator<LocalDate> occurrences = iterator(start, mode);
        List<LocalDate> result = new ArrayList<>(Math.min(limit, 1024));
        while (result.size() < limit && occurrences.hasNext()) {
            result.add(occurrences.next());
        }
        return List.copyOf(result);
    }

    /**
     * Returns the occurrences from a start date that fall in the half-open range {@code [fromInclusive,
     * toExclusive)}, in {@link ExpansionMode#RFC_5545}.
     *
     * @param start the start date (RFC 5545 {@code DTSTART}); {@code COUNT} counts from it
     * @param fromInclusive the first date of the range
     * @param toExclusive the day after the last date of the range
     * @return the occurrences in the range, in increasing order; empty if the range is empty
     * @throws IllegalArgumentException if the start is before the year 1 or after 9999-12-31
     */
    public List<LocalDate> between(LocalDate start, LocalDate fromInclusive, LocalDate toExclusive) {
        return between(start, fromInclusive, toExclusive, ExpansionMode.RFC_5545);
    }

    /**
     * Returns the occurrences from a start date that fall in the half-open range {@code [fromInclusive,
     * toExclusive)}.
     *
     * <p>Without {@code COUNT}, the periods before the range are skipped without being computed.
     *
     * @param start the start date (RFC 5545 {@code DTSTART}); {@code COUNT} counts from it
     * @param fromInclusive the first date of the range
     * @param toExclusive the day after the last date of the range
     * @param mode how days a month does not have are treated
     * @return the occurrences in the range, in increasing order; empty if the range is empty
     * @throws IllegalArgumentException if the start is before the year 1 or after 9999-12-31
     */
    public List<LocalDate> between(
            LocalDate start, LocalDate fromInclusive, LocalDate toExclusive, ExpansionMode mode) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        Objects.requireNonNull(mode, "mode");
        List<LocalDate> result = new ArrayList<>();
        OccurrenceIterator.within(this, start, mode, fromInclusive, toExclusive).forEachRemaining(result::add);
        return List.copyOf(result);
    }

    // ---- text

    /**
     * Returns the rule as an RFC 5545 {@code RRULE} value in canonical form, without the {@code RRULE:} prefix.
     *
     * <p>For example, {@code FREQ=MONTHLY;COUNT=10;BYDAY=1FR}.
     *
     * @return the text, which {@link #parse(String)} reads back to an equal rule
     */
    public String format() {
        StringJoiner parts = new StringJoiner(";");
        parts.add("FREQ=" + frequency.name());
        until.ifPresent(date -> parts.add("UNTIL=" + BASIC_DATE.format(date)));
        count.ifPresent(value -> parts.add("COUNT=" + value));
        if (interval != 1) {
            parts.add("INTERVAL=" + interval);
        }
        addList(parts, "BYDAY", byDay);
        addList(parts, "BYMONTHDAY", byMonthDay);
        addList(parts, "BYYEARDAY", byYearDay);
        addList(parts, "BYWEEKNO", byWeekNo);
        addList(parts, "BYMONTH", byMonth);
        addList(parts, "BYSETPOS", bySetPos);
        if (weekStart != DayOfWeek.MONDAY) {
            parts.add("WKST=" + WeekdayNum.code(weekStart));
        }
        return parts.toString();
    }

    /**
     * Returns the rule in canonical form, as {@link #format()} does.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return format();
    }

    /**
     * Checks if another object is a rule with the same parts, list values in the same order.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RecurrenceRule)) {
            return false;
        }
        RecurrenceRule that = (RecurrenceRule) other;
        return frequency == that.frequency
                && interval == that.interval
                && count.equals(that.count)
                && until.equals(that.until)
                && byDay.equals(that.byDay)
                && byMonthDay.equals(that.byMonthDay)
                && byYearDay.equals(that.byYearDay)
                && byWeekNo.equals(that.byWeekNo)
                && byMonth.equals(that.byMonth)
                && bySetPos.equals(that.bySetPos)
                && weekStart == that.weekStart;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                frequency,
                interval,
                count,
                until,
                byDay,
                byMonthDay,
                byYearDay,
                byWeekNo,
                byMonth,
                bySetPos,
                weekStart);
    }

    private static void addList(StringJoiner parts, String name, List<?> values) {
        if (!values.isEmpty()) {
            StringJoiner list = new StringJoiner(",", name + "=", "");
            values.forEach(value -> list.add(value.toString()));
            parts.add(list.toString());
        }
    }

    private static Stream<LocalDate> stream(Iterator<LocalDate> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, STREAM_CHARACTERISTICS), false);
    }

    /**
     * Builds a {@link RecurrenceRule}, checking every part at once when it is built. Each setter replaces what
     * was set before for its part. A builder is not thread-safe; the rule it builds is.
     */
    public static final class Builder {
        final Frequency frequency;
        int interval = 1;
        OptionalInt count = OptionalInt.empty();
        Optional<LocalDate> until = Optional.empty();
        List<WeekdayNum> byDay = List.of();
        List<Integer> byMonthDay = List.of();
        List<Integer> byYearDay = List.of();
        List<Integer> byWeekNo = List.of();
        List<Integer> byMonth = List.of();
        List<Integer> bySetPos = List.of();
        DayOfWeek weekStart = DayOfWeek.MONDAY;

        /** Creates a builder; the frequency is null only while the parser reads a rule without one. */
        Builder(Frequency frequency) {
            this.frequency = frequency;
        }

        /**
         * Sets the interval ({@code INTERVAL}): the rule applies to every nth period.
         *
         * @param value the interval, 1 or more
         * @return this builder
         */
        public Builder interval(int value) {
            this.interval = value;
            return this;
        }

        /**
         * Sets the number of occurrences ({@code COUNT}) after which the rule ends.
         *
         * @param value the count, 1 or more
         * @return this builder
         */
        public Builder count(int value) {
            this.count = OptionalInt.of(value);
            return this;
        }

        /**
         * Sets the last date an occurrence may fall on ({@code UNTIL}, inclusive).
         *
         * @param date the date
         * @return this builder
         */
        public Builder until(LocalDate date) {
            this.until = Optional.of(Objects.requireNonNull(date, "until"));
            return this;
        }

        /**
         * Sets the days of the week ({@code BYDAY}), with ordinals where wanted.
         *
         * @param days the entries, for example {@code WeekdayNum.of(-1, DayOfWeek.FRIDAY)}
         * @return this builder
         */
        public Builder byDay(WeekdayNum... days) {
            this.byDay = List.of(days);
            return this;
        }

        /**
         * Sets the days of the week ({@code BYDAY}), without ordinals.
         *
         * @param days the days of the week
         * @return this builder
         */
        public Builder byDay(DayOfWeek... days) {
            List<WeekdayNum> entries = new ArrayList<>();
            for (DayOfWeek day : days) {
                entries.add(WeekdayNum.of(day));
            }
            this.byDay = List.copyOf(entries);
            return this;
        }

        /**
         * Sets the days of the month ({@code BYMONTHDAY}), 1..31 or -31..-1 from the end.
         *
         * @param days the days
         * @return this builder
         */
        public Builder byMonthDay(int... days) {
            this.byMonthDay = boxed(days);
            return this;
        }

        /**
         * Sets the days of the year ({@code BYYEARDAY}), 1..366 or -366..-1 from the end.
         *
         * @param days the days
         * @return this builder
         */
        public Builder byYearDay(int... days) {
            this.byYearDay = boxed(days);
            return this;
        }

        /**
         * Sets the week numbers ({@code BYWEEKNO}), 1..53 or -53..-1 from the end; yearly rules only.
         *
         * @param weeks the week numbers
         * @return this builder
         */
        public Builder byWeekNo(int... weeks) {
            this.byWeekNo = boxed(weeks);
            return this;
        }

        /**
         * Sets the months ({@code BYMONTH}), 1 for January to 12 for December.
         *
         * @param months the months
         * @return this builder
         */
        public Builder byMonth(int... months) {
            this.byMonth = boxed(months);
            return this;
        }

        /**
         * Sets the positions to pick in each period's set of dates ({@code BYSETPOS}), 1..366 or -366..-1 from
         * the end.
         *
         * @param positions the positions
         * @return this builder
         */
        public Builder bySetPos(int... positions) {
            this.bySetPos = boxed(positions);
            return this;
        }

        /**
         * Sets the first day of the week ({@code WKST}).
         *
         * @param day the day
         * @return this builder
         */
        public Builder weekStart(DayOfWeek day) {
            this.weekStart = Objects.requireNonNull(day, "weekStart");
            return this;
        }

        /**
         * Builds the rule after checking every part.
         *
         * @return the rule
         * @throws ValidationException with every problem found, each naming the part and the value: a value out of
         *     range (ECH-RRULE-06), a value given twice (03), {@code COUNT} with {@code UNTIL} (07), a part not
         *     allowed with the frequency (08), a {@code BYDAY} ordinal not allowed (09), {@code BYSETPOS} alone
         *     (10)
         */
        public RecurrenceRule build() {
            List<Violation> violations = RuleChecks.check(this);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return new RecurrenceRule(this);
        }

        private static List<Integer> boxed(int... values) {
            List<Integer> list = new ArrayList<>(values.length);
            for (int value : values) {
                list.add(value);
            }
            return List.copyOf(list);
        }
    }
}
