package org.echeance.examples.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many documents and payments the story has produced so far.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoices the invoices issued, late-interest invoices included
 * @param interestInvoices the late-interest invoices among them
 * @param creditNotes the credit notes issued
 * @param payments the payments recorded
 * @param reversals the payments reversed
 * @param remindersByStep the reminders produced, by step key, in the order of the French default plan
 */
public record StoryCounts(
        int invoices,
        int interestInvoices,
        int creditNotes,
        int payments,
        int reversals,
        Map<String, Integer> remindersByStep) {
    /** Creates counts, copying the map and keeping its order. */
    public StoryCounts {
        remindersByStep = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(remindersByStep, "remindersByStep")));
    }

    /**
     * Returns the number of reminders of every step.
     *
     * @return the reminders
     */
    public int reminders() {
        return remindersByStep.values().stream().mapToInt(Integer::intValue).sum();
    }
}
