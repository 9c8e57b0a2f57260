package org.echeance.scheduling.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.echeance.core.event.EventPublisher;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderContext;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderLog;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs everything the calendar makes due on a day, for the application's own timer (cron, Quartz, a scheduled
 * executor): the time events of each account ({@link CustomerAccount#eventsOn(LocalDate) installments falling due,
 * installments becoming overdue}), published to an {@link EventPublisher} when one is given, and the reminders due
 * ({@link ReminderEngine}).
 *
 * <p><b>Today.</b> "Today" is the date of the clock's instant in the zone given to {@link #runDay(Collection, Clock,
 * ZoneId)}, and nothing else: neither the clock's own zone nor the JVM's default time zone count. A clock at
 * 23:30 UTC run in {@code Europe/Paris} is the next day. Schedules are dates ({@code LocalDate}), so the same day
 * gives the same result on every node, whatever its time zone.
 *
 * <p><b>Running often is safe.</b> Reminders are produced once per (item, step) through the {@link ReminderLog}: a
 * timer firing every hour produces each reminder once. Time events are recomputed from the ledgers on every run:
 * running twice on a day publishes the same events twice, with the same stable {@link InvoiceEvent#eventId() ids},
 * by which listeners deduplicate. A day the timer missed is caught up with {@link #catchUp(Collection, LocalDate,
 * Clock, ZoneId)}, which publishes each missed day's events, dated that day, and produces the reminders once, as of
 * today.
 *
 * <p><b>Recurring billing</b> runs beside this facade: the application calls the subscription billing run
 * ({@code org.echeance.scheduling.subscription}) from the same timer, with the same day, before this one, so that
 * the invoices it charges are on the accounts passed here.
 *
 * <p>Accounts are processed in the order of seller, customer number and currency, whatever the collection's order.
 * An account whose reminders fail (a plan whose template lacks a text, a fee in another currency) is reported in
 * {@link SchedulerReport#failures()} with nothing recorded for it, and the run goes on with the others.
 * This class is immutable and thread-safe when its publisher's listeners are.
 */
public final class TimelineScheduler {
    /** The most days {@link #catchUp(Collection, LocalDate, Clock, ZoneId)} covers: about ten years. */
    public static final int MAX_CATCH_UP_DAYS = 3660;

    private static final Logger LOG = LoggerFactory.getLogger(TimelineScheduler.class);

    private final ReminderEngine engine;
    private final ReminderLog log;
    private final Function<CustomerAccount, ReminderPlan> planFor;
    private final Function<CustomerAccount, ReminderContext> contextFor;
    private final Optional<EventPublisher> publisher;

    private TimelineScheduler(Builder builder) {
        this.engine = builder.engine;
        this.log = builder.log;
        this.planFor = builder.planFor;
        this.contextFor = builder.contextFor;
        this.publisher = builder.publisher;
    }

    /**
     * Starts a scheduler with an engine and the log that makes its reminders happen once; by default every account
     * follows {@link ReminderPlan#frenchDefault()}, in French, without late-payment terms, and no event is published.
     *
     * @param engine the reminder engine
     * @param log the reminder log, shared by every node that runs the scheduler
     * @return the builder
     */
    public static Builder builder(ReminderEngine engine, ReminderLog log) {
        return new Builder(engine, log);
    }

    /**
     * Returns "today": the date of the clock's instant in a zone.
     *
     * @param clock the clock
     * @param zone the zone the business runs in
     * @return the date
     */
    public static LocalDate today(Clock clock, ZoneId zone) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Runs what is due today: see {@link #runDay(Collection, LocalDate)}, for {@link #today(Clock, ZoneId)}.
     *
     * <p>For example {@code scheduler.runDay(accounts, Clock.systemUTC(), ZoneId.of("Europe/Paris"))} from a timer
     * that fires every hour.
     *
     * @param accounts the accounts, each (seller, customer, currency) once
     * @param clock the clock
     * @param zone the zone the business runs in
     * @return what the run did
     */
    public SchedulerReport runDay(Collection<CustomerAccount> accounts, Clock clock, ZoneId zone) {
        return runDay(accounts, today(clock, zone));
    }

    /**
     * Runs what is due on a given day: publishes each account's time events of that day, and produces the reminders
     * due on that day.
     *
     * @param accounts the accounts, each (seller, customer, currency) once
     * @param day the day
     * @return what the run did
     * @throws org.echeance.core.validation.ValidationException if an account is given twice ({@code ECH-CAL-01})
     */
    public SchedulerReport runDay(Collection<CustomerAccount> accounts, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return run(DueCalendar.of(accounts).accounts(), day, day);
    }

    /**
     * Catches up with missed days: publishes the time events of every day from {@code firstDay} to today, in
     * order and dated their day, then produces the reminders due today (once: the latest step of each item, see
     * {@link ReminderEngine}).
     *
     * @param accounts the accounts, each (seller, customer, currency) once
     * @param firstDay the first day the timer missed
     * @param clock the clock
     * @param zone the zone the business runs in
     * @return what the run did, for the day today
     * @throws IllegalArgumentException if {@code firstDay} is after today or more than {@link #MAX_CATCH_UP_DAYS}
     *     days before it
     */
    public SchedulerReport catchUp(Collection<CustomerAccount> accounts, LocalDate firstDay, Clock clock, ZoneId zone) {
        Objects.requireNonNull(firstDay, "firstDay");
        LocalDate today = today(clock, zone);
        long days = ChronoUnit.DAYS.between(firstDay, today);
        if (days < 0 || days >= MAX_CATCH_UP_DAYS) {
            throw new IllegalArgumentException(
                    "firstDay: " + firstDay + " is not among the " + MAX_CATCH_UP_DAYS + " days up to today " + today);
        }
        return run(DueCalendar.of(accounts).accounts(), firstDay, today);
    }

    private SchedulerReport run(List<CustomerAccount> accounts, LocalDate firstDay, LocalDate day) {
        List<AccountEvent> events = new ArrayList<>();
        List<InvoiceEvent> toPublish = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(day); d = d.plusDays(1)) {
            for (CustomerAccount account : accounts) {
                for (InvoiceEvent event : account.eventsOn(d)) {
                    events.add(
                            new AccountEvent(account.sellerId(), account.customerNumber(), account.currency(), event));
                    toPublish.add(event);
                }
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        List<AccountFailure> failures = new ArrayList<>();
        for (CustomerAccount account : accounts) {
            try {
                ReminderPlan plan = Objects.requireNonNull(planFor.apply(account), "plan");
                ReminderContext context = Objects.requireNonNull(contextFor.apply(account), "context");
                reminders.addAll(engine.remindersDue(account, plan, context, day, log));
            } catch (RuntimeException e) {
                // One misconfigured account must not stop the reminders of all the others; the engine recorded
                // nothing for it, so the next run retries it.
                LOG.warn("No reminders for {} on {}", account, day, e);
                failures.add(new AccountFailure(
                        account.sellerId(),
                        account.customerNumber(),
                        account.currency(),
                        String.valueOf(e.getMessage())));
            }
        }
        int failed = publisher.map(p -> p.publish(toPublish)).orElse(0);
        return new SchedulerReport(day, events, reminders, failures, failed);
    }

    @Override
    public String toString() {
        return "TimelineScheduler[" + engine + ", " + log + "]";
    }

    /** Builds a {@link TimelineScheduler}. This class is not thread-safe. */
    public static final class Builder {
        private final ReminderEngine engine;
        private final ReminderLog log;
        private Function<CustomerAccount, ReminderPlan> planFor = account -> ReminderPlan.frenchDefault();
        private Function<CustomerAccount, ReminderContext> contextFor = account -> ReminderContext.of(Locale.FRENCH);
        private Optional<EventPublisher> publisher = Optional.empty();

        private Builder(ReminderEngine engine, ReminderLog log) {
            this.engine = Objects.requireNonNull(engine, "engine");
            this.log = Objects.requireNonNull(log, "log");
        }

        /**
         * Sets the plan every account follows.
         *
         * @param plan the plan; {@link ReminderPlan#none()} for no reminders
         * @return this builder
         */
        public Builder plan(ReminderPlan plan) {
            Objects.requireNonNull(plan, "plan");
            this.planFor = account -> plan;
            return this;
        }

        /**
         * Sets the plan of each account, for example by seller or customer category.
         *
         * @param plans the plan of an account, never null
         * @return this builder
         */
        public Builder planFor(Function<CustomerAccount, ReminderPlan> plans) {
            this.planFor = Objects.requireNonNull(plans, "plans");
            return this;
        }

        /**
         * Sets each account's language, late-payment terms and exclusions.
         *
         * @param contexts the context of an account, never null
         * @return this builder
         */
        public Builder contextFor(Function<CustomerAccount, ReminderContext> contexts) {
            this.contextFor = Objects.requireNonNull(contexts, "contexts");
            return this;
        }

        /**
         * Sets the publisher the time events are delivered to, after the run has computed everything.
         *
         * @param eventPublisher the publisher
         * @return this builder
         */
        public Builder publisher(EventPublisher eventPublisher) {
            this.publisher = Optional.of(Objects.requireNonNull(eventPublisher, "eventPublisher"));
            return this;
        }

        /**
         * Builds the scheduler.
         *
         * @return the scheduler
         */
        public TimelineScheduler build() {
            return new TimelineScheduler(this);
        }
    }
}
