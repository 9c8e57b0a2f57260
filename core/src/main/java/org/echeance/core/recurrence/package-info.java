/**
 * Recurrence rules: the RFC 5545 {@code RRULE} subset billing uses, on dates, expanded lazily from a start date.
 *
 * <p>A {@link org.echeance.core.recurrence.RecurrenceRule} is a value: parsed from text or built, written back in
 * canonical form. Its expansion is an iterator or stream that computes one period at a time, each from the start
 * (never from the previous occurrence), so infinite rules cost nothing until pulled, and in one of two
 * {@link org.echeance.core.recurrence.ExpansionMode modes}: RFC 5545's, which skips days a month does not have,
 * and billing's, which moves them to the month's last day (31 January, 28 February, 31 March…). The rules of
 * expansion are written on {@code RecurrenceRule}; they are checked against lib-recur, an independent
 * implementation, by a differential property test.
 *
 * <p>Rule ids of the checks, each reported with the part as path ({@code rrule.BYMONTHDAY}) and the value:
 *
 * <ul>
 *   <li>{@code ECH-RRULE-01}: the text is not a list of {@code NAME=VALUE} parts separated by {@code ;};
 *   <li>{@code ECH-RRULE-02}: a part is unknown, or not supported because rules are date-based
 *       ({@code BYHOUR}, {@code BYMINUTE}, {@code BYSECOND}) or Gregorian ({@code RSCALE}, {@code SKIP});
 *   <li>{@code ECH-RRULE-03}: a part is given twice, or a value is listed twice in one part;
 *   <li>{@code ECH-RRULE-04}: {@code FREQ} is missing, or is not {@code DAILY}, {@code WEEKLY}, {@code MONTHLY}
 *       or {@code YEARLY};
 *   <li>{@code ECH-RRULE-05}: a value is malformed: not a whole number, not a date ({@code UNTIL}), not a day of
 *       the week;
 *   <li>{@code ECH-RRULE-06}: a value is out of range: {@code INTERVAL} or {@code COUNT} below 1,
 *       {@code BYMONTHDAY} outside ±1..31, {@code BYMONTH} outside 1..12, {@code BYYEARDAY} outside ±1..366,
 *       {@code BYWEEKNO} outside ±1..53, {@code BYSETPOS} outside ±1..366, a {@code BYDAY} ordinal 0 or outside
 *       ±1..53;
 *   <li>{@code ECH-RRULE-07}: {@code COUNT} and {@code UNTIL} together;
 *   <li>{@code ECH-RRULE-08}: a part the frequency does not allow: {@code BYWEEKNO} and {@code BYYEARDAY} other
 *       than with {@code YEARLY}, {@code BYMONTHDAY} with {@code WEEKLY};
 *   <li>{@code ECH-RRULE-09}: a {@code BYDAY} ordinal that is not allowed: with {@code DAILY} or {@code WEEKLY},
 *       together with {@code BYWEEKNO}, or beyond ±5 where it counts within a month ({@code MONTHLY}, or
 *       {@code YEARLY} with {@code BYMONTH});
 *   <li>{@code ECH-RRULE-10}: {@code BYSETPOS} without another {@code BY} part to pick from.
 * </ul>
 */
package org.echeance.core.recurrence;
