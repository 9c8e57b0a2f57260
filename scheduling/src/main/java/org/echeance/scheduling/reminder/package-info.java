/**
 * Reminder timelines: plans of steps relative to each installment's due date (friendly notice before it, reminders
 * after it, a formal notice at the end), the engine that produces the reminders due on a day, and the built-in
 * French and English wording.
 *
 * <p>The engine is a function of the customer's ledger, the plan, the day and a {@link
 * org.echeance.scheduling.reminder.ReminderLog}: dunning state is kept per open item (invoice installment) and
 * recomputed from the ledger on every run, so a paid installment never gets a reminder; the log makes each (open
 * item, step) produce one reminder at most, however often the engine runs and whether the step is sent on schedule
 * or by hand.
 *
 * <p>Rule ids of the checks, each reported with a path naming the field:
 *
 * <ul>
 *   <li>{@code ECH-REMIND-01}: a step or template key is not a word of letters, digits, {@code .}, {@code _} or
 *       {@code -} starting with a letter or digit;
 *   <li>{@code ECH-REMIND-02}: a step's offset is outside ±{@value
 *       org.echeance.scheduling.reminder.ReminderStep#MAX_OFFSET_DAYS} days;
 *   <li>{@code ECH-REMIND-03}: a step's level is outside 0..{@value
 *       org.echeance.scheduling.reminder.ReminderStep#MAX_LEVEL};
 *   <li>{@code ECH-REMIND-04}: a step's fee is not above zero or has more decimals than its currency;
 *   <li>{@code ECH-REMIND-05}: a step's new deadline is outside 1..{@value
 *       org.echeance.scheduling.reminder.ReminderStep#MAX_NEW_DEADLINE_DAYS} days;
 *   <li>{@code ECH-REMIND-10}: the offsets of a plan do not strictly increase;
 *   <li>{@code ECH-REMIND-11}: two steps of a plan have the same key;
 *   <li>{@code ECH-REMIND-12}: the levels of a plan go down;
 *   <li>{@code ECH-REMIND-13}: a step key asked for is not in the plan;
 *   <li>{@code ECH-REMIND-20}: a template text uses a placeholder that does not exist, or a clause uses a clause;
 *   <li>{@code ECH-REMIND-21}: a step's template has no subject or no body, in the language used or in English;
 *   <li>{@code ECH-REMIND-22}: a template states a value the reminder does not have ({@code {penaltyRate}} without
 *       late-payment terms, {@code {indemnity}} without an indemnity, {@code {fee}} without a fee);
 *   <li>{@code ECH-REMIND-30}: a part of a reminder key is blank or too long for the {@link JdbcReminderLog}.
 * </ul>
 */
package org.echeance.scheduling.reminder;
