package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.echeance.core.recurrence.RecurrenceArbitraries.RuleAndStart;

/**
 * Differential property: our RFC 5545 expansion gives the same dates as lib-recur 0.17.1, an independent
 * implementation, for generated rules over the whole supported subset and start dates from 2020 to 2030.
 *
 * <p>The first 50 occurrences up to 2200-12-31 are compared. Where lib-recur gives up on a rule with
 * {@code IllegalArgumentException} or {@code IllegalStateException} (it stops after 1,000 empty periods or 1,000 filtered dates in a row, the
 * lib-recur #108 limit, where our iterator goes on for a full 400-year calendar cycle), the dates it produced before
 * giving up must be the first of ours.
 *
 * <p>Known differences are kept out of the comparison, each checked by hand against lib-recur:
 *
 * <ul>
 *   <li>Rules with {@code BYWEEKNO=53} or {@code -53}: lib-recur returns dates in years that have no week 53, some
 *       on another day of the week than {@code BYDAY} asks (2022-01-01, a Saturday, for
 *       {@code FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO,SU}). We return nothing for a week the year does not have.
 *   <li>Rules with both {@code BYWEEKNO} and {@code BYMONTH}: lib-recur returns dates on other days of the week
 *       than {@code BYDAY} asks (2022-01-27, a Thursday, for {@code FREQ=YEARLY;BYDAY=MO;BYWEEKNO=5;BYMONTH=1}
 *       from 2022-01-01; without {@code BYMONTH} it gives the right Monday, 2022-01-31, as we do).
 *   <li>Rules with both {@code BYWEEKNO} and {@code BYYEARDAY}: lib-recur takes the year days of the calendar year,
 *       then keeps those in the listed weeks, so a day of a week that straddles New Year belongs to the calendar
 *       year; with {@code BYDAY} or {@code BYMONTHDAY} it belongs, in lib-recur as here, to the week-numbering year.
 *       {@code FREQ=YEARLY;INTERVAL=2;BYYEARDAY=-1;BYWEEKNO=1} from 2020-01-01 gives 2024-12-31 in lib-recur, a
 *       day of week 1 of 2025, a year the interval skips; we give 2025-12-31, in week 1 of 2026.
 *   <li>Rules with {@code BYYEARDAY=-366} and {@code BYDAY}: lib-recur throws
 *       {@code ArrayIndexOutOfBoundsException} ({@code FREQ=YEARLY;BYDAY=MO;BYYEARDAY=-366}). We return
 *       1 January of the leap years when it is a Monday.
 *   <li>Yearly rules with {@code BYSETPOS} are compared from a start on 1 January: in the first year, lib-recur
 *       removes the months and year days before the start from the set <em>before</em> applying {@code BYSETPOS}
 *       ({@code FREQ=YEARLY;BYMONTH=1,2;BYSETPOS=1} from 2020-02-01 gives 2020-02-01, then 1 January of each
 *       year), while within a month or week it does not. We apply {@code BYSETPOS} to the whole period's set, as
 *       RFC 5545 defines it, then drop what comes before the start (2021-01-01 first), in every frequency.
 * </ul>
 *
 * <p>lib-recur and our iterator agree on a start that does not match the rule: it is neither returned nor
 * counted by {@code COUNT} (RFC 5545 leaves this undefined).
 */
