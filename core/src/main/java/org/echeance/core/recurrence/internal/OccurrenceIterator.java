package org.echeance.core.recurrence.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.Frequency;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.recurrence.WeekdayNum;

/**
 * Expands a recurrence rule period by period, each period computed from the start (period n is the start's
 * period plus {@code n × INTERVAL}), never from the previous occurrence.
 *
 * <p>For each period the iterator lists the candidate days the most selective {@code BY} part gives (the days of
 * the listed weeks, year days, month days, or every day of the period), keeps those that satisfy every
 * {@code BY} part, sorts them, applies {@code BYSETPOS}, then returns those on or after the start, counting them
 * for {@code COUNT} and stopping after {@code UNTIL}. Dates are handled as numbers with the year, month and day in
 * bit fields, which sort as the dates do.
 *
 * <p>Termination: the Gregorian calendar repeats after 400 years, which is 146,097 days, 20,871 weeks and 4,800
 * months. Periods {@code n} and {@code n + cycle / gcd(cycle, INTERVAL)} are the same days shifted by a whole
 * number of 400-year cycles, so they hold the same dates shifted likewise. When that many periods in a row are
 * empty, every later period is empty too, and the iteration ends. It also ends after 9999-12-31.
 *
 * <p>Not API. An iterator is not thread-safe.
 */
public final class OccurrenceIterator implements Iterator<LocalDate> {
    /** The last date RFC 5545 can write: four-digit years. */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private static final long LAST_EPOCH_DAY = LAST_DATE.toEpochDay();
    private static final long LAST_PROLEPTIC_MONTH = LAST_DATE.getYear() * 12L + 11;
    private static final int DAYS_PER_CYCLE = 146_097;
    private static final int WEEKS_PER_CYCLE = 20_871;
    private static final int MONTHS_PER_CYCLE = 4_800;
    private static final int YEARS_PER_CYCLE = 400;
    private static final int DAYS_PER_WEEK = 7;
    /** Dates computed ahead, at least, when periods are expanded: fewer calls for rules with few dates a period. */
    private static final int BATCH = 32;

    private static final int YEAR_SHIFT = 9;
    private static final int MONTH_SHIFT = 5;
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private final Frequency frequency;
    private final boolean billing;
    private final DayOfWeek weekStart;
    /** Dates before it are not part of the expansion: neither returned nor counted. */
    private final long startKey;
    /** Dates before it are counted but not returned. */
    private final long returnFromKey;
    /** Dates after it end the iteration. */
    private final long lastKey;
    /** The same date as an epoch day, for daily, weekly and week-numbered periods. */
    private final long lastEpochDay;

    private final long countLimit;
    /** The unit (day, month or year) of period 0: days for daily and weekly rules, months, years. */
    private final long base;
    /** Units between two periods. */
    private final long step;

    private final long maxEmptyPeriods;

    /** Months allowed, indexed 1..12; null for any month. */
    private final boolean[] months;
    /** Whether BYDAY ordinals count within the month (else within the year). */
    private final boolean monthScope;

    private final int[] monthDays;
    private final int[] yearDays;
    private final int[] weekNos;
    private final int[] setPositions;
    private final boolean hasByDay;
    /** Whether BYDAY without ordinals is the only check a day needs (besides BYWEEKNO). */
    private final boolean weekdaysOnly;
    /** Whether each month gives at most one day, BYMONTHDAY's only value, with nothing else to check. */
    private final boolean singleMonthDay;
    /** The only month of a yearly rule, or 0. */
    private final int singleMonth;
    /** Bit {@code 1 << dayOfWeek} for each BYDAY entry without an ordinal. */
    private final int everyWeekdayMask;

    private final int[] ordinalDays;
    private final int[] ordinals;
    /** Every BYDAY entry: its day of the week (1 for Monday) and its ordinal (0 for none). */
    private final int[] byDayOfWeek;

    private final int[] byDayOrdinal;

    /** The month being expanded or checked, as numbers. */
    private int monthYear = Integer.MIN_VALUE;

