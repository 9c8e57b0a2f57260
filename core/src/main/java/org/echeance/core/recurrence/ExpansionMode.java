package org.echeance.core.recurrence;

/**
 * How an expansion treats days of the month that do not exist in a month (the 31st in April, 29 February in a
 * common year).
 *
 * <p>The two modes differ in one point only: a positive day of the month that the month does not have, whether it
 * comes from the start date (the implied {@code BYMONTHDAY} of {@code FREQ=MONTHLY} and {@code FREQ=YEARLY}) or
 * from an explicit {@code BYMONTHDAY} value from 29 to 31. Everything else (negative {@code BYMONTHDAY} values,
 * {@code BYYEARDAY}, {@code BYDAY}, {@code BYWEEKNO}, {@code BYSETPOS}, {@code COUNT}, {@code UNTIL}) is
 * expanded the same way in both modes.
 */
public enum ExpansionMode {
    /**
     * Skips the days a month does not have, as RFC 5545 requires; they are not counted either.
     *
     * <p>For example {@code FREQ=MONTHLY} from 31 January gives 31 January, 31 March, 31 May…; {@code FREQ=YEARLY}
     * from 29 February gives leap years only.
     */
    RFC_5545,

    /**
     * Moves a day the month does not have to the month's last day, while the following months go back to the
     * day asked for: the way billing systems (Stripe, Chargebee, Kill Bill) treat month-end anchors.
     *
     * <p>For example {@code FREQ=MONTHLY} from 31 January gives 31 January, 28 (or 29) February, 31 March, 30
     * April…; {@code FREQ=YEARLY} from 29 February gives 28 February in common years and 29 February in leap
     * years; {@code BYMONTHDAY=30} gives 28 or 29 February. Two days that land on the same last day count once.
     */
    BILLING
}
