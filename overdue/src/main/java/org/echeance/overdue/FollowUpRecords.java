package org.echeance.overdue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.echeance.scheduling.reminder.Reminder;

/**
 * What the late-customers report needs to know about the follow-up of a customer beyond its ledger: the reminders
 * sent and the promise to pay it made. The extension point the application implements over what it stores when it
 * sends the reminders of the {@link org.echeance.scheduling.reminder.ReminderEngine} and notes promises (which it
 * also passes to the engine as {@link org.echeance.scheduling.reminder.ReminderExclusion#promiseToPay}).
 */
public interface FollowUpRecords {
    /**
     * Returns the number of reminders sent to a customer on or before a day: reminders of dunning level 1 or more
     * (courtesy notices of level 0 before and on the due date are not counted).
     *
     * @param sellerId the seller
     * @param customerNumber the customer number
     * @param asOf the day
     * @return the number of reminders
     */
    int remindersSent(String sellerId, String customerNumber, LocalDate asOf);

    /**
     * Returns the date a customer promised to pay by, if a promise holds on a day.
     *
     * @param sellerId the seller
     * @param customerNumber the customer number
     * @param asOf the day
     * @return the last day of the promise, or empty
     */
    Optional<LocalDate> promiseToPay(String sellerId, String customerNumber, LocalDate asOf);

    /**
     * Returns records that know of no reminder and no promise.
     *
     * @return the records
     */
    static FollowUpRecords none() {
        return of(List.of(), Map.of());
    }

    /**
     * Returns records held in memory: the reminders the engine produced and were sent, and promises to pay.
     *
     * @param sent the reminders sent, of any sellers
     * @param promisedBy the last day of each customer's promise to pay, by customer number (for every seller)
     * @return the records
     */
    static FollowUpRecords of(Collection<Reminder> sent, Map<String, LocalDate> promisedBy) {
        List<Reminder> reminders = List.copyOf(Objects.requireNonNull(sent, "sent"));
        Map<String, LocalDate> promises = Map.copyOf(Objects.requireNonNull(promisedBy, "promisedBy"));
        return new FollowUpRecords() {
            @Override
            public int remindersSent(String sellerId, String customerNumber, LocalDate asOf) {
                return (int) reminders.stream()
                        .filter(r -> r.sellerId().equals(sellerId)
                                && r.customerNumber().equals(customerNumber)
                                && r.level() >= 1
                                && !r.date().isAfter(asOf))
                        .count();
            }

            @Override
            public Optional<LocalDate> promiseToPay(String sellerId, String customerNumber, LocalDate asOf) {
                return Optional.ofNullable(promises.get(customerNumber)).filter(d -> !d.isBefore(asOf));
            }
        };
    }
}