    private int monthValue;
    private int monthLength;
    private int yearLength;
    private int monthFirstDayOfYear;
    private int monthFirstDayOfWeek;
    /** The last day a daily rule was checked on, to step from it. */
    private long dailyEpochDay = Long.MIN_VALUE / 2;

    private int dailyYear;
    private int dailyMonth;
    private int dailyDay;
    private int januaryFirstYear = Integer.MIN_VALUE;
    private long januaryFirstEpochDay;

    private long period;
    private long emitted;
    private long emptyRun;
    private long[] buffer = new long[64];
    private int size;
    private int position;
    private boolean exhausted;
    /** Whether every period has been expanded; what the buffer holds may still be returned. */
    private boolean noMorePeriods;
    /** Scratch space for the dates BYSETPOS picks. */
    private final long[] picked;

    private OccurrenceIterator(
            RecurrenceRule rule, LocalDate start, ExpansionMode mode, LocalDate from, LocalDate toExclusive) {
        if (start.getYear() < 1 || start.isAfter(LAST_DATE)) {
            throw new IllegalArgumentException(
                    "start: " + start + " is outside the years 1 to 9999 a recurrence can be written in");
        }
        this.frequency = rule.frequency();
        this.billing = mode == ExpansionMode.BILLING;
        this.weekStart = rule.weekStart();
        long startEpochDay = start.toEpochDay();
        long returnFromEpochDay = Math.max(startEpochDay, from.toEpochDay());
        long last = Math.min(LAST_EPOCH_DAY, toExclusive.toEpochDay() - 1);
        if (rule.until().isPresent()) {
            last = Math.min(last, rule.until().get().toEpochDay());
        }
        this.lastEpochDay = last;
        this.startKey = key(start);
        this.returnFromKey =
                returnFromEpochDay > LAST_EPOCH_DAY ? Long.MAX_VALUE : key(LocalDate.ofEpochDay(returnFromEpochDay));
        this.lastKey = last < startEpochDay ? Long.MIN_VALUE : key(LocalDate.ofEpochDay(last));
        this.countLimit = rule.count().isPresent() ? rule.count().getAsInt() : Long.MAX_VALUE;
        int interval = rule.interval();
        switch (frequency) {
            case DAILY:
                base = startEpochDay;
                step = interval;
                maxEmptyPeriods = DAYS_PER_CYCLE / gcd(DAYS_PER_CYCLE, interval);
                break;
            case WEEKLY:
                base = start.with(TemporalAdjusters.previousOrSame(weekStart)).toEpochDay();
                step = (long) DAYS_PER_WEEK * interval;
                maxEmptyPeriods = WEEKS_PER_CYCLE / gcd(WEEKS_PER_CYCLE, interval);
                break;
            case MONTHLY:
                base = prolepticMonth(start);
                step = interval;
                maxEmptyPeriods = MONTHS_PER_CYCLE / gcd(MONTHS_PER_CYCLE, interval);
                break;
            default:
                base = start.getYear();
                step = interval;
                maxEmptyPeriods = YEARS_PER_CYCLE / gcd(YEARS_PER_CYCLE, interval);
                break;
        }

        // The BY parts, with what the rule leaves out taken from the start (RFC 5545 section 3.3.10).
        boolean[] monthSet = monthSet(rule.byMonth());
        int[] monthDayValues = toArray(rule.byMonthDay());
        List<WeekdayNum> byDay = rule.byDay();
        boolean noDayPart =
                rule.byWeekNo().isEmpty() && rule.byYearDay().isEmpty() && monthDayValues == null && byDay.isEmpty();
        if (frequency == Frequency.YEARLY) {
            if (noDayPart) {
                monthDayValues = new int[] {start.getDayOfMonth()};
                if (monthSet == null) {
                    monthSet = monthSet(List.of(start.getMonthValue()));
                }
            } else if (!rule.byWeekNo().isEmpty()
                    && rule.byYearDay().isEmpty()
                    && monthDayValues == null
                    && byDay.isEmpty()) {
                byDay = List.of(WeekdayNum.of(start.getDayOfWeek()));
            } else if (monthDayValues != null
                    && monthSet == null
                    && rule.byWeekNo().isEmpty()
                    && rule.byYearDay().isEmpty()) {
                monthSet = monthSet(List.of(start.getMonthValue()));
            }
        } else if (frequency == Frequency.MONTHLY && monthDayValues == null && byDay.isEmpty()) {
            monthDayValues = new int[] {start.getDayOfMonth()};
        } else if (frequency == Frequency.WEEKLY && byDay.isEmpty()) {
            byDay = List.of(WeekdayNum.of(start.getDayOfWeek()));
        }
        this.months = monthSet;
        this.monthScope = frequency == Frequency.MONTHLY || !rule.byMonth().isEmpty();
        this.monthDays = monthDayValues;
        this.yearDays = toArray(rule.byYearDay());
        this.weekNos = toArray(rule.byWeekNo());
        this.setPositions = toArray(rule.bySetPos());
        this.picked = setPositions == null ? null : new long[setPositions.length];
        this.hasByDay = !byDay.isEmpty();
        int mask = 0;
        int withOrdinal = 0;
        for (WeekdayNum day : byDay) {
            if (day.hasOrdinal()) {
                withOrdinal++;
            } else {
                mask |= 1 << day.dayOfWeek().getValue();
            }
        }
        this.everyWeekdayMask = mask;
        this.weekdaysOnly = months == null && monthDays == null && yearDays == null && withOrdinal == 0;
        this.singleMonthDay = monthDays != null
                && monthDays.length == 1
                && yearDays == null
                && weekNos == null
                && !hasByDay
                && setPositions == null;
        this.singleMonth = rule.byMonth().size() == 1
                ? rule.byMonth().get(0)
                : monthSet != null && rule.byMonth().isEmpty() ? start.getMonthValue() : 0;
        this.ordinalDays = new int[withOrdinal];
        this.ordinals = new int[withOrdinal];
        this.byDayOfWeek = new int[byDay.size()];
        this.byDayOrdinal = new int[byDay.size()];
        int i = 0;
        int entry = 0;
        for (WeekdayNum day : byDay) {
            byDayOfWeek[entry] = day.dayOfWeek().getValue();
            byDayOrdinal[entry++] = day.ordinal();
            if (day.hasOrdinal()) {
                ordinalDays[i] = day.dayOfWeek().getValue();
                ordinals[i++] = day.ordinal();
            }
        }

        if (returnFromEpochDay > last) {
            exhausted = true;
        } else if (countLimit == Long.MAX_VALUE && returnFromEpochDay > startEpochDay) {
            // Without COUNT, the periods before the range change nothing: skip them, keeping one before for the
            // yearly week-numbering periods that begin in December.
            period = Math.max(0, Math.floorDiv(unitOf(LocalDate.ofEpochDay(returnFromEpochDay)) - base, step) - 1);
        }
    }

