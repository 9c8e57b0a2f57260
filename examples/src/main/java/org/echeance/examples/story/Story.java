package org.echeance.examples.story;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The demo's story: Atelier Durand, a web agency in Lyon, bills its customers for 14 months, and the library does
 * the work — numbering, installment plans, subscriptions billed on month ends, payments by every method, a bounced
 * direct debit, a credit note, reminders at each dunning level, late-payment interest and the recovery indemnity.
 *
 * <p><b>How it runs.</b> A fixed {@link java.time.Clock} is moved one day at a time from the first day to the last.
 * Each day, in this order:
 *
 * <ol>
 *   <li>the bank: the payments the customers send that day are recorded on their accounts (each customer pays by
 *       its {@link PaymentChannel}, when its {@link PaymentHabit} says), and the bounced direct debit is reversed;
 *   <li>the office: the one-off projects of the day are invoiced (from the {@code FA} series of the H2 numbering
 *       database, with a deposit and balance or three equal parts when large), the credit note and the late-interest
 *       invoice are issued when their day comes;
 *   <li>the scheduler: the {@link org.echeance.scheduling.Scheduler} facade runs for the clock's day — it bills the
 *       subscriptions' month-end periods (issued and charged at once) and produces the reminders due, each account
 *       following the French default plan (without the courtesy notices for customers paying by direct debit).
 * </ol>
 *
 * <p>Every fact goes to the {@link StoryListener} as it happens; the listener writes the documents and forgets
 * them, so memory holds the accounts, subscriptions and in-memory run logs, not the documents (a run of 110,000
 * customers and a million invoices needs a few GB). A progress line is printed at the end of each month. On the
 * last day every customer gets a statement, the {@link StorySummary} is tallied and the
 * listener hears {@link StoryListener#finished(StoryResult)}.
 *
 * <p><b>Deterministic.</b> Everything random comes from the seed; the same {@link StoryConfig} gives the same
 * calls to the listener, so the same files, byte for byte.
 *
 * <p>This class is immutable; each {@link #play(PrintStream)} runs the story from the start.
 */
public final class Story {
    private final StoryConfig config;
    private final StoryListener listener;

    private Story(StoryConfig config, StoryListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /**
     * Returns a story with its settings and its listener.
     *
     * @param config the settings
     * @param listener what hears the story, usually {@link StoryListener#all(java.util.List)} of several
     * @return the story
     */
    public static Story of(StoryConfig config, StoryListener listener) {
        return new Story(Objects.requireNonNull(config, "config"), Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Plays the story from its first day to its last, creating a fresh numbering database in the output folder.
     *
     * @param progress where the monthly progress lines go
     * @return what the story leaves
     * @throws java.io.UncheckedIOException if the output folder cannot be written
     */
    public StoryResult play(PrintStream progress) {
        Objects.requireNonNull(progress, "progress");
        return new StoryRun(config, listener, progress).play();
    }

    @Override
    public String toString() {
        return "Story[" + config + "]";
    }
}
