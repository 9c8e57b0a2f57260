package org.echeance.core.recurrence;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echeance.core.validation.Violation;

/**
 * Checks the parts of a rule being built: ranges, values given twice and contradictions between parts, all at
 * once. Checks that need the frequency are skipped when the parser found none.
 */
final class RuleChecks {
    static final String DUPLICATE = "ECH-RRULE-03";
    static final String OUT_OF_RANGE = "ECH-RRULE-06";
    static final String COUNT_WITH_UNTIL = "ECH-RRULE-07";
    static final String NOT_WITH_FREQUENCY = "ECH-RRULE-08";
    static final String ORDINAL_NOT_ALLOWED = "ECH-RRULE-09";
    static final String SETPOS_ALONE = "ECH-RRULE-10";

    /** The most of one day of the week a month can hold. */
    private static final int MAX_ORDINAL_IN_MONTH = 5;

    private RuleChecks() {}

    /**
     * Returns every problem of the builder's parts.
     *
     * @param rule the parts
     * @return the violations, empty if the rule is valid
     */
    static List<Violation> check(RecurrenceRule.Builder rule) {
        List<Violation> violations = new ArrayList<>();
        if (rule.interval < 1) {
            violations.add(outOfRange("INTERVAL", rule.interval, "the interval is 1 or more"));
        }
        rule.count.ifPresent(count -> {
            if (count < 1) {
                violations.add(outOfRange("COUNT", count, "the count is 1 or more"));
            }
        });
        if (rule.count.isPresent() && rule.until.isPresent()) {
            violations.add(new Violation(
                    COUNT_WITH_UNTIL,
                    "rrule.COUNT",
                    "COUNT=" + rule.count.getAsInt() + " and UNTIL="
                            + DateTimeFormatter.BASIC_ISO_DATE.format(rule.until.get())
                            + " exclude each other: a rule ends either after a count or on a date"));
        }
        checkRange(violations, "BYMONTHDAY", rule.byMonthDay, 31, "a day of the month is 1..31 or -31..-1");
        checkRange(violations, "BYYEARDAY", rule.byYearDay, 366, "a day of the year is 1..366 or -366..-1");
        checkRange(violations, "BYWEEKNO", rule.byWeekNo, 53, "a week number is 1..53 or -53..-1");
        checkRange(violations, "BYSETPOS", rule.bySetPos, 366, "a position is 1..366 or -366..-1");
        for (int month : rule.byMonth) {
            if (month < 1 || month > 12) {
                violations.add(outOfRange("BYMONTH", month, "a month is 1..12"));
            }
        }
        checkDuplicates(violations, "BYDAY", rule.byDay);
        checkDuplicates(violations, "BYMONTHDAY", rule.byMonthDay);
        checkDuplicates(violations, "BYYEARDAY", rule.byYearDay);
        checkDuplicates(violations, "BYWEEKNO", rule.byWeekNo);
        checkDuplicates(violations, "BYMONTH", rule.byMonth);
        checkDuplicates(violations, "BYSETPOS", rule.bySetPos);
        if (rule.frequency != null) {
            checkFrequency(violations, rule);
        }
        boolean otherByPart = !rule.byDay.isEmpty()
                || !rule.byMonthDay.isEmpty()
                || !rule.byYearDay.isEmpty()
                || !rule.byWeekNo.isEmpty()
                || !rule.byMonth.isEmpty();
        if (!rule.bySetPos.isEmpty() && !otherByPart) {
            violations.add(new Violation(
                    SETPOS_ALONE,
                    "rrule.BYSETPOS",
                    "BYSETPOS=" + join(rule.bySetPos)
                            + " needs another BY part (BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO or BYMONTH) to pick"
                            + " from"));
        }
        return violations;
    }

    private static void checkFrequency(List<Violation> violations, RecurrenceRule.Builder rule) {
        Frequency frequency = rule.frequency;
        if (!rule.byWeekNo.isEmpty() && frequency != Frequency.YEARLY) {
            violations.add(notWithFrequency("BYWEEKNO", rule.byWeekNo, frequency, "YEARLY rules only"));
        }
        if (!rule.byYearDay.isEmpty() && frequency != Frequency.YEARLY) {
            violations.add(notWithFrequency("BYYEARDAY", rule.byYearDay, frequency, "YEARLY rules only"));
        }
        if (!rule.byMonthDay.isEmpty() && frequency == Frequency.WEEKLY) {
            violations.add(notWithFrequency("BYMONTHDAY", rule.byMonthDay, frequency, "not WEEKLY rules"));
        }
        boolean monthScope =
                frequency == Frequency.MONTHLY || (frequency == Frequency.YEARLY && !rule.byMonth.isEmpty());
        for (WeekdayNum day : rule.byDay) {
            if (!day.hasOrdinal()) {
                continue;
            }
            if (frequency == Frequency.DAILY || frequency == Frequency.WEEKLY) {
                violations.add(ordinalNotAllowed(
                        day, "an ordinal is allowed with FREQ=MONTHLY or YEARLY only, not " + frequency));
            } else if (frequency == Frequency.YEARLY && !rule.byWeekNo.isEmpty()) {
                violations.add(ordinalNotAllowed(day, "an ordinal is not allowed together with BYWEEKNO"));
            } else if (monthScope && Math.abs(day.ordinal()) > MAX_ORDINAL_IN_MONTH) {
                violations.add(ordinalNotAllowed(
                        day, "a month has at most 5 of each day of the week, so the ordinal is -5..-1 or 1..5"));
            }
        }
    }

    private static void checkRange(
            List<Violation> violations, String part, List<Integer> values, int max, String expected) {
        for (int value : values) {
            if (value == 0 || value < -max || value > max) {
                violations.add(outOfRange(part, value, expected));
            }
        }
    }

    private static void checkDuplicates(List<Violation> violations, String part, List<?> values) {
        Set<Object> seen = new HashSet<>();
        Set<Object> reported = new HashSet<>();
        for (Object value : values) {
            if (!seen.add(value) && reported.add(value)) {
                violations.add(new Violation(DUPLICATE, "rrule." + part, value + " is listed twice"));
            }
        }
    }

    private static Violation outOfRange(String part, int value, String expected) {
        return new Violation(OUT_OF_RANGE, "rrule." + part, part + "=" + value + " is out of range: " + expected);
    }

    private static Violation notWithFrequency(String part, List<Integer> values, Frequency frequency, String rule) {
        return new Violation(
                NOT_WITH_FREQUENCY,
                "rrule." + part,
                part + "=" + join(values) + " is not allowed with FREQ=" + frequency + ": " + part + " is for " + rule);
    }

    private static Violation ordinalNotAllowed(WeekdayNum day, String reason) {
        return new Violation(ORDINAL_NOT_ALLOWED, "rrule.BYDAY", "BYDAY=" + day + " is not allowed: " + reason);
    }

    private static String join(List<Integer> values) {
        StringBuilder text = new StringBuilder();
        for (int value : values) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(value);
        }
        return text.toString();
    }
}