    /**
     * Returns an iterator over every occurrence of a rule from a start date.
     *
     * @param rule the rule
     * @param start the start date, from the year 1 to 9999
     * @param mode how days a month does not have are treated
     * @return the iterator
     * @throws IllegalArgumentException if the start is outside the years 1 to 9999
     */
    public static OccurrenceIterator of(RecurrenceRule rule, LocalDate start, ExpansionMode mode) {
        return new OccurrenceIterator(rule, start, mode, start, LAST_DATE.plusDays(1));
    }

    /**
     * Returns an iterator over the occurrences of a rule from a start date that fall in {@code [fromInclusive,
     * toExclusive)}; occurrences before the range still count for {@code COUNT}.
     *
     * @param rule the rule
     * @param start the start date, from the year 1 to 9999
     * @param mode how days a month does not have are treated
     * @param fromInclusive the first date of the range
     * @param toExclusive the day after the last date of the range
     * @return the iterator
     * @throws IllegalArgumentException if the start is outside the years 1 to 9999
     */
    public static OccurrenceIterator within(
            RecurrenceRule rule, LocalDate start, ExpansionMode mode, LocalDate fromInclusive, LocalDate toExclusive) {
        return new OccurrenceIterator(rule, start, mode, fromInclusive, toExclusive);
    }

