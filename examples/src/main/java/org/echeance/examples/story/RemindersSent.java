package org.echeance.examples.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.scheduling.reminder.Reminder;

/**
 * The story's follow-up records for the late-customers report: the days reminders of level 1 or more were sent to
 * each customer. Promises to pay are not part of the story. Only dates are kept, not the reminders' texts, so that
 * a large story stays small in memory.
 *
 * <p>Not thread-safe: the story records and then reads, from one thread.
 */
final class RemindersSent implements FollowUpRecords {
    private final Map<String, List<LocalDate>> sent = new HashMap<>();

    /** Records a reminder, if it is of level 1 or more (courtesy notices are not reminders sent). */
    void record(Reminder reminder) {
        if (reminder.level() >= 1) {
            sent.computeIfAbsent(reminder.sellerId() + "/" + reminder.customerNumber(), k -> new ArrayList<>())
                    .add(reminder.date());
        }
    }

    @Override
    public int remindersSent(String sellerId, String customerNumber, LocalDate asOf) {
        return (int) sent.getOrDefault(sellerId + "/" + customerNumber, List.of()).stream()
                .filter(d -> !d.isAfter(asOf))
                .count();
    }

    @Override
    public Optional<LocalDate> promiseToPay(String sellerId, String customerNumber, LocalDate asOf) {
        return Optional.empty();
    }
}
