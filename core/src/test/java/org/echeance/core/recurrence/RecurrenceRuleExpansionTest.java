package org.echeance.core.recurrence;

import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.core.recurrence.ExpansionMode.BILLING;
import static org.echeance.core.recurrence.ExpansionMode.RFC_5545;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Expansion: the two modes, the start date, laziness, ranges and the guard against rules without dates. */
class RecurrenceRuleExpansionTest {
    private static final LocalDate JAN_31_2025 = LocalDate.of(2025, JANUARY, 31);

    @Test
    void monthlyFromThe31stSkipsShortMonthsInRfcMode() {
        // RFC 5545: "Recurrence rules may generate recurrence instances with an invalid date ... MUST be ignored"
        assertThat(RecurrenceRule.monthly().first(JAN_31_2025, 7, RFC_5545))
                .containsExactly(
                        date("2025-01-31"),
                        date("2025-03-31"),
                        date("2025-05-31"),
                        date("2025-07-31"),
                        date("2025-08-31"),
                        date("2025-10-31"),
                        date("2025-12-31"));
        assertThat(RecurrenceRule.monthly().first(JAN_31_2025, 3))
                .isEqualTo(RecurrenceRule.monthly().first(JAN_31_2025, 3, RFC_5545));
    }

    @Test
    void monthlyFromThe31stClampsToTheMonthEndAndReturnsToThe31stInBillingMode() {
        assertThat(RecurrenceRule.monthly().first(LocalDate.of(2023, JANUARY, 31), 14, BILLING))
                .containsExactly(
                        date("2023-01-31"),
                        date("2023-02-28"),
                        date("2023-03-31"),
                        date("2023-04-30"),
                        date("2023-05-31"),
                        date("2023-06-30"),
                        date("2023-07-31"),
                        date("2023-08-31"),
                        date("2023-09-30"),
                        date("2023-10-31"),
                        date("2023-11-30"),
                        date("2023-12-31"),
                        date("2024-01-31"),
                        date("2024-02-29"));
    }

    @Test
    void monthlyFromThe30thNeverDriftsToThe28th() {
        // Kill Bill's BCD drift: chaining plusMonths from the previous date gives Feb 28, Mar 28, Apr 28...
        assertThat(RecurrenceRule.monthly().first(LocalDate.of(2025, JANUARY, 30), 4, BILLING))
                .containsExactly(date("2025-01-30"), date("2025-02-28"), date("2025-03-30"), date("2025-04-30"));
    }

    @Test
    void yearlyFromALeapDayGivesLeapYearsOnlyInRfcModeAndFebruary28thInBillingMode() {
        LocalDate leapDay = LocalDate.of(2024, FEBRUARY, 29);

        assertThat(RecurrenceRule.yearly().first(leapDay, 3, RFC_5545))
                .containsExactly(date("2024-02-29"), date("2028-02-29"), date("2032-02-29"));
        assertThat(RecurrenceRule.yearly().first(leapDay, 5, BILLING))
                .containsExactly(
                        date("2024-02-29"),
                        date("2025-02-28"),
                        date("2026-02-28"),
                        date("2027-02-28"),
                        date("2028-02-29"));
    }

    @Test
    void billingModeClampsMonthDaysFrom29To31Only() {
        LocalDate start = LocalDate.of(2025, JANUARY, 1);

        assertThat(RecurrenceRule.monthlyOnDay(30).first(start, 3, BILLING))
                .containsExactly(date("2025-01-30"), date("2025-02-28"), date("2025-03-30"));
        assertThat(RecurrenceRule.monthlyOnDay(30).first(start, 3, RFC_5545))
                .containsExactly(date("2025-01-30"), date("2025-03-30"), date("2025-04-30"));
        // two days that land on the same last day count once
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=30,31").first(start, 4, BILLING))
                .containsExactly(date("2025-01-30"), date("2025-01-31"), date("2025-02-28"), date("2025-03-30"));
        // negative days are the same in both modes: the 30th from the end does not exist in February
        RecurrenceRule thirtiethFromTheEnd = RecurrenceRule.monthlyOnDay(-30);
        assertThat(thirtiethFromTheEnd.first(start, 2, BILLING))
                .isEqualTo(thirtiethFromTheEnd.first(start, 2, RFC_5545))
                .containsExactly(date("2025-01-02"), date("2025-03-02"));
        // days of the week are the same in both modes
        RecurrenceRule fifthMonday = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=5MO");
        assertThat(fifthMonday.first(start, 4, BILLING)).isEqualTo(fifthMonday.first(start, 4, RFC_5545));
    }