    /**
     * Checks if there is another occurrence, computing the following periods if needed.
     *
     * @return true if {@link #next()} returns a date
     */
    @Override
    public boolean hasNext() {
        while (true) {
            if (position < size) {
                long day = buffer[position];
                if (day > lastKey) {
                    finish();
                    return false;
                }
                if (day >= returnFromKey) {
                    return true;
                }
                position++;
                counted();
            } else if (exhausted || noMorePeriods) {
                return false;
            } else {
                fillNextPeriod();
            }
        }
    }

    /**
     * Returns the next occurrence.
     *
     * @return the date
     * @throws NoSuchElementException if there is none
     */
    @Override
    public LocalDate next() {
        boolean ready = position < size && buffer[position] >= returnFromKey && buffer[position] <= lastKey;
        if (!ready && !hasNext()) {
            throw new NoSuchElementException("the recurrence has no more occurrences");
        }
        long day = buffer[position++];
        counted();
        return LocalDate.of((int) (day >> YEAR_SHIFT), (int) (day >> MONTH_SHIFT) & 15, (int) day & 31);
    }

    private void counted() {
        if (++emitted >= countLimit) {
            finish();
        }
    }

    private void finish() {
        exhausted = true;
        size = 0;
        position = 0;
    }

    /**
     * Computes the next periods, a few at a time, until some date on or after the start is buffered or the periods
     * end.
     */
    private void fillNextPeriod() {
        size = 0;
        position = 0;
        if (singleMonthDay && frequency != Frequency.DAILY && (frequency == Frequency.MONTHLY || singleMonth > 0)) {
            fillMonthDays();
            return;
        }
        if (frequency == Frequency.DAILY && weekdaysOnly && setPositions == null) {
            fillDays();
            return;
        }
        while (!noMorePeriods && size < BATCH) {
            int periodFrom = size;
            if (!expandPeriod(base + period * step)) {
                noMorePeriods = true;
                break;
            }
            period++;
            sortAndPick(periodFrom);
            if (size == periodFrom) {
                if (++emptyRun >= maxEmptyPeriods) {
                    noMorePeriods = true;
                }
            } else {
                emptyRun = 0;
                while (position < size && buffer[position] < startKey) {
                    position++;
                }
            }
        }
    }

    /**
     * Does what {@link #fillNextPeriod()} does, faster, for the most common billing rules: one day a month
     * ({@code FREQ=MONTHLY}, {@code BYMONTHDAY=15}, {@code BYMONTHDAY=-1}, with or without {@code BYMONTH}) or one day
     * a year ({@code FREQ=YEARLY}).
     */
    private void fillMonthDays() {
        boolean monthly = frequency == Frequency.MONTHLY;
        int value = monthDays[0];
        while (size < BATCH) {
            long unit = base + period * step;
            if (monthly ? unit > LAST_PROLEPTIC_MONTH : unit > LAST_DATE.getYear()) {
                noMorePeriods = true;
                return;
            }
            int year = monthly ? (int) Math.floorDiv(unit, 12L) : (int) unit;
            int month = monthly ? (int) Math.floorMod(unit, 12L) + 1 : singleMonth;
            if (key(year, monthly ? month : 1, 1) > lastKey) {
                noMorePeriods = true;
                return;
            }
            period++;
            int day = months == null || months[month]
                    ? resolveMonthDay(value, month == 2 && Year.isLeap(year) ? 29 : DAYS_IN_MONTH[month])
                    : 0;
            if (day > 0) {
                emptyRun = 0;
                long dateKey = key(year, month, day);
                if (dateKey >= startKey) {
                    buffer[size++] = dateKey;
                }
            } else if (++emptyRun >= maxEmptyPeriods) {
                noMorePeriods = true;
                return;
            }
        }
    }

