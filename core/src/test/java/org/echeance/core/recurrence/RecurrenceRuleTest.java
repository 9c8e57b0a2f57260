package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Reading, writing, building and comparing rules. */
class RecurrenceRuleTest {

    @Test
    void readsARuleWithOrWithoutThePrefixInAnyCase() {
        RecurrenceRule expected = RecurrenceRule.builder(Frequency.MONTHLY)
                .count(10)
                .byDay(WeekdayNum.of(1, DayOfWeek.FRIDAY))
                .build();

        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;COUNT=10;BYDAY=1FR")).isEqualTo(expected);
        assertThat(RecurrenceRule.parse("RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=1FR"))
                .isEqualTo(expected);
        assertThat(RecurrenceRule.parse("rrule:freq=monthly;count=10;byday=1fr"))
                .isEqualTo(expected);
        assertThat(RecurrenceRule.parse(" BYDAY=+1Fr;Count=10;Freq=Monthly ")).isEqualTo(expected);
    }

    @Test
    void writesThePartsInCanonicalOrder() {
        RecurrenceRule rule = RecurrenceRule.parse(
                "WKST=SU;BYSETPOS=-1;BYMONTH=6,7;BYWEEKNO=20;BYYEARDAY=-1,100;BYMONTHDAY=-1,15;BYDAY=MO,TU;INTERVAL=2;"
                        + "UNTIL=20301231;FREQ=YEARLY");

        assertThat(rule.format())
                .isEqualTo("FREQ=YEARLY;UNTIL=20301231;INTERVAL=2;BYDAY=MO,TU;BYMONTHDAY=-1,15;BYYEARDAY=-1,100;"
                        + "BYWEEKNO=20;BYMONTH=6,7;BYSETPOS=-1;WKST=SU");
        assertThat(rule).hasToString(rule.format());
        assertThat(RecurrenceRule.parse("FREQ=DAILY;COUNT=3;INTERVAL=4").format())
                .isEqualTo("FREQ=DAILY;COUNT=3;INTERVAL=4");
    }

    @Test
    void leavesOutTheDefaultsAndKeepsValuesInTheOrderGiven() {
        assertThat(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=FR,MO")
                        .format())
                .isEqualTo("FREQ=WEEKLY;BYDAY=FR,MO");
        assertThat(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=1;WKST=MO"))
                .isEqualTo(RecurrenceRule.weekly())
                .hasSameHashCodeAs(RecurrenceRule.weekly());
    }

    @Test
    void readsBackWhatItWrites() {
        for (String text : new String[] {
            "FREQ=DAILY",
            "FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=TU,TH;WKST=SU",
            "FREQ=MONTHLY;UNTIL=20251231;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
            "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "FREQ=YEARLY;BYDAY=MO;BYWEEKNO=20,-1",
            "FREQ=YEARLY;INTERVAL=3;BYYEARDAY=1,100,200"
        }) {
            RecurrenceRule rule = RecurrenceRule.parse(text);
            assertThat(rule.format()).isEqualTo(text);
            assertThat(RecurrenceRule.parse(rule.format())).isEqualTo(rule);
        }
    }

    @Test
    void reducesADateTimeUntilToItsDate() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250131T235959Z");

        assertThat(rule.until()).contains(LocalDate.of(2025, 1, 31));
        assertThat(rule.format()).isEqualTo("FREQ=DAILY;UNTIL=20250131");
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250131T000000").until())
                .contains(LocalDate.of(2025, 1, 31));
    }