    @Test
    void billingModeCountsClampedDaysForCount() {
        RecurrenceRule rule = RecurrenceRule.monthly().withCount(3);

        assertThat(rule.expand(JAN_31_2025, BILLING))
                .containsExactly(date("2025-01-31"), date("2025-02-28"), date("2025-03-31"));
        assertThat(rule.expand(JAN_31_2025, RFC_5545))
                .containsExactly(date("2025-01-31"), date("2025-03-31"), date("2025-05-31"));
    }

    @Test
    void aStartThatMatchesTheRuleIsTheFirstOccurrence() {
        LocalDate firstFriday = LocalDate.of(2025, 2, 7);

        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=1FR;COUNT=3").expand(firstFriday))
                .containsExactly(date("2025-02-07"), date("2025-03-07"), date("2025-04-04"));
    }

    @Test
    void aStartThatDoesNotMatchTheRuleIsNeitherReturnedNorCounted() {
        // lib-recur 0.17.1 does the same; RFC 5545 leaves the case undefined
        LocalDate notAFriday = LocalDate.of(2025, 1, 15);

        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=1FR;COUNT=3").expand(notAFriday))
                .containsExactly(date("2025-02-07"), date("2025-03-07"), date("2025-04-04"));
        assertThat(RecurrenceRule.weekly(DayOfWeek.MONDAY).first(notAFriday, 2))
                .containsExactly(date("2025-01-20"), date("2025-01-27"));
    }

    @Test
    void bySetPosPicksFromTheWholePeriodThenDropsWhatComesBeforeTheStart() {
        // the first weekday of January 2025 is the 1st, before the start: January has no occurrence
        RecurrenceRule firstWeekday = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1");

        assertThat(firstWeekday.first(LocalDate.of(2025, 1, 15), 2))
                .containsExactly(date("2025-02-03"), date("2025-03-03"));
    }

    @Test
    void weekNumbersFollowTheWeekNumberingYear() {
        // week 1 of 2026 starts on Monday 2025-12-29
        RecurrenceRule firstWeek = RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO,WE");

        assertThat(firstWeek.first(LocalDate.of(2025, 6, 1), 4))
                .containsExactly(date("2025-12-29"), date("2025-12-31"), date("2027-01-04"), date("2027-01-06"));
        // without BYDAY, the start's day of the week (a Wednesday here)
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=20").first(LocalDate.of(2025, 1, 1), 2))
                .containsExactly(date("2025-05-14"), date("2026-05-13"));
        // a week the year does not have gives nothing: 2026 has 53 weeks, 2025 and 2027 have 52
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO").first(LocalDate.of(2025, 1, 1), 2))
                .containsExactly(date("2026-12-28"), date("2032-12-27"));
    }