    /** Does what {@link #fillNextPeriod()} does, faster, for daily rules with at most {@code BYDAY}. */
    private void fillDays() {
        while (size < BATCH) {
            long epochDay = base + period * step;
            if (epochDay > lastEpochDay) {
                noMorePeriods = true;
                return;
            }
            period++;
            if (!hasByDay || (everyWeekdayMask & (1 << dayOfWeek(epochDay))) != 0) {
                emptyRun = 0;
                long dateKey = dailyKey(epochDay);
                if (dateKey >= startKey) {
                    buffer[size++] = dateKey;
                }
            } else if (++emptyRun >= maxEmptyPeriods) {
                noMorePeriods = true;
                return;
            }
        }
    }

    /** Returns the key of a daily period's day, stepping from the previous one when that is cheaper. */
    private long dailyKey(long epochDay) {
        long gap = epochDay - dailyEpochDay;
        if (gap > 0 && gap <= 28) {
            dailyDay += (int) gap;
            int length = dailyMonth == 2 && Year.isLeap(dailyYear) ? 29 : DAYS_IN_MONTH[dailyMonth];
            if (dailyDay > length) {
                dailyDay -= length;
                if (++dailyMonth > 12) {
                    dailyMonth = 1;
                    dailyYear++;
                }
            }
        } else {
            long dateKey = keyOfEpochDay(epochDay);
            dailyYear = (int) (dateKey >> YEAR_SHIFT);
            dailyMonth = (int) (dateKey >> MONTH_SHIFT) & 15;
            dailyDay = (int) dateKey & 31;
        }
        dailyEpochDay = epochDay;
        return key(dailyYear, dailyMonth, dailyDay);
    }

    /**
     * Adds the dates of the period that begins at the unit to the buffer, in any order.
     *
     * @return false if the period begins after the last date, which ends the iteration
     */
    private boolean expandPeriod(long unit) {
        switch (frequency) {
            case DAILY:
                if (unit > lastEpochDay) {
                    return false;
                }
                addIfMatches(unit);
                break;
            case WEEKLY:
                if (unit > lastEpochDay) {
                    return false;
                }
                for (int i = 0; i < DAYS_PER_WEEK; i++) {
                    addIfMatches(unit + i);
                }
                break;
            case MONTHLY:
                if (unit > LAST_PROLEPTIC_MONTH) {
                    return false;
                }
                int year = (int) Math.floorDiv(unit, 12L);
                int month = (int) Math.floorMod(unit, 12L) + 1;
                if (key(year, month, 1) > lastKey) {
                    return false;
                }
                if (months == null || months[month]) {
                    enterMonth(year, month);
                    expandMonth();
                }
                break;
            default:
                // with BYWEEKNO, the year's first week may begin in December: expandYear checks its first day
                if (unit > LAST_DATE.getYear() || (weekNos == null && key((int) unit, 1, 1) > lastKey)) {
                    return false;
                }
                if (!expandYear((int) unit)) {
                    return false;
                }
                break;
        }
        return true;
    }

    private boolean expandYear(int year) {
        if (weekNos != null) {
            long firstWeek = weekYearStart(year);
            if (firstWeek > lastEpochDay) {
                return false;
            }
            int weeksInYear = (int) ((weekYearStart(year + 1) - firstWeek) / DAYS_PER_WEEK);
            for (int value : weekNos) {
                int week = value > 0 ? value : weeksInYear + 1 + value;
                if (week >= 1 && week <= weeksInYear) {
                    long weekStartDay = firstWeek + (week - 1L) * DAYS_PER_WEEK;
                    for (int i = 0; i < DAYS_PER_WEEK; i++) {
                        addIfMatches(weekStartDay + i);
                    }
                }
            }
            return true;
        }
        if (key(year, 1, 1) > lastKey) {
            return false;
        }
        if (yearDays != null) {
            int length = Year.isLeap(year) ? 366 : 365;
            for (int value : yearDays) {
                int day = value > 0 ? value : length + 1 + value;
                if (day >= 1 && day <= length) {
                    addIfMatches(LocalDate.ofYearDay(year, day));
                }
            }
            return true;
        }
        for (int month = 1; month <= 12; month++) {
            if (months == null || months[month]) {
                enterMonth(year, month);
                expandMonth();
            }
        }
        return true;
    }

