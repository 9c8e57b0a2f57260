package org.echeance.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.scheduling.calendar.SchedulerReport;
import org.echeance.scheduling.calendar.TimelineScheduler;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.Subscription;

/**
 * The one call an application makes from its own cron or timer: "run everything due as of this clock" — the
 * recurring invoices of every subscription, then the day's time events (installments due, invoices become
 * overdue) and the reminders.
 *
 * <p>"Today" is read only from the {@link Clock}, in an explicit {@link ZoneId}: never the JVM's default zone.
 * Everything it runs is idempotent (billing runs claim each period once, reminders are logged per open item and
 * step), so calling it every hour, twice, or from several nodes does each thing once. The billed drafts are
 * returned, not issued: the application issues them (numbering inside its transaction), charges them to the
 * customers' accounts and stores them, then gives the updated accounts to the next call.
 *
 * <p>This class is immutable and thread-safe when its parts are.
 */
public final class Scheduler {
    private final BillingRun billing;
    private final TimelineScheduler timeline;

    private Scheduler(BillingRun billing, TimelineScheduler timeline) {
        this.billing = billing;
        this.timeline = timeline;
    }

    /**
     * Returns a scheduler over a billing run and a timeline scheduler.
     *
     * @param billing the billing run, with its store
     * @param timeline the events and reminders scheduler
     * @return the scheduler
     */
    public static Scheduler of(BillingRun billing, TimelineScheduler timeline) {
        return new Scheduler(Objects.requireNonNull(billing, "billing"), Objects.requireNonNull(timeline, "timeline"));
    }

    /**
     * Runs what is due on the clock's day in a zone: billing first, then events and reminders.
     *
     * @param subscriptions the subscriptions to bill
     * @param accounts the customer accounts to follow up
     * @param clock where "now" comes from
     * @param zone the zone that turns now into a day
     * @return what was done
     */
    public DayRun runDay(
            Collection<Subscription> subscriptions, Collection<CustomerAccount> accounts, Clock clock, ZoneId zone) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        return runDay(subscriptions, accounts, TimelineScheduler.today(clock, zone));
    }

    /**
     * Runs what is due on a given day: billing first, then events and reminders.
     *
     * @param subscriptions the subscriptions to bill
     * @param accounts the customer accounts to follow up
     * @param day the day
     * @return what was done
     */
    public DayRun runDay(Collection<Subscription> subscriptions, Collection<CustomerAccount> accounts, LocalDate day) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(day, "day");
        List<BilledPeriod> billed = billing.run(day, subscriptions);
        return new DayRun(day, billed, timeline.runDay(accounts, day));
    }

    /**
     * What one run did.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param day the day run
     * @param billed the periods billed by this run (drafts to issue), empty when they were already billed
     * @param timeline the events published and reminders produced
     */
    public record DayRun(LocalDate day, List<BilledPeriod> billed, SchedulerReport timeline) {
        /** Creates a run report, rejecting null parts and copying the list. */
        public DayRun {
            Objects.requireNonNull(day, "day");
            billed = List.copyOf(Objects.requireNonNull(billed, "billed"));
            Objects.requireNonNull(timeline, "timeline");
        }
    }
}