    @Test
    void exposesItsParts() {
        RecurrenceRule rule = RecurrenceRule.parse(
                "FREQ=YEARLY;COUNT=4;INTERVAL=2;BYDAY=-1FR;BYMONTHDAY=-1;BYYEARDAY=300;BYMONTH=10;BYSETPOS=1;WKST=SU");

        assertThat(rule.frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(rule.interval()).isEqualTo(2);
        assertThat(rule.count()).isEqualTo(OptionalInt.of(4));
        assertThat(rule.until()).isEmpty();
        assertThat(rule.byDay()).containsExactly(WeekdayNum.of(-1, DayOfWeek.FRIDAY));
        assertThat(rule.byMonthDay()).containsExactly(-1);
        assertThat(rule.byYearDay()).containsExactly(300);
        assertThat(rule.byWeekNo()).isEmpty();
        assertThat(rule.byMonth()).containsExactly(10);
        assertThat(rule.bySetPos()).containsExactly(1);
        assertThat(rule.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(rule.isFinite()).isTrue();
        assertThat(RecurrenceRule.monthly().isFinite()).isFalse();
        assertThat(RecurrenceRule.monthly().withUntil(LocalDate.of(2030, 1, 1)).isFinite())
                .isTrue();
    }

    @Test
    void buildsTheCommonBillingRules() {
        assertThat(RecurrenceRule.daily()).hasToString("FREQ=DAILY");
        assertThat(RecurrenceRule.weekly()).hasToString("FREQ=WEEKLY");
        assertThat(RecurrenceRule.weekly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)).hasToString("FREQ=WEEKLY;BYDAY=MO,TH");
        assertThat(RecurrenceRule.monthly()).hasToString("FREQ=MONTHLY");
        assertThat(RecurrenceRule.monthlyOnDay(31)).hasToString("FREQ=MONTHLY;BYMONTHDAY=31");
        assertThat(RecurrenceRule.monthlyOnDay(-1)).hasToString("FREQ=MONTHLY;BYMONTHDAY=-1");
        assertThat(RecurrenceRule.yearly()).hasToString("FREQ=YEARLY");
        assertThat(RecurrenceRule.monthly().withInterval(3).withCount(4))
                .hasToString("FREQ=MONTHLY;COUNT=4;INTERVAL=3");
        assertThat(RecurrenceRule.yearly().withUntil(LocalDate.of(2030, 2, 28)))
                .hasToString("FREQ=YEARLY;UNTIL=20300228");
    }

    @Test
    void derivesARuleFromAnother() {
        RecurrenceRule quarterly = RecurrenceRule.monthlyOnDay(15).withInterval(3);
        RecurrenceRule lastWeekdays = quarterly.toBuilder()
                .byMonthDay()
                .byDay(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .bySetPos(-1)
                .build();

        assertThat(quarterly).hasToString("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");
        assertThat(lastWeekdays).hasToString("FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
        assertThat(quarterly).isNotEqualTo(lastWeekdays).isNotEqualTo(null).isNotEqualTo("FREQ=MONTHLY");
    }

    @Test
    void refusesACountOnARuleThatEndsOnADate() {
        RecurrenceRule rule = RecurrenceRule.monthly().withUntil(LocalDate.of(2030, 1, 1));

        assertThatThrownBy(() -> rule.withCount(3))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-RRULE-07")).isTrue());
    }

    @Test
    void readsAndWritesDaysOfTheWeek() {
        assertThat(WeekdayNum.parse("-1FR")).isEqualTo(WeekdayNum.of(-1, DayOfWeek.FRIDAY));
        assertThat(WeekdayNum.parse("+2mo")).isEqualTo(WeekdayNum.of(2, DayOfWeek.MONDAY));
        assertThat(WeekdayNum.parse("SU")).isEqualTo(WeekdayNum.of(DayOfWeek.SUNDAY));
        assertThat(WeekdayNum.parse("53TH")).hasToString("53TH");
        assertThat(WeekdayNum.of(-1, DayOfWeek.FRIDAY)).hasToString("-1FR");
        assertThat(WeekdayNum.of(DayOfWeek.SATURDAY)).hasToString("SA");
        assertThat(WeekdayNum.of(DayOfWeek.SATURDAY).hasOrdinal()).isFalse();
        assertThat(WeekdayNum.of(3, DayOfWeek.SATURDAY).hasOrdinal()).isTrue();
    }
}
