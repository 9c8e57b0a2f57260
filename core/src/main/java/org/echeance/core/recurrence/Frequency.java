package org.echeance.core.recurrence;

/**
 * The frequency of a recurrence rule (RFC 5545 {@code FREQ}): the length of the period each step of the rule
 * covers.
 *
 * <p>Only the date-based frequencies are supported; {@code SECONDLY}, {@code MINUTELY} and {@code HOURLY} are
 * refused when a rule is parsed.
 */
public enum Frequency {
    /** Every day is a period. */
    DAILY,
    /** Every week, starting on the rule's week start ({@code WKST}), is a period. */
    WEEKLY,
    /** Every calendar month is a period. */
    MONTHLY,
    /** Every calendar year is a period ({@code BYWEEKNO}: every week-numbering year). */
    YEARLY
}
