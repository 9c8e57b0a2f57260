package org.echeance.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.echeance.scheduling.AccountFixtures.EUR;
import static org.echeance.scheduling.AccountFixtures.USD;
import static org.echeance.scheduling.AccountFixtures.charge;
import static org.echeance.scheduling.AccountFixtures.chargeInstallments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.echeance.core.event.EventPublisher;
import org.echeance.core.event.InstallmentDue;
import org.echeance.core.event.InvoiceBecameOverdue;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.scheduling.AccountFixtures;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderContext;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.reminder.ReminderStep;
import org.junit.jupiter.api.Test;

class TimelineSchedulerTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    /** 23:30 UTC on 28 February is 00:30 on 1 March in Paris. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-02-28T23:30:00Z");

    /** Seller A's customer C1 owes F1, due 1 March; seller B's customer C2 owes two installments of F7. */
    private static List<CustomerAccount> accounts() {
        CustomerAccount a = charge(CustomerAccount.open("seller-A", "C1", EUR), "F1", "1209.25", ISSUED, MARCH_1);
        CustomerAccount b = chargeInstallments(
                CustomerAccount.open("seller-B", "C2", USD),
                "F7",
                ISSUED,
                "100.00",
                "2026-02-28",
                "100.00",
                "2026-03-31");
        return List.of(b, a);
    }

    private static TimelineScheduler scheduler(InMemoryReminderLog log) {
        return TimelineScheduler.builder(ReminderEngine.ofBuiltInTemplates(), log)
                .contextFor(account ->
                        ReminderContext.of(account.sellerId().equals("seller-B") ? Locale.ENGLISH : Locale.FRENCH))
                .build();
    }

    @Test
    void todayComesFromTheClockInTheGivenZoneOnly() {
        Clock clock = Clock.fixed(LATE_EVENING_UTC, ZoneId.of("Pacific/Kiritimati"));

        assertThat(TimelineScheduler.today(clock, PARIS)).isEqualTo(MARCH_1);
        assertThat(TimelineScheduler.today(clock, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aRunPublishesTheDaysEventsAndProducesTheDaysReminders() {
        EventPublisher publisher = new EventPublisher();
        List<String> delivered = new ArrayList<>();
        publisher.register(event -> delivered.add(event.eventId()));
        TimelineScheduler scheduler = TimelineScheduler.builder(
                        ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                .publisher(publisher)
                .build();

        SchedulerReport report = scheduler.runDay(accounts(), Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC), PARIS);

        assertThat(report.day()).isEqualTo(MARCH_1);
        assertThat(report.events())
                .extracting(
                        AccountEvent::sellerId,
                        e -> e.event().getClass(),
                        e -> e.event().eventId())
                .containsExactly(
                        tuple("seller-A", InstallmentDue.class, "due:F1:1"),
                        tuple("seller-B", InvoiceBecameOverdue.class, "overdue:F7:1"));
        assertThat(delivered).containsExactly("due:F1:1", "overdue:F7:1");
        assertThat(report.reminders())
                .extracting(Reminder::sellerId, Reminder::invoiceNumber, Reminder::installmentNumber, Reminder::stepKey)
                .containsExactly(tuple("seller-A", "F1", 1, "due-today"), tuple("seller-B", "F7", 1, "due-today"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.failedDeliveries()).isZero();
    }

    @Test
    void farApartDefaultTimeZonesGiveIdenticalResults() {
        Clock clock = Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC);
        TimeZone original = TimeZone.getDefault();
        List<SchedulerReport> reports = new ArrayList<>();
        try {
            for (String zone : List.of("Pacific/Apia", "Asia/Kathmandu", "America/St_Johns", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                reports.add(scheduler(InMemoryReminderLog.create()).runDay(accounts(), clock, PARIS));
            }
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(reports).allSatisfy(r -> assertThat(r).isEqualTo(reports.get(0)));
        assertThat(reports.get(0).day()).isEqualTo(MARCH_1);
        assertThat(reports.get(0).reminders()).hasSize(2);
    }

    @Test
    void runningEveryHourOfADayProducesEachReminderOnce() {
        InMemoryReminderLog log = InMemoryReminderLog.create();
        TimelineScheduler scheduler = scheduler(log);
        List<Reminder> reminders = new ArrayList<>();
        List<SchedulerReport> reports = new ArrayList<>();

        // Midnight to 23:00 in Paris on 1 March 2026 (UTC+1)
        for (int hour = 0; hour < 24; hour++) {
            Clock clock = Clock.fixed(Instant.parse("2026-02-28T23:00:00Z").plusSeconds(3600L * hour), ZoneOffset.UTC);
            SchedulerReport report = scheduler.runDay(accounts(), clock, PARIS);
            reports.add(report);
            reminders.addAll(report.reminders());
        }

        assertThat(reports).extracting(SchedulerReport::day).containsOnly(MARCH_1);
        assertThat(reminders)
                .extracting(Reminder::invoiceNumber, Reminder::stepKey)
                .containsExactly(tuple("F1", "due-today"), tuple("F7", "due-today"));
        // Events are recomputed each time, with the same stable ids for listeners to deduplicate
        assertThat(reports)
                .extracting(SchedulerReport::events)
                .containsOnly(reports.get(0).events());
        assertThat(reminders.get(1).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void catchingUpPublishesEachMissedDayAndRemindsOnce() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

        SchedulerReport report =
                scheduler(InMemoryReminderLog.create()).catchUp(accounts(), LocalDate.of(2026, 2, 27), clock, PARIS);

        assertThat(report.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(report.events())
                .extracting(
                        e -> e.event().occurredOn().toString(), e -> e.event().eventId())
                .containsExactly(
                        tuple("2026-02-28", "due:F7:1"),
                        tuple("2026-03-01", "due:F1:1"),
                        tuple("2026-03-01", "overdue:F7:1"),
                        tuple("2026-03-02", "overdue:F1:1"));
        assertThat(report.reminders())
                .extracting(Reminder::invoiceNumber, Reminder::stepKey, Reminder::skippedSteps)
                .containsExactly(
                        tuple("F1", "due-today", List.of("friendly-notice")),
                        tuple("F7", "due-today", List.of("friendly-notice")));
        assertThatThrownBy(() -> scheduler(InMemoryReminderLog.create())
                        .catchUp(accounts(), LocalDate.of(2026, 3, 3), clock, PARIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstDay: 2026-03-03 is not among the 3660 days up to today 2026-03-02");
    }

    @Test
    void oneMisconfiguredAccountDoesNotStopTheOthers() {
        InMemoryReminderLog log = InMemoryReminderLog.create();
        ReminderPlan withEuroFee =
                ReminderPlan.of(ReminderStep.of("due-today", 0, 0, "due-today").withFee(AccountFixtures.eur("5.00")));
        TimelineScheduler scheduler = TimelineScheduler.builder(ReminderEngine.ofBuiltInTemplates(), log)
                .plan(withEuroFee)
                .build();

        SchedulerReport report = scheduler.runDay(accounts(), MARCH_1);

        assertThat(report.reminders()).extracting(Reminder::sellerId).containsExactly("seller-A");
        assertThat(report.failures())
                .extracting(AccountFailure::sellerId, AccountFailure::message)
                .containsExactly(
                        tuple("seller-B", "plan.steps[0].fee: currency EUR does not match the document currency USD"));
        assertThat(log.keys()).extracting(k -> k.sellerId()).containsOnly("seller-A");
    }

    @Test
    void aFailingListenerIsCountedAndTheRunCompletes() {
        EventPublisher publisher = new EventPublisher();
        publisher.register(event -> {
            throw new IllegalStateException("mail server down");
        });
        TimelineScheduler scheduler = TimelineScheduler.builder(
                        ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                .plan(ReminderPlan.none())
                .publisher(publisher)
                .build();

        SchedulerReport report = scheduler.runDay(accounts(), MARCH_1);

        assertThat(report.failedDeliveries()).isEqualTo(2);
        assertThat(report.reminders()).isEmpty();
        assertThat(scheduler.runDay(List.of(), MARCH_1).isEmpty()).isTrue();
    }
}
