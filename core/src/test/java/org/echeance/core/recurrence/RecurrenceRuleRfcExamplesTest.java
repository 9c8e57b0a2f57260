package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The date-based examples of RFC 5545 section 3.8.5.3 ("Recurrence Rule"), each with the DTSTART date and the
 * dates the RFC lists. The RFC's examples have a time of day and a time zone; only their dates matter here. Infinite
 * rules ("forever") are compared on the dates the RFC writes out.
 */
class RecurrenceRuleRfcExamplesTest {
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Test
    void dailyForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970902T090000 RRULE:FREQ=DAILY;COUNT=10
        assertExpansion(
                "FREQ=DAILY;COUNT=10",
                "19970902",
                "19970902 19970903 19970904 19970905 19970906 19970907 19970908 19970909 19970910 19970911");
    }

    @Test
    void everyTenDaysFiveOccurrences() {
        // DTSTART;TZID=America/New_York:19970902T090000 RRULE:FREQ=DAILY;INTERVAL=10;COUNT=5
        assertExpansion("FREQ=DAILY;INTERVAL=10;COUNT=5", "19970902", "19970902 19970912 19970922 19971002 19971012");
    }

    @Test
    void everyDayInJanuaryForThreeYearsWithADateTimeUntil() {
        // DTSTART;TZID=America/New_York:19980101T090000
        // RRULE:FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA
        // or RRULE:FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1
        LocalDate start = LocalDate.of(1998, 1, 1);
        List<LocalDate> expected = List.of(1998, 1999, 2000).stream()
                .flatMap(year -> LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year, 2, 1)))
                .collect(Collectors.toList());

        RecurrenceRule yearly =
                RecurrenceRule.parse("FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA");
        RecurrenceRule daily = RecurrenceRule.parse("FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1");

        assertThat(yearly.expand(start)).containsExactlyElementsOf(expected).hasSize(93);
        assertThat(daily.expand(start)).containsExactlyElementsOf(expected);
    }

    @Test
    void weeklyForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970902T090000 RRULE:FREQ=WEEKLY;COUNT=10
        assertExpansion(
                "FREQ=WEEKLY;COUNT=10",
                "19970902",
                "19970902 19970909 19970916 19970923 19970930 19971007 19971014 19971021 19971028 19971104");
    }

    @Test
    void weeklyOnTuesdayAndThursdayForFiveWeeks() {
        // DTSTART;TZID=America/New_York:19970902T090000
        // RRULE:FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH
        // The RFC's last date is 1997-10-02: its 1997-10-07 occurrence at 09:00 New York time comes after UNTIL,
        // midnight UTC. On dates alone UNTIL is reduced to 1997-10-07, inclusive, so that date is an occurrence.
        String rfcDates = "19970902 19970904 19970909 19970911 19970916 19970918 19970923 19970925 19970930 19971002";
        assertExpansion("FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", "19970902", rfcDates + " 19971007");
        assertExpansion("FREQ=WEEKLY;UNTIL=19971006;WKST=SU;BYDAY=TU,TH", "19970902", rfcDates);
    }

    @Test
    void everyOtherWeekOnMondayWednesdayAndFridayUntilChristmasEve() {
        // DTSTART;TZID=America/New_York:19970901T090000
        // RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR
        // As above, the UNTIL date itself (Wednesday 1997-12-24) is an occurrence on dates alone.
        assertExpansion(
                "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
                "19970901",
                "19970901 19970903 19970905 19970915 19970917 19970919 19970929 19971001 19971003 19971013"
                        + " 19971015 19971017 19971027 19971029 19971031 19971110 19971112 19971114 19971124"
                        + " 19971126 19971128 19971208 19971210 19971212 19971222 19971224");
    }

    @Test
    void weekStartChangesWhichDaysAnEveryOtherWeekRuleGives() {
        // DTSTART;TZID=America/New_York:19970805T090000
        // RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO, then the same with WKST=SU
        assertExpansion(
                "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
                "19970805",
                "19970805 19970810 19970819 19970824");
        assertExpansion(
                "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
                "19970805",
                "19970805 19970817 19970819 19970831");
    }

    @Test
    void monthlyOnTheFirstFridayForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970905T090000 RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=1FR
        assertExpansion(
                "FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
                "19970905",
                "19970905 19971003 19971107 19971205 19980102 19980206 19980306 19980403 19980501 19980605");
    }

    @Test
    void everyOtherMonthOnTheFirstAndLastSundayForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970907T090000 RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU
        assertExpansion(
                "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU",
                "19970907",
                "19970907 19970928 19971102 19971130 19980104 19980125 19980301 19980329 19980503 19980531");
    }

    @Test
    void monthlyOnTheSecondToLastMondayForSixMonths() {
        // DTSTART;TZID=America/New_York:19970922T090000 RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=-2MO
        assertExpansion(
                "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", "19970922", "19970922 19971020 19971117 19971222 19980119 19980216");
    }

    @Test
    void monthlyOnTheThirdToTheLastDay() {
        // DTSTART;TZID=America/New_York:19970928T090000 RRULE:FREQ=MONTHLY;BYMONTHDAY=-3 (forever)
        assertFirst("FREQ=MONTHLY;BYMONTHDAY=-3", "19970928", "19970928 19971029 19971128 19971229 19980129 19980226");
    }

    @Test
    void monthlyOnTheSecondAndFifteenthForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970902T090000 RRULE:FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15
        assertExpansion(
                "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15",
                "19970902",
                "19970902 19970915 19971002 19971015 19971102 19971115 19971202 19971215 19980102 19980115");
    }

    @Test
    void monthlyOnTheFirstAndLastDayForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970930T090000 RRULE:FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1
        assertExpansion(
                "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1",
                "19970930",
                "19970930 19971001 19971031 19971101 19971130 19971201 19971231 19980101 19980131 19980201");
    }

    @Test
    void everyEighteenMonthsOnTheTenthThroughFifteenthForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970910T090000
        // RRULE:FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15
        assertExpansion(
                "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
                "19970910",
                "19970910 19970911 19970912 19970913 19970914 19970915 19990310 19990311 19990312 19990313");
    }

    @Test
    void everyTuesdayEveryOtherMonth() {
        // DTSTART;TZID=America/New_York:19970902T090000 RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=TU (forever)
        assertFirst(
                "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
                "19970902",
                "19970902 19970909 19970916 19970923 19970930 19971104 19971111 19971118 19971125 19980106"
                        + " 19980113 19980120 19980127 19980303 19980310 19980317 19980324 19980331");
    }

    @Test
    void yearlyInJuneAndJulyForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970610T090000 RRULE:FREQ=YEARLY;COUNT=10;BYMONTH=6,7
        assertExpansion(
                "FREQ=YEARLY;COUNT=10;BYMONTH=6,7",
                "19970610",
                "19970610 19970710 19980610 19980710 19990610 19990710 20000610 20000710 20010610 20010710");
    }

    @Test
    void everyOtherYearOnJanuaryFebruaryAndMarchForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970310T090000 RRULE:FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3
        assertExpansion(
                "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3",
                "19970310",
                "19970310 19990110 19990210 19990310 20010110 20010210 20010310 20030110 20030210 20030310");
    }

    @Test
    void everyThirdYearOnTheFirstHundredthAndTwoHundredthDayForTenOccurrences() {
        // DTSTART;TZID=America/New_York:19970101T090000 RRULE:FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200
        assertExpansion(
                "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200",
                "19970101",
                "19970101 19970410 19970719 20000101 20000409 20000718 20030101 20030410 20030719 20060101");
    }

    @Test
    void everyTwentiethMondayOfTheYear() {
        // DTSTART;TZID=America/New_York:19970519T090000 RRULE:FREQ=YEARLY;BYDAY=20MO (forever)
        assertFirst("FREQ=YEARLY;BYDAY=20MO", "19970519", "19970519 19980518 19990517");
    }

    @Test
    void mondayOfWeekNumberTwenty() {
        // DTSTART;TZID=America/New_York:19970512T090000 RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO (forever)
        assertFirst("FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "19970512", "19970512 19980511 19990517");
    }

    @Test
    void everyMondayInMarch() {
        // DTSTART;TZID=America/New_York:19970310T090000 RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=MO (forever)
        assertFirst(
                "FREQ=YEARLY;BYMONTH=3;BYDAY=MO",
                "19970310",
                "19970310 19970317 19970324 19970331 19980302 19980309 19980316 19980323 19980330 19990301"
                        + " 19990308 19990315 19990322 19990329");
    }

    @Test
    void everyThursdayButOnlyDuringJuneJulyAndAugust() {
        // DTSTART;TZID=America/New_York:19970605T090000 RRULE:FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8 (forever)
        assertFirst(
                "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8",
                "19970605",
                "19970605 19970612 19970619 19970626 19970703 19970710 19970717 19970724 19970731 19970807"
                        + " 19970814 19970821 19970828 19980604 19980611 19980618 19980625 19980702 19980709"
                        + " 19980716 19980723 19980730 19980806 19980813 19980820 19980827");
    }

    @Test
    void everyFridayTheThirteenth() {
        // DTSTART;TZID=America/New_York:19970902T090000 EXDATE;TZID=America/New_York:19970902T090000
        // RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13 (forever). The RFC needs EXDATE to drop DTSTART, which does
        // not match the rule; Echeance, like lib-recur, never returns a start that does not match.
        assertFirst("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "19970902", "19980213 19980313 19981113 19990813 20001013");
    }

    @Test
    void theFirstSaturdayThatFollowsTheFirstSunday() {
        // DTSTART;TZID=America/New_York:19970913T090000 RRULE:FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13
        assertFirst(
                "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13",
                "19970913",
                "19970913 19971011 19971108 19971213 19980110 19980207 19980307 19980411 19980509 19980613");
    }

    @Test
    void unitedStatesPresidentialElectionDay() {
        // DTSTART;TZID=America/New_York:19961105T090000
        // RRULE:FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8 (forever)
        assertFirst(
                "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
                "19961105",
                "19961105 20001107 20041102");
    }

    @Test
    void theThirdTuesdayWednesdayOrThursdayOfTheMonthForThreeMonths() {
        // DTSTART;TZID=America/New_York:19970904T090000 RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3
        assertExpansion("FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", "19970904", "19970904 19971007 19971106");
    }

    @Test
    void theSecondToLastWeekdayOfTheMonth() {
        // DTSTART;TZID=America/New_York:19970929T090000 RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2
        assertFirst(
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2",
                "19970929",
                "19970929 19971030 19971127 19971230 19980129 19980226 19980330");
    }

    @Test
    void theLastWorkDayOfTheMonth() {
        // Section 3.3.10's BYSETPOS example, "the last work day of the month":
        // FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1, here from the RFC's usual 1997-09-29 start (a Monday, not
        // the last work day of September, so not an occurrence)
        assertFirst(
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                "19970929",
                "19970930 19971031 19971128 19971231 19980130 19980227 19980331");
    }

    @Test
    void anInvalidDateIsIgnored() {
        // DTSTART;TZID=America/New_York:20070115T090000 RRULE:FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5
        assertExpansion(
                "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", "20070115", "20070115 20070130 20070215 20070315 20070330");
    }

    /** Checks every occurrence of a finite rule. */
    private static void assertExpansion(String rule, String start, String expected) {
        RecurrenceRule parsed = RecurrenceRule.parse(rule);
        assertThat(parsed.isFinite()).isTrue();
        assertThat(parsed.expand(date(start))).containsExactlyElementsOf(dates(expected));
    }

    /** Checks the first occurrences of a rule, as many as the RFC writes out. */
    private static void assertFirst(String rule, String start, String expected) {
        List<LocalDate> dates = dates(expected);
        assertThat(RecurrenceRule.parse(rule).first(date(start), dates.size())).containsExactlyElementsOf(dates);
    }

    private static List<LocalDate> dates(String text) {
        return Arrays.stream(text.split(" "))
                .map(RecurrenceRuleRfcExamplesTest::date)
                .collect(Collectors.toList());
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text, BASIC_DATE);
    }
}