    /** Adds the days of the current month the rule gives, from its month days or else from its days of the week. */
    private void expandMonth() {
        if (monthDays != null) {
            for (int value : monthDays) {
                int day = resolveMonthDay(value, monthLength);
                if (day > 0 && matchesInMonth(day)) {
                    add(key(monthYear, monthValue, day));
                }
            }
            return;
        }
        for (int i = 0; i < byDayOfWeek.length; i++) {
            int first = 1 + Math.floorMod(byDayOfWeek[i] - monthFirstDayOfWeek, DAYS_PER_WEEK);
            int ordinal = byDayOrdinal[i];
            if (ordinal != 0 && monthScope) {
                int day = ordinal > 0
                        ? first + (ordinal - 1) * DAYS_PER_WEEK
                        : first + ((monthLength - first) / DAYS_PER_WEEK + 1 + ordinal) * DAYS_PER_WEEK;
                if (day >= 1 && day <= monthLength && matchesInMonth(day)) {
                    add(key(monthYear, monthValue, day));
                }
            } else {
                for (int day = first; day <= monthLength; day += DAYS_PER_WEEK) {
                    if (matchesInMonth(day)) {
                        add(key(monthYear, monthValue, day));
                    }
                }
            }
        }
    }

    /** Adds a day if it satisfies every BY part but BYWEEKNO, which the yearly expansion applies by listing weeks. */
    private void addIfMatches(long epochDay) {
        if (weekdaysOnly) {
            if (!hasByDay || (everyWeekdayMask & (1 << dayOfWeek(epochDay))) != 0) {
                add(keyOfEpochDay(epochDay));
            }
        } else {
            addIfMatches(LocalDate.ofEpochDay(epochDay));
        }
    }

    private void addIfMatches(LocalDate date) {
        if (months != null && !months[date.getMonthValue()]) {
            return;
        }
        enterMonth(date.getYear(), date.getMonthValue());
        if (matchesInMonth(date.getDayOfMonth())) {
            add(key(date));
        }
    }

