package org.echeance.scheduling.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.echeance.scheduling.reminder.Reminder;

/**
 * What one run of the {@link TimelineScheduler} did: the day it ran for, the time events of that day (installments
 * falling due, installments becoming overdue) and the reminders it produced.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day the day the run was for ("today" in the zone given, or the last day of a catch-up)
 * @param events the time events, by account (seller, customer, currency), each account's oldest due first; a
 *     catch-up lists the days in order
 * @param reminders the reminders produced, by account, then oldest due item first
 * @param failures the accounts whose reminders could not be produced, and why; the others were processed
 * @param failedDeliveries how many deliveries of events to listeners failed (logged by the publisher); 0 without a
 *     publisher
 */
public record SchedulerReport(
        LocalDate day,
        List<AccountEvent> events,
        List<Reminder> reminders,
        List<AccountFailure> failures,
        int failedDeliveries) {
    /**
     * Creates a report.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the failure count is negative
     */
    public SchedulerReport {
        Objects.requireNonNull(day, "day");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        reminders = List.copyOf(Objects.requireNonNull(reminders, "reminders"));
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
        if (failedDeliveries < 0) {
            throw new IllegalArgumentException("failedDeliveries: " + failedDeliveries + " is negative");
        }
    }

    /**
     * Checks if the run did nothing: no event, no reminder and no failure.
     *
     * @return true if nothing happened
     */
    public boolean isEmpty() {
        return events.isEmpty() && reminders.isEmpty() && failures.isEmpty();
    }
}