    @Test
    void theInformationARuleLeavesOutComesFromTheStart() {
        LocalDate start = LocalDate.of(2025, 3, 10);

        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=1,6").first(start, 2))
                .containsExactly(date("2025-06-10"), date("2026-01-10"));
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=1,31").first(start, 2))
                .containsExactly(date("2025-03-31"), date("2026-03-01"));
        assertThat(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2").first(start, 2))
                .containsExactly(date("2025-03-10"), date("2025-03-24"));
    }

    @Test
    void untilIsInclusive() {
        RecurrenceRule rule = RecurrenceRule.monthly().withUntil(LocalDate.of(2025, 4, 30));

        assertThat(rule.expand(LocalDate.of(2025, 1, 30), BILLING))
                .containsExactly(date("2025-01-30"), date("2025-02-28"), date("2025-03-30"), date("2025-04-30"));
        assertThat(rule.expand(LocalDate.of(2025, 5, 1))).isEmpty();
    }

    @Test
    void anInfiniteRuleIsLazy() {
        Iterator<LocalDate> daily = RecurrenceRule.daily().iterator(LocalDate.of(2025, 1, 1));

        assertThat(daily.hasNext()).isTrue();
        assertThat(daily.hasNext()).isTrue();
        assertThat(daily.next()).isEqualTo(date("2025-01-01"));
        assertThat(RecurrenceRule.daily()
                        .expand(LocalDate.of(2025, 1, 1))
                        .skip(364)
                        .findFirst())
                .contains(date("2025-12-31"));
        assertThat(RecurrenceRule.monthly()
                        .expand(JAN_31_2025, BILLING)
                        .limit(10_000)
                        .count())
                .isEqualTo(10_000);
    }

    @Test
    void aFiniteRuleEnds() {
        Iterator<LocalDate> three = RecurrenceRule.monthly().withCount(3).iterator(JAN_31_2025);
        three.next();
        three.next();
        three.next();

        assertThat(three.hasNext()).isFalse();
        assertThatThrownBy(three::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @Timeout(5)
    void aRuleThatCanNeverProduceADateEndsInsteadOfLooping() {
        LocalDate start = LocalDate.of(2024, 1, 1);

        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").expand(start))
                .isEmpty();
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31").expand(start))
                .isEmpty();
        assertThat(RecurrenceRule.parse("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30").expand(start))
                .isEmpty();
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=1;BYYEARDAY=200").expand(start))
                .isEmpty();
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1;BYSETPOS=2")
                        .expand(start))
                .isEmpty();
        assertThat(RecurrenceRule.parse("FREQ=DAILY;INTERVAL=7;BYDAY=TU").expand(date("2024-01-01")))
                .isEmpty();
        // the same rules give dates where they exist
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").first(start, 2, BILLING))
                .containsExactly(date("2024-02-29"), date("2025-02-28"));
    }

    @Test
    @Timeout(5)
    void aRareRuleIsNotMistakenForOneWithoutDates() {
        // 29 February on a Monday: 28 years apart, and 40 across 2100, which is not a leap year
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
                        .first(date("2020-01-01"), 4))
                .containsExactly(date("2044-02-29"), date("2072-02-29"), date("2112-02-29"), date("2140-02-29"));
        // every 100 years from a leap day: 2100, 2200 and 2300 are common years, 2400 is a leap year
        assertThat(RecurrenceRule.yearly().withInterval(100).first(date("2000-02-29"), 2))
                .containsExactly(date("2000-02-29"), date("2400-02-29"));
    }

    @Test
    void expansionEndsAfterTheLastDateRfc5545CanWrite() {
        assertThat(RecurrenceRule.yearly().expand(date("9998-06-01")))
                .containsExactly(date("9998-06-01"), date("9999-06-01"));
        assertThat(RecurrenceRule.daily().withInterval(Integer.MAX_VALUE).expand(date("2025-01-01")))
                .containsExactly(date("2025-01-01"));
        assertThatThrownBy(() -> RecurrenceRule.daily().iterator(date("+10000-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start: +10000-01-01");
    }

    @Test
    void betweenIsHalfOpen() {
        RecurrenceRule rule = RecurrenceRule.monthlyOnDay(1);
        LocalDate start = date("2025-01-01");

        assertThat(rule.between(start, date("2025-03-01"), date("2025-05-01")))
                .containsExactly(date("2025-03-01"), date("2025-04-01"));
        assertThat(rule.between(start, date("2025-03-02"), date("2025-05-02")))
                .containsExactly(date("2025-04-01"), date("2025-05-01"));
        assertThat(rule.between(start, date("2025-05-01"), date("2025-03-01"))).isEmpty();
        assertThat(rule.between(start, date("2024-01-01"), date("2025-02-01"))).containsExactly(start);
    }

    @Test
    void betweenCountsFromTheStart() {
        RecurrenceRule three = RecurrenceRule.monthly().withCount(3);

        assertThat(three.between(date("2025-01-01"), date("2025-03-01"), date("2026-01-01")))
                .containsExactly(date("2025-03-01"));
    }

    @Test
    void betweenSkipsThePeriodsBeforeTheRange() {
        assertThat(RecurrenceRule.daily().between(date("2000-01-01"), date("2025-01-30"), date("2025-02-02")))
                .containsExactly(date("2025-01-30"), date("2025-01-31"), date("2025-02-01"));
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO,TU,WE")
                        .between(date("2020-01-01"), date("2025-12-01"), date("2026-01-01")))
                .containsExactly(date("2025-12-29"), date("2025-12-30"), date("2025-12-31"));
        assertThat(RecurrenceRule.monthly().between(JAN_31_2025, date("2030-02-01"), date("2030-05-01"), BILLING))
                .containsExactly(date("2030-02-28"), date("2030-03-31"), date("2030-04-30"));
        assertThat(RecurrenceRule.weekly(DayOfWeek.FRIDAY)
                        .withInterval(2)
                        .between(date("2025-01-03"), date("2025-03-01"), date("2025-03-31")))
                .containsExactly(date("2025-03-14"), date("2025-03-28"));
    }

    @Test
    void firstReturnsFewerWhenTheRuleEnds() {
        assertThat(RecurrenceRule.monthly().withCount(2).first(JAN_31_2025, 5)).hasSize(2);
        assertThat(RecurrenceRule.monthly().first(JAN_31_2025, 0)).isEmpty();
        assertThatThrownBy(() -> RecurrenceRule.monthly().first(JAN_31_2025, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expandingTenYearsOfMonthlyPeriodsIsFast() {
        long started = System.nanoTime();
        List<LocalDate> tenYears = RecurrenceRule.monthly().first(JAN_31_2025, 120, BILLING);

        assertThat(tenYears).hasSize(120);
        assertThat(tenYears.stream().map(LocalDate::getYear).collect(Collectors.toSet()))
                .hasSize(10);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