    private void add(long dateKey) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, size * 2);
        }
        buffer[size++] = dateKey;
    }

    /** Checks a day of the current month against BYMONTHDAY, BYYEARDAY and BYDAY. */
    private boolean matchesInMonth(int day) {
        if (monthDays != null && !matchesMonthDay(day, monthLength)) {
            return false;
        }
        int dayOfYear = monthFirstDayOfYear + day - 1;
        if (yearDays != null && !matchesYearDay(dayOfYear, yearLength)) {
            return false;
        }
        if (!hasByDay) {
            return true;
        }
        int dayOfWeek = (monthFirstDayOfWeek + day - 2) % DAYS_PER_WEEK + 1;
        if ((everyWeekdayMask & (1 << dayOfWeek)) != 0) {
            return true;
        }
        for (int i = 0; i < ordinals.length; i++) {
            if (ordinalDays[i] == dayOfWeek) {
                int index = monthScope ? day : dayOfYear;
                int length = monthScope ? monthLength : yearLength;
                int ordinal = ordinals[i];
                int nth = ordinal > 0 ? (index - 1) / DAYS_PER_WEEK + 1 : -((length - index) / DAYS_PER_WEEK + 1);
                if (nth == ordinal) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matchesMonthDay(int day, int length) {
        for (int value : monthDays) {
            if (resolveMonthDay(value, length) == day) {
                return true;
            }
        }
        return false;
    }

    /** Returns the day of the month a BYMONTHDAY value names in a month of that length, or 0 for none. */
    private int resolveMonthDay(int value, int length) {
        if (value > 0) {
            if (value <= length) {
                return value;
            }
            return billing ? length : 0;
        }
        int day = length + 1 + value;
        return day >= 1 ? day : 0;
    }

    private boolean matchesYearDay(int day, int length) {
        for (int value : yearDays) {
            if ((value > 0 ? value : length + 1 + value) == day) {
                return true;
            }
        }
        return false;
    }

    /** Makes a month the current one, for the checks of its days. */
    private void enterMonth(int year, int month) {
        if (year == monthYear && month == monthValue) {
            return;
        }
        boolean leap = Year.isLeap(year);
        monthYear = year;
        monthValue = month;
        monthLength = month == 2 && leap ? 29 : DAYS_IN_MONTH[month];
        yearLength = leap ? 366 : 365;
        monthFirstDayOfYear = DAYS_BEFORE_MONTH[month] + (leap && month > 2 ? 1 : 0) + 1;
        if (hasByDay) {
            monthFirstDayOfWeek = dayOfWeek(firstEpochDayOfYear(year) + monthFirstDayOfYear - 1);
        }
    }

    private long firstEpochDayOfYear(int year) {
        if (year != januaryFirstYear) {
            januaryFirstYear = year;
            januaryFirstEpochDay = LocalDate.of(year, 1, 1).toEpochDay();
        }
        return januaryFirstEpochDay;
    }

    /**
     * Returns a date as a number that sorts as the date does and reads back cheaply: year, month and day in bit
     * fields.
     */
    private static long key(int year, int month, int day) {
        return ((long) year << YEAR_SHIFT) | (month << MONTH_SHIFT) | day;
    }

    private static long key(LocalDate date) {
        return key(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Returns the key of an epoch day without making a date, by the civil-from-days algorithm (H. Hinnant), which
     * counts in 400-year eras of years that begin on 1 March.
     */
    private static long keyOfEpochDay(long epochDay) {
        long shifted = epochDay + 719_468;
        long era = Math.floorDiv(shifted, (long) DAYS_PER_CYCLE);
        long dayOfEra = shifted - era * DAYS_PER_CYCLE;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        return key(year, month, day);
    }

    /** Returns the ISO day of the week of an epoch day, 1 for Monday; 1970-01-01 was a Thursday. */
    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, (long) DAYS_PER_WEEK) + 1;
    }

    /** Sorts the dates of the period buffered from {@code from}, removes repeats and applies BYSETPOS. */
    private void sortAndPick(int from) {
        int length = size - from;
        if (length > 1) {
            length = sortDistinct(buffer, from, size);
            size = from + length;
        }
        if (setPositions == null || length == 0) {
            return;
        }
        int count = 0;
        for (int value : setPositions) {
            int index = value > 0 ? value - 1 : length + value;
            if (index >= 0 && index < length) {
                picked[count++] = buffer[from + index];
            }
        }
        count = sortDistinct(picked, 0, count);
        System.arraycopy(picked, 0, buffer, from, count);
        size = from + count;
    }

    /** Sorts {@code values[from, to)} and moves the distinct values to its front; returns how many there are. */
    private static int sortDistinct(long[] values, int from, int to) {
        Arrays.sort(values, from, to);
        int distinct = 0;
        for (int i = from; i < to; i++) {
            if (distinct == 0 || values[from + distinct - 1] != values[i]) {
                values[from + distinct++] = values[i];
            }
        }
        return distinct;
    }

    /** Returns the first day of week 1 of a week-numbering year: the week with 4 January, starting on WKST. */
    private long weekYearStart(int year) {
        long fourthOfJanuary = firstEpochDayOfYear(year) + 3;
        return fourthOfJanuary - Math.floorMod(dayOfWeek(fourthOfJanuary) - weekStart.getValue(), DAYS_PER_WEEK);
    }

    private long unitOf(LocalDate date) {
        switch (frequency) {
            case DAILY:
                return date.toEpochDay();
            case WEEKLY:
                return date.with(TemporalAdjusters.previousOrSame(weekStart)).toEpochDay();
            case MONTHLY:
                return prolepticMonth(date);
            default:
                return date.getYear();
        }
    }

    private static long prolepticMonth(LocalDate date) {
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }

    private static boolean[] monthSet(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        boolean[] set = new boolean[13];
        for (int month : values) {
            set[month] = true;
        }
        return set;
    }

    private static int[] toArray(List<Integer> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
