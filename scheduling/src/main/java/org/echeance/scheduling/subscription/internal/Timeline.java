package org.echeance.scheduling.subscription.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.scheduling.subscription.AnchorChange;
import org.echeance.scheduling.subscription.BillingPeriod;

/**
 * The billing periods of a subscription whose anchor may change over time: one {@link Schedule} per anchor, each
 * in force from its change's effective date until the next change's.
 *
 * <p>Segment 0 is the schedule from the original anchor; segment {@code i} starts on change {@code i}'s effective
 * date {@code E}: a stub period {@code [E, A)} when the new anchor {@code A} is later, then the periods of the rule
 * from {@code A}. A segment keeps its periods that start before the next change's effective date; the last of
 * them may extend past it, and the subscription bills it only up to that date. Period starts are strictly
 * increasing, so a period's start stays a unique billing-run key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {
    private final Schedule first;
    private final List<AnchorChange> changes;
    private final List<Schedule> schedules;

    private Timeline(Schedule first, List<AnchorChange> changes, List<Schedule> schedules) {
        this.first = first;
        this.changes = changes;
        this.schedules = schedules;
    }

    /**
     * Returns the timeline of a rule from an anchor, with anchor changes.
     *
     * @param rule the rule
     * @param anchor the original anchor
     * @param changes the anchor changes, sorted by effective date, each effective date once
     * @return the timeline
     */
    public static Timeline of(RecurrenceRule rule, LocalDate anchor, List<AnchorChange> changes) {
        Objects.requireNonNull(rule, "rule");
        List<Schedule> schedules = new ArrayList<>(changes.size());
        for (AnchorChange change : changes) {
            schedules.add(Schedule.of(rule, change.newAnchor()));
        }
        return new Timeline(Schedule.of(rule, anchor), List.copyOf(changes), List.copyOf(schedules));
    }

    /**
     * Returns every period, lazily, in date order.
     *
     * @return the periods; infinite when the last schedule is
     */
    public Stream<BillingPeriod> stream() {
        Stream<BillingPeriod> periods = bounded(first.stream(), 0);
        for (int i = 0; i < changes.size(); i++) {
            AnchorChange change = changes.get(i);
            Stream<BillingPeriod> stub = change.hasStub()
                    ? Stream.of(BillingPeriod.of(change.effectiveDate(), change.newAnchor()))
                    : Stream.empty();
            periods = Stream.concat(periods, bounded(Stream.concat(stub, schedules.get(i).stream()), i + 1));
        }
        return periods;
    }

    /**
     * Returns the period that contains a day.
     *
     * @param date the day
     * @return the period, empty if the day is before the first period or after the last
     */
    public Optional<BillingPeriod> periodContaining(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Iterator<BillingPeriod> periods = stream().iterator();
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

    /**
     * Returns the day the schedule of a period stops being in force: the next anchor change's effective date.
     *
     * @param period a period of the timeline
     * @return the end of its segment, empty for the last segment
     */
    public Optional<LocalDate> segmentEnd(BillingPeriod period) {
        for (AnchorChange change : changes) {
            if (change.effectiveDate().isAfter(period.startInclusive())) {
                return Optional.of(change.effectiveDate());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the period a period's days are prorated against: the period itself, or for a stub {@code [E, A)} a
     * period ending on the new anchor {@code A} as long, in days, as the new schedule's first period.
     *
     * @param period a period of the timeline
     * @return the proration basis, which encloses the period
     */
    public BillingPeriod prorationBasis(BillingPeriod period) {
        for (int i = 0; i < changes.size(); i++) {
            AnchorChange change = changes.get(i);
            if (change.hasStub()
                    && change.effectiveDate().equals(period.startInclusive())
                    && change.newAnchor().equals(period.endExclusive())) {
                BillingPeriod next = schedules.get(i).stream().findFirst().orElse(period);
                return BillingPeriod.of(change.newAnchor().minusDays(next.lengthInDays()), change.newAnchor());
            }
        }
        return period;
    }

    private Stream<BillingPeriod> bounded(Stream<BillingPeriod> periods, int segment) {
        if (segment >= changes.size()) {
            return periods;
        }
        LocalDate end = changes.get(segment).effectiveDate();
        return periods.takeWhile(p -> p.startInclusive().isBefore(end));
    }
}
