package org.echeance.scheduling.subscription.internal;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.recurrence.WeekdayNum;
import org.echeance.scheduling.subscription.BillingPeriod;

/**
 * The billing periods of a recurrence rule from an anchor: period {@code k} is {@code [o(k), o(k+1))}, where
 * {@code o(k)} is the rule's {@code k}-th occurrence from the anchor in {@link ExpansionMode#BILLING}. Every
 * boundary comes from the rule's own expansion from the anchor, never from the previous period plus an interval.
 *
 * <p>{@code COUNT} and {@code UNTIL} limit which occurrences <em>start</em> a period; the end of the last period is
 * the next occurrence of the same rule without them, so {@code FREQ=MONTHLY;COUNT=12} has twelve periods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule {
    private final RecurrenceRule rule;
    private final RecurrenceRule unbounded;
    private final LocalDate anchor;

    private Schedule(RecurrenceRule rule, LocalDate anchor) {
        this.rule = rule;
        this.unbounded = rule.isFinite() ? withoutEnd(rule) : rule;
        this.anchor = anchor;
    }

    /**
     * Returns the schedule of a rule from an anchor.
     *
     * @param rule the rule
     * @param anchor the rule's start ({@code DTSTART})
     * @return the schedule
     */
    public static Schedule of(RecurrenceRule rule, LocalDate anchor) {
        return new Schedule(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(anchor, "anchor"));
    }

    /**
     * Returns the rule's first occurrence from the anchor.
     *
     * @return the first occurrence, empty if the rule has none
     */
    public Optional<LocalDate> firstOccurrence() {
        Iterator<LocalDate> occurrences = rule.iterator(anchor, ExpansionMode.BILLING);
        return occurrences.hasNext() ? Optional.of(occurrences.next()) : Optional.empty();
    }

    /**
     * Returns the periods, lazily, in date order.
     *
     * @return an iterator computing each period when asked; infinite when the rule is
     */
    public Iterator<BillingPeriod> iterator() {
        return new Periods();
    }

    /**
     * Returns the periods as a lazy, ordered stream.
     *
     * @return the periods; infinite when the rule is
     */
    public Stream<BillingPeriod> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        iterator(), Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL),
                false);
    }

    /**
     * Returns the period that contains a day.
     *
     * @param date the day
     * @return the period, empty if the day is before the first period or after the last
     */
    public Optional<BillingPeriod> periodContaining(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Iterator<BillingPeriod> periods = iterator();
        while (periods.hasNext()) {
            BillingPeriod period = periods.next();
            if (period.startInclusive().isAfter(date)) {
                return Optional.empty();
            }
            if (period.contains(date)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    private final class Periods implements Iterator<BillingPeriod> {
        private final Iterator<LocalDate> boundaries = unbounded.iterator(anchor, ExpansionMode.BILLING);
        private LocalDate start = boundaries.hasNext() ? boundaries.next() : null;
        private int index;

        @Override
        public boolean hasNext() {
            return start != null && startsAPeriod(start, index) && boundaries.hasNext();
        }

        @Override
        public BillingPeriod next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the schedule has no more periods");
            }
            LocalDate end = boundaries.next();
            BillingPeriod period = BillingPeriod.of(start, end);
            start = end;
            index++;
            return period;
        }
    }

    private boolean startsAPeriod(LocalDate occurrence, int index) {
        if (rule.count().isPresent() && index >= rule.count().getAsInt()) {
            return false;
        }
        return rule.until().map(until -> !occurrence.isAfter(until)).orElse(true);
    }

    private static RecurrenceRule withoutEnd(RecurrenceRule rule) {
        RecurrenceRule.Builder builder = RecurrenceRule.builder(rule.frequency())
                .interval(rule.interval())
                .weekStart(rule.weekStart());
        if (!rule.byDay().isEmpty()) {
            builder.byDay(rule.byDay().toArray(new WeekdayNum[0]));
        }
        if (!rule.byMonthDay().isEmpty()) {
            builder.byMonthDay(ints(rule.byMonthDay()));
        }
        if (!rule.byYearDay().isEmpty()) {
            builder.byYearDay(ints(rule.byYearDay()));
        }
        if (!rule.byWeekNo().isEmpty()) {
            builder.byWeekNo(ints(rule.byWeekNo()));
        }
        if (!rule.byMonth().isEmpty()) {
            builder.byMonth(ints(rule.byMonth()));
        }
        if (!rule.bySetPos().isEmpty()) {
            builder.bySetPos(ints(rule.bySetPos()));
        }
        return builder.build();
    }

    private static int[] ints(java.util.List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
