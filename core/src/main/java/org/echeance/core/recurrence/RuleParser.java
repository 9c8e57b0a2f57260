package org.echeance.core.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/** Reads the text of an RRULE into a rule, collecting every problem before reporting them. */
final class RuleParser {
    static final String MALFORMED = "ECH-RRULE-01";
    static final String UNKNOWN_PART = "ECH-RRULE-02";
    static final String FREQUENCY = "ECH-RRULE-04";
    static final String MALFORMED_VALUE = "ECH-RRULE-05";

    private static final String PREFIX = "RRULE:";
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}");
    private static final Pattern DATE_TIME = Pattern.compile("([0-9]{8})T([0-9]{6})Z?");
    private static final DateTimeFormatter BASIC_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter BASIC_TIME =
            DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> KNOWN_PARTS = Set.of(
            "FREQ",
            "UNTIL",
            "COUNT",
            "INTERVAL",
            "BYDAY",
            "BYMONTHDAY",
            "BYYEARDAY",
            "BYWEEKNO",
            "BYMONTH",
            "BYSETPOS",
            "WKST");
    private static final Map<String, String> UNSUPPORTED_PARTS = Map.of(
            "BYSECOND", "recurrence rules are date-based: no time of day",
            "BYMINUTE", "recurrence rules are date-based: no time of day",
            "BYHOUR", "recurrence rules are date-based: no time of day",
            "RSCALE", "only the Gregorian calendar is supported; use ExpansionMode.BILLING for month-end clamping",
            "SKIP", "use ExpansionMode.BILLING to move missing days to the month's last day");

    private final List<Violation> violations = new ArrayList<>();

    private RuleParser() {}

    /**
     * Reads a rule.
     *
     * @param text the rule, with or without the {@code RRULE:} prefix
     * @return the rule
     * @throws ValidationException with every problem found
     */
    static RecurrenceRule parse(String text) {
        return new RuleParser().read(text);
    }

    private RecurrenceRule read(String text) {
        String body = text.strip();
        if (body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            body = body.substring(PREFIX.length());
        }
        Map<String, String> parts = split(body);
        Optional<Frequency> frequency =
                parts.containsKey("FREQ") ? frequency(parts.get("FREQ")) : missingFrequency(body);
        RecurrenceRule.Builder builder = new RecurrenceRule.Builder(frequency.orElse(null));
        parts.forEach((name, value) -> apply(builder, name, value));
        violations.addAll(RuleChecks.check(builder));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return builder.build();
    }

    /** Splits the parts, keeping the first of each name and reporting malformed, unknown and repeated parts. */
    private Map<String, String> split(String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return parts;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String part : body.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                violations.add(new Violation(
                        MALFORMED,
                        "rrule",
                        "'" + part + "' is not a part: expected NAME=VALUE, parts separated by ';'"));
                continue;
            }
            String name = part.substring(0, equals).strip().toUpperCase(Locale.ROOT);
            String value = part.substring(equals + 1).strip();
            if (UNSUPPORTED_PARTS.containsKey(name)) {
                violations.add(new Violation(
                        UNKNOWN_PART,
                        "rrule." + name,
                        name + "=" + value + " is not supported: " + UNSUPPORTED_PARTS.get(name)));
            } else if (!KNOWN_PARTS.contains(name)) {
                violations.add(new Violation(
                        UNKNOWN_PART, "rrule." + name, "'" + part + "' is not a part of a recurrence rule"));
            } else if (seen.merge(name, 1, Integer::sum) == 2) {
                violations.add(new Violation(RuleChecks.DUPLICATE, "rrule." + name, name + " is given more than once"));
            } else if (!parts.containsKey(name)) {
                parts.put(name, value);
            }
        }
        return parts;
    }

    private Optional<Frequency> missingFrequency(String body) {
        violations.add(new Violation(
                FREQUENCY,
                "rrule.FREQ",
                body.isEmpty()
                        ? "the rule is empty: FREQ is required"
                        : "FREQ is missing: a rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"));
        return Optional.empty();
    }

    private Optional<Frequency> frequency(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (Frequency frequency : Frequency.values()) {
            if (frequency.name().equals(upper)) {
                return Optional.of(frequency);
            }
        }
        boolean timeBased = upper.equals("SECONDLY") || upper.equals("MINUTELY") || upper.equals("HOURLY");
        violations.add(new Violation(
                FREQUENCY,
                "rrule.FREQ",
                "FREQ=" + value
                        + (timeBased ? " is not supported: recurrence rules are date-based" : " is not a frequency")
                        + "; expected DAILY, WEEKLY, MONTHLY or YEARLY"));
        return Optional.empty();
    }

    private void apply(RecurrenceRule.Builder builder, String name, String value) {
        switch (name) {
            case "UNTIL":
                until(value).ifPresent(builder::until);
                break;
            case "COUNT":
                integer(name, value).ifPresent(builder::count);
                break;
            case "INTERVAL":
                integer(name, value).ifPresent(builder::interval);
                break;
            case "BYDAY":
                byDay(value).ifPresent(days -> builder.byDay = days);
                break;
            case "BYMONTHDAY":
                integers(name, value).ifPresent(values -> builder.byMonthDay = values);
                break;
            case "BYYEARDAY":
                integers(name, value).ifPresent(values -> builder.byYearDay = values);
                break;
            case "BYWEEKNO":
                integers(name, value).ifPresent(values -> builder.byWeekNo = values);
                break;
            case "BYMONTH":
                integers(name, value).ifPresent(values -> builder.byMonth = values);
                break;
            case "BYSETPOS":
                integers(name, value).ifPresent(values -> builder.bySetPos = values);
                break;
            case "WKST":
                weekStart(value).ifPresent(builder::weekStart);
                break;
            default:
                // FREQ was read before the builder was made
                break;
        }
    }

    private Optional<LocalDate> until(String value) {
        try {
            if (DATE.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value, BASIC_DATE));
            }
            Matcher dateTime = DATE_TIME.matcher(value);
            if (dateTime.matches()) {
                LocalTime.parse(dateTime.group(2), BASIC_TIME);
                return Optional.of(LocalDate.parse(dateTime.group(1), BASIC_DATE));
            }
        } catch (DateTimeParseException e) {
            // reported below with the expected forms
        }
        violations.add(new Violation(
                MALFORMED_VALUE,
                "rrule.UNTIL",
                "UNTIL=" + value + " is not a date: expected yyyyMMdd (20251231) or yyyyMMddTHHmmssZ"
                        + " (20251231T235959Z)"));
        return Optional.empty();
    }

    private Optional<Integer> integer(String name, String value) {
        if (INTEGER.matcher(value).matches()) {
            return Optional.of(Integer.parseInt(value));
        }
        violations.add(new Violation(MALFORMED_VALUE, "rrule." + name, name + "=" + value + " is not a whole number"));
        return Optional.empty();
    }

    private Optional<List<Integer>> integers(String name, String value) {
        List<Integer> values = new ArrayList<>();
        boolean valid = true;
        for (String item : value.split(",", -1)) {
            String trimmed = item.strip();
            if (INTEGER.matcher(trimmed).matches()) {
                values.add(Integer.parseInt(trimmed));
            } else {
                valid = false;
                violations.add(new Violation(
                        MALFORMED_VALUE,
                        "rrule." + name,
                        "'" + trimmed + "' in " + name + "=" + value + " is not a whole number"));
            }
        }
        return valid ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    private Optional<List<WeekdayNum>> byDay(String value) {
        List<WeekdayNum> days = new ArrayList<>();
        boolean valid = true;
        for (String item : value.split(",", -1)) {
            try {
                days.add(WeekdayNum.parse(item.strip()));
            } catch (ValidationException e) {
                valid = false;
                violations.addAll(e.violations());
            }
        }
        return valid ? Optional.of(List.copyOf(days)) : Optional.empty();
    }

    private Optional<DayOfWeek> weekStart(String value) {
        Optional<DayOfWeek> day = WeekdayNum.dayOfWeek(value);
        if (day.isEmpty()) {
            violations.add(new Violation(
                    MALFORMED_VALUE,
                    "rrule.WKST",
                    "WKST=" + value + " is not a day of the week: expected MO, TU, WE, TH, FR, SA or SU"));
        }
        return day;
    }
}