class RecurrenceRuleDifferentialProperties {
    private static final int OCCURRENCES = 50;
    private static final LocalDate CAP = LocalDate.of(2200, 12, 31);
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void rfcExpansionEqualsLibRecur(@ForAll("rulesAndStarts") RuleAndStart pair) {
        Reference reference = libRecur(pair);
        List<LocalDate> ours = ours(pair);

        Statistics.label("frequency").collect(pair.rule().frequency());
        Statistics.label("lib-recur").collect(reference.gaveUp() ? "gave up" : "compared in full");
        Statistics.label("occurrences").collect(ours.isEmpty() ? "none" : ours.size() < 10 ? "1..9" : "10+");
        String expected = compact(reference.dates());
        if (reference.gaveUp()) {
            assertThat(compact(ours)).as(pair.toString()).startsWith(expected);
        } else {
            assertThat(compact(ours)).as(pair.toString()).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<RuleAndStart> rulesAndStarts() {
        return RecurrenceArbitraries.rulesAndStarts()
                .filter(pair -> !hasKnownDifference(pair.rule()))
                .map(RecurrenceRuleDifferentialProperties::yearlySetPositionsFromFirstOfYear);
    }

    /** Checks if a rule is one of the known differences listed in the class documentation. */
    private static boolean hasKnownDifference(RecurrenceRule rule) {
        boolean weekNumbers = !rule.byWeekNo().isEmpty();
        boolean week53 = rule.byWeekNo().contains(53) || rule.byWeekNo().contains(-53);
        boolean weekNumberAndMonth = weekNumbers && !rule.byMonth().isEmpty();
        boolean weekNumberAndYearDay = weekNumbers && !rule.byYearDay().isEmpty();
        boolean firstDayOfLeapYearByDay =
                rule.byYearDay().contains(-366) && !rule.byDay().isEmpty();
        return week53 || weekNumberAndMonth || weekNumberAndYearDay || firstDayOfLeapYearByDay;
    }

    private static RuleAndStart yearlySetPositionsFromFirstOfYear(RuleAndStart pair) {
        RecurrenceRule rule = pair.rule();
        if (rule.frequency() != Frequency.YEARLY || rule.bySetPos().isEmpty()) {
            return pair;
        }
        LocalDate firstOfYear = pair.start().withDayOfYear(1);
        RecurrenceRule moved = rule.until().isPresent()
                ? rule.withUntil(firstOfYear.plusDays(
                        ChronoUnit.DAYS.between(pair.start(), rule.until().get())))
                : rule;
        return new RuleAndStart(moved, firstOfYear);
    }

    /** Writes dates on one line, so that a difference reads at a glance. */
    private static String compact(List<LocalDate> dates) {
        StringBuilder text = new StringBuilder();
        dates.forEach(date -> text.append(BASIC_DATE.format(date)).append(' '));
        return text.toString();
    }

    private static List<LocalDate> ours(RuleAndStart pair) {
        List<LocalDate> dates = new ArrayList<>();
        var occurrences = pair.rule().iterator(pair.start());
        while (dates.size() < OCCURRENCES && occurrences.hasNext()) {
            LocalDate date = occurrences.next();
            if (date.isAfter(CAP)) {
                break;
            }
            dates.add(date);
        }
        return dates;
    }

    /** The dates lib-recur gives, and whether it gave up before the end of the comparison. */
    record Reference(List<LocalDate> dates, boolean gaveUp) {}

    private static Reference libRecur(RuleAndStart pair) {
        List<LocalDate> dates = new ArrayList<>();
        try {
            org.dmfs.rfc5545.recur.RecurrenceRule rule =
                    new org.dmfs.rfc5545.recur.RecurrenceRule(pair.rule().format());
            RecurrenceRuleIterator occurrences = rule.iterator(DateTime.parse(BASIC_DATE.format(pair.start())));
            while (dates.size() < OCCURRENCES && occurrences.hasNext()) {
                LocalDate date = LocalDate.parse(occurrences.nextDateTime().toString(), BASIC_DATE);
                if (date.isAfter(CAP)) {
                    break;
                }
                dates.add(date);
            }
            return new Reference(dates, false);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // "too many empty recurrence sets" or "too many filtered recurrence instances"
            return new Reference(dates, true);
        } catch (InvalidRecurrenceRuleException e) {
            throw new AssertionError("lib-recur refuses " + pair.rule() + ": " + e.getMessage(), e);
        }
    }
}
