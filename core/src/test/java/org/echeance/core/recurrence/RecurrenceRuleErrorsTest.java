package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed and contradictory rules are refused, naming the rule id, the part and the value. */
class RecurrenceRuleErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FREQ=DAILY;COUNT                         | ECH-RRULE-01 | rrule            | 'COUNT' is not a part
            FREQ=DAILY;;COUNT=2                      | ECH-RRULE-01 | rrule            | '' is not a part
            FREQ=DAILY;BYHOUR=9                      | ECH-RRULE-02 | rrule.BYHOUR     | BYHOUR=9 is not supported
            FREQ=MONTHLY;RSCALE=GREGORIAN            | ECH-RRULE-02 | rrule.RSCALE     | RSCALE=GREGORIAN is not supported
            FREQ=DAILY;X-NAME=1                      | ECH-RRULE-02 | rrule.X-NAME     | 'X-NAME=1' is not a part
            FREQ=DAILY;COUNT=2;COUNT=3               | ECH-RRULE-03 | rrule.COUNT      | COUNT is given more than once
            FREQ=MONTHLY;BYMONTHDAY=1,15,1           | ECH-RRULE-03 | rrule.BYMONTHDAY | 1 is listed twice
            FREQ=WEEKLY;BYDAY=MO,TU,mo               | ECH-RRULE-03 | rrule.BYDAY      | MO is listed twice
            COUNT=3                                  | ECH-RRULE-04 | rrule.FREQ       | FREQ is missing
            FREQ=HOURLY                              | ECH-RRULE-04 | rrule.FREQ       | FREQ=HOURLY is not supported
            FREQ=FORTNIGHTLY                         | ECH-RRULE-04 | rrule.FREQ       | FREQ=FORTNIGHTLY is not a frequency
            FREQ=DAILY;COUNT=ten                     | ECH-RRULE-05 | rrule.COUNT      | COUNT=ten is not a whole number
            FREQ=DAILY;UNTIL=2025-01-31              | ECH-RRULE-05 | rrule.UNTIL      | UNTIL=2025-01-31 is not a date
            FREQ=DAILY;UNTIL=20250230                | ECH-RRULE-05 | rrule.UNTIL      | UNTIL=20250230 is not a date
            FREQ=DAILY;UNTIL=20250131T250000Z        | ECH-RRULE-05 | rrule.UNTIL      | UNTIL=20250131T250000Z is not a date
            FREQ=WEEKLY;BYDAY=MO,XX                  | ECH-RRULE-05 | rrule.BYDAY      | 'XX' is not a day of the week
            FREQ=WEEKLY;WKST=MONDAY                  | ECH-RRULE-05 | rrule.WKST       | WKST=MONDAY is not a day of the week
            FREQ=MONTHLY;BYMONTHDAY=1,x              | ECH-RRULE-05 | rrule.BYMONTHDAY | 'x' in BYMONTHDAY=1,x is not a whole number
            FREQ=DAILY;INTERVAL=0                    | ECH-RRULE-06 | rrule.INTERVAL   | INTERVAL=0 is out of range
            FREQ=DAILY;COUNT=0                       | ECH-RRULE-06 | rrule.COUNT      | COUNT=0 is out of range
            FREQ=MONTHLY;BYMONTHDAY=32               | ECH-RRULE-06 | rrule.BYMONTHDAY | BYMONTHDAY=32 is out of range
            FREQ=MONTHLY;BYMONTHDAY=0                | ECH-RRULE-06 | rrule.BYMONTHDAY | BYMONTHDAY=0 is out of range
            FREQ=MONTHLY;BYMONTHDAY=-32              | ECH-RRULE-06 | rrule.BYMONTHDAY | BYMONTHDAY=-32 is out of range
            FREQ=YEARLY;BYMONTH=13                   | ECH-RRULE-06 | rrule.BYMONTH    | BYMONTH=13 is out of range
            FREQ=YEARLY;BYYEARDAY=367                | ECH-RRULE-06 | rrule.BYYEARDAY  | BYYEARDAY=367 is out of range
            FREQ=YEARLY;BYWEEKNO=54                  | ECH-RRULE-06 | rrule.BYWEEKNO   | BYWEEKNO=54 is out of range
            FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0         | ECH-RRULE-06 | rrule.BYSETPOS   | BYSETPOS=0 is out of range
            FREQ=MONTHLY;BYDAY=0MO                   | ECH-RRULE-06 | rrule.BYDAY      | 0MO is out of range
            FREQ=YEARLY;BYDAY=54MO                   | ECH-RRULE-06 | rrule.BYDAY      | 54MO is out of range
            FREQ=DAILY;COUNT=3;UNTIL=20250101        | ECH-RRULE-07 | rrule.COUNT      | COUNT=3 and UNTIL=20250101 exclude each other
            FREQ=MONTHLY;BYWEEKNO=20                 | ECH-RRULE-08 | rrule.BYWEEKNO   | BYWEEKNO=20 is not allowed with FREQ=MONTHLY
            FREQ=MONTHLY;BYYEARDAY=100               | ECH-RRULE-08 | rrule.BYYEARDAY  | BYYEARDAY=100 is not allowed with FREQ=MONTHLY
            FREQ=WEEKLY;BYMONTHDAY=1                 | ECH-RRULE-08 | rrule.BYMONTHDAY | BYMONTHDAY=1 is not allowed with FREQ=WEEKLY
            FREQ=WEEKLY;BYDAY=1MO                    | ECH-RRULE-09 | rrule.BYDAY      | BYDAY=1MO is not allowed
            FREQ=DAILY;BYDAY=-1FR                    | ECH-RRULE-09 | rrule.BYDAY      | BYDAY=-1FR is not allowed
            FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO        | ECH-RRULE-09 | rrule.BYDAY      | BYDAY=1MO is not allowed: an ordinal is not allowed together with BYWEEKNO
            FREQ=MONTHLY;BYDAY=6MO                   | ECH-RRULE-09 | rrule.BYDAY      | BYDAY=6MO is not allowed: a month has at most 5
            FREQ=YEARLY;BYMONTH=2;BYDAY=-6FR         | ECH-RRULE-09 | rrule.BYDAY      | BYDAY=-6FR is not allowed: a month has at most 5
            FREQ=MONTHLY;BYSETPOS=-1                 | ECH-RRULE-10 | rrule.BYSETPOS   | BYSETPOS=-1 needs another BY part
            """)
    void refusesARuleNamingThePartAndTheValue(String text, String ruleId, String path, String message) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RecurrenceRule.parse(text));

        assertThat(e).as(text).isNotNull();
        assertThat(e.violations()).as(text).hasSize(1);
        Violation violation = e.violations().get(0);
        assertThat(violation.ruleId()).isEqualTo(ruleId);
        assertThat(violation.path()).isEqualTo(path);
        assertThat(violation.message()).startsWith(message);
        assertThat(e.getMessage()).isEqualTo(path + ": " + violation.message() + " (" + ruleId + ")");
    }

    @Test
    void refusesAnEmptyRule() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RecurrenceRule.parse(" "));

        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path, Violation::message)
                .containsExactly(tuple("ECH-RRULE-04", "rrule.FREQ", "the rule is empty: FREQ is required"));
    }

    @Test
    void reportsEveryProblemOfARuleAtOnce() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=32;COUNT=3;UNTIL=20250101;BYHOUR=9;BYSETPOS=400"));

        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactlyInAnyOrder(
                        tuple("ECH-RRULE-02", "rrule.BYHOUR"),
                        tuple("ECH-RRULE-06", "rrule.BYMONTHDAY"),
                        tuple("ECH-RRULE-06", "rrule.BYSETPOS"),
                        tuple("ECH-RRULE-07", "rrule.COUNT"));
        assertThat(e.getMessage())
                .startsWith("4 violations: ")
                .contains("rrule.BYMONTHDAY: BYMONTHDAY=32 is out of range: a day of the month is 1..31 or -31..-1"
                        + " (ECH-RRULE-06)");
    }

    @Test
    void checksRangesEvenWithoutAFrequency() {
        ValidationException e =
                catchThrowableOfType(ValidationException.class, () -> RecurrenceRule.parse("BYMONTH=0;INTERVAL=-1"));

        assertThat(e.violations())
                .extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("ECH-RRULE-04", "ECH-RRULE-06", "ECH-RRULE-06");
    }

    @Test
    void refusesBadPartsGivenToTheBuilder() {
        assertRefused(() -> RecurrenceRule.monthlyOnDay(32), "ECH-RRULE-06", "rrule.BYMONTHDAY");
        assertRefused(() -> RecurrenceRule.monthlyOnDay(0), "ECH-RRULE-06", "rrule.BYMONTHDAY");
        assertRefused(() -> RecurrenceRule.weekly(DayOfWeek.MONDAY, DayOfWeek.MONDAY), "ECH-RRULE-03", "rrule.BYDAY");
        assertRefused(() -> RecurrenceRule.monthly().withInterval(0), "ECH-RRULE-06", "rrule.INTERVAL");
        assertRefused(() -> RecurrenceRule.monthly().withCount(-2), "ECH-RRULE-06", "rrule.COUNT");
        assertRefused(() -> WeekdayNum.of(60, DayOfWeek.MONDAY), "ECH-RRULE-06", "rrule.BYDAY");
        assertRefused(
                () -> RecurrenceRule.builder(Frequency.WEEKLY)
                        .byDay(WeekdayNum.of(2, DayOfWeek.MONDAY))
                        .build(),
                "ECH-RRULE-09",
                "rrule.BYDAY");
        assertRefused(
                () -> RecurrenceRule.builder(Frequency.DAILY).bySetPos(1).build(), "ECH-RRULE-10", "rrule.BYSETPOS");
    }

    private static void assertRefused(Runnable action, String ruleId, String path) {
        ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple(ruleId, path));
        assertThat(e.getMessage()).startsWith(path + ": ").endsWith(" (" + ruleId + ")");
    }
}
