package org.echeance.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.recurrence.RecurrenceArbitraries.RuleAndStart;

/** Invariants of reading, writing and expanding generated rules, in both modes. */
class RecurrenceRuleProperties {
    private static final int OCCURRENCES = 60;

    @Property
    void parseReadsBackWhatFormatWrites(@ForAll("rules") RecurrenceRule rule) {
        RecurrenceRule read = RecurrenceRule.parse(rule.format());

        assertThat(read).isEqualTo(rule).hasSameHashCodeAs(rule);
        assertThat(read.format()).isEqualTo(rule.format());
        assertThat(RecurrenceRule.parse("RRULE:" + rule.format().toLowerCase(Locale.ROOT)))
                .isEqualTo(rule);
    }

    @Property
    void occurrencesAreIncreasingAndWithinTheRulesBounds(
            @ForAll("rulesAndStarts") RuleAndStart pair, @ForAll ExpansionMode mode) {
        RecurrenceRule rule = pair.rule();
        List<LocalDate> occurrences = rule.first(pair.start(), OCCURRENCES, mode);

        for (int i = 0; i < occurrences.size(); i++) {
            LocalDate occurrence = occurrences.get(i);
            assertThat(occurrence).isAfterOrEqualTo(pair.start());
            rule.until().ifPresent(until -> assertThat(occurrence).isBeforeOrEqualTo(until));
            if (i > 0) {
                assertThat(occurrence).isAfter(occurrences.get(i - 1));
            }
        }
        rule.count().ifPresent(count -> assertThat(occurrences).hasSizeLessThanOrEqualTo(count));
    }

    @Property
    void betweenIsTheExpansionWithinTheHalfOpenRange(
            @ForAll("rulesAndStarts") RuleAndStart pair,
            @ForAll ExpansionMode mode,
            @ForAll @IntRange(min = -400, max = 3_000) int fromOffset,
            @ForAll @IntRange(min = 0, max = 800) int length) {
        LocalDate from = pair.start().plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        List<LocalDate> expected = pair.rule()
                .expand(pair.start(), mode)
                .takeWhile(date -> date.isBefore(to))
                .filter(date -> !date.isBefore(from))
                .collect(Collectors.toList());

        assertThat(pair.rule().between(pair.start(), from, to, mode)).isEqualTo(expected);
    }

    @Property
    void firstIsTheBeginningOfTheExpansion(
            @ForAll("rulesAndStarts") RuleAndStart pair,
            @ForAll ExpansionMode mode,
            @ForAll @IntRange(min = 0, max = 40) int limit) {
        List<LocalDate> expected =
                pair.rule().expand(pair.start(), mode).limit(limit).collect(Collectors.toList());

        assertThat(pair.rule().first(pair.start(), limit, mode)).isEqualTo(expected);
    }

    @Property
    void billingModeChangesNothingWhenEveryDayExists(@ForAll("rulesAndStarts") RuleAndStart pair) {
        RecurrenceRule rule = pair.rule();
        boolean everyDayExists =
                pair.start().getDayOfMonth() <= 28 && rule.byMonthDay().stream().allMatch(day -> day <= 28);

        if (everyDayExists) {
            assertThat(rule.first(pair.start(), OCCURRENCES, ExpansionMode.BILLING))
                    .isEqualTo(rule.first(pair.start(), OCCURRENCES, ExpansionMode.RFC_5545));
        }
    }

    /** Without BYSETPOS (which picks from a set billing mode may change) and COUNT (which billing dates use up). */
    @Property
    void billingModeOnlyAddsDatesOnMonthEnds(@ForAll("rulesAndStarts") RuleAndStart pair) {
        RecurrenceRule rule = RecurrenceRule.parse(pair.rule().format().replaceAll(";COUNT=[0-9]+", ""));
        if (!rule.bySetPos().isEmpty()) {
            return;
        }
        LocalDate to = pair.start().plusYears(5);
        List<LocalDate> rfc = rule.between(pair.start(), pair.start(), to, ExpansionMode.RFC_5545);
        List<LocalDate> billing = rule.between(pair.start(), pair.start(), to, ExpansionMode.BILLING);

        assertThat(billing).containsAll(rfc);
        billing.stream()
                .filter(date -> !rfc.contains(date))
                .forEach(date -> assertThat(date.getDayOfMonth()).isEqualTo(date.lengthOfMonth()));
    }

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RecurrenceArbitraries.rules();
    }

    @Provide
    Arbitrary<RuleAndStart> rulesAndStarts() {
        return RecurrenceArbitraries.rulesAndStarts();
    }
}
