package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Month-end billing: for every anchor day 1..31 and every start month over four years (2024, a leap year, to 2027),
 * monthly occurrences in {@link ExpansionMode#BILLING} never skip a month, never fall twice in one month, fall on
 * {@code min(anchor day, month length)}, and the periods between them are contiguous. The expected dates come from
 * {@link YearMonth} arithmetic on the anchor, not from the previous occurrence.
 */
class BillingModeProperties {
    private static final YearMonth FIRST_MONTH = YearMonth.of(2024, 1);
    private static final int MONTHS = 48;
    private static final int OCCURRENCES = 36;

    /** {@code FREQ=MONTHLY} from a start on the anchor day, or on the last day of a month too short for it. */
    @Property(tries = 31 * MONTHS, generation = GenerationMode.EXHAUSTIVE)
    void monthlyOccurrencesFollowTheStartsDayWithoutSkippingAMonth(
            @ForAll @IntRange(min = 1, max = 31) int anchorDay,
            @ForAll @IntRange(min = 0, max = MONTHS - 1) int startMonth) {
        YearMonth month = FIRST_MONTH.plusMonths(startMonth);
        LocalDate start = month.atDay(Math.min(anchorDay, month.lengthOfMonth()));
        List<LocalDate> occurrences = RecurrenceRule.monthly().first(start, OCCURRENCES, ExpansionMode.BILLING);

        // a start clamped to a short month's end anchors on that day: the rule knows only the start
        assertMonthlyOnAnchor(occurrences, month, start.getDayOfMonth());
    }

    /** {@code FREQ=MONTHLY;BYMONTHDAY=anchor} from any day of the start month. */
    @Property(tries = 31 * MONTHS, generation = GenerationMode.EXHAUSTIVE)
    void monthlyOnADayOfTheMonthNeverSkipsAMonth(
            @ForAll @IntRange(min = 1, max = 31) int anchorDay,
            @ForAll @IntRange(min = 0, max = MONTHS - 1) int startMonth) {
        YearMonth month = FIRST_MONTH.plusMonths(startMonth);
        LocalDate start = month.atDay(1 + (anchorDay * 7 + startMonth) % month.lengthOfMonth());
        List<LocalDate> occurrences =
                RecurrenceRule.monthlyOnDay(anchorDay).first(start, OCCURRENCES, ExpansionMode.BILLING);

        LocalDate inStartMonth = month.atDay(Math.min(anchorDay, month.lengthOfMonth()));
        YearMonth firstMonth = inStartMonth.isBefore(start) ? month.plusMonths(1) : month;
        assertThat(occurrences.get(0)).isAfterOrEqualTo(start);
        assertMonthlyOnAnchor(occurrences, firstMonth, anchorDay);
    }

    /** A quarterly rule from a month end never skips a quarter. */
    @Property(tries = 31 * MONTHS, generation = GenerationMode.EXHAUSTIVE)
    void quarterlyOccurrencesAreThreeMonthsApartOnTheAnchor(
            @ForAll @IntRange(min = 1, max = 31) int anchorDay,
            @ForAll @IntRange(min = 0, max = MONTHS - 1) int startMonth) {
        YearMonth month = FIRST_MONTH.plusMonths(startMonth);
        LocalDate start = month.atDay(Math.min(anchorDay, month.lengthOfMonth()));
        List<LocalDate> occurrences = RecurrenceRule.monthly().withInterval(3).first(start, 12, ExpansionMode.BILLING);

        for (int k = 0; k < occurrences.size(); k++) {
            YearMonth expected = month.plusMonths(3L * k);
            assertThat(occurrences.get(k))
                    .isEqualTo(expected.atDay(Math.min(start.getDayOfMonth(), expected.lengthOfMonth())));
        }
    }

    /** A yearly rule from any day of the four years, 29 February included, falls once in every year. */
    @Property(tries = 31 * MONTHS, generation = GenerationMode.EXHAUSTIVE)
    void yearlyOccurrencesFallOnceInEveryYear(
            @ForAll @IntRange(min = 1, max = 31) int anchorDay,
            @ForAll @IntRange(min = 0, max = MONTHS - 1) int startMonth) {
        YearMonth month = FIRST_MONTH.plusMonths(startMonth);
        LocalDate start = month.atDay(Math.min(anchorDay, month.lengthOfMonth()));
        List<LocalDate> occurrences = RecurrenceRule.yearly().first(start, 10, ExpansionMode.BILLING);

        for (int k = 0; k < occurrences.size(); k++) {
            YearMonth expected = month.plusYears(k);
            assertThat(occurrences.get(k))
                    .isEqualTo(expected.atDay(Math.min(start.getDayOfMonth(), expected.lengthOfMonth())));
        }
    }

    private static void assertMonthlyOnAnchor(List<LocalDate> occurrences, YearMonth firstMonth, int anchorDay) {
        assertThat(occurrences).hasSize(OCCURRENCES);
        for (int k = 0; k < occurrences.size(); k++) {
            YearMonth expectedMonth = firstMonth.plusMonths(k);
            LocalDate occurrence = occurrences.get(k);
            // one occurrence in every month, in order: never a skipped month, never two in a month
            assertThat(YearMonth.from(occurrence)).isEqualTo(expectedMonth);
            assertThat(occurrence.getDayOfMonth()).isEqualTo(Math.min(anchorDay, expectedMonth.lengthOfMonth()));
        }
        // the periods [occurrence k, occurrence k + 1) are contiguous: each ends where the next begins, none is
        // empty or longer than a month, and together they cover every day from the first occurrence to the last
        long coveredDays = 0;
        for (int k = 0; k + 1 < occurrences.size(); k++) {
            long days = ChronoUnit.DAYS.between(occurrences.get(k), occurrences.get(k + 1));
            assertThat(days).isBetween(28L, 31L);
            coveredDays += days;
        }
        assertThat(coveredDays)
                .isEqualTo(ChronoUnit.DAYS.between(occurrences.get(0), occurrences.get(occurrences.size() - 1)));
    }
}
