package org.echeance.core.installment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.OptionalInt;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DueDatesTest {
    private static void assertRefused(Runnable call, String ruleId, String path) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple(ruleId, path));
    }

    @Test
    void monthlyFromTheThirtyFirstClampsThenReturnsToTheAnchor() {
        // Stripe's documented month-end behaviour; Kill Bill #127 and lib-recur #106 got it wrong
        List<LocalDate> dates = DueDates.monthly(LocalDate.of(2027, 1, 31)).forInstallments(14);

        assertThat(dates)
                .containsExactly(
                        LocalDate.of(2027, 1, 31),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30),
                        LocalDate.of(2027, 5, 31),
                        LocalDate.of(2027, 6, 30),
                        LocalDate.of(2027, 7, 31),
                        LocalDate.of(2027, 8, 31),
                        LocalDate.of(2027, 9, 30),
                        LocalDate.of(2027, 10, 31),
                        LocalDate.of(2027, 11, 30),
                        LocalDate.of(2027, 12, 31),
                        LocalDate.of(2028, 1, 31),
                        LocalDate.of(2028, 2, 29));
    }

    @Test
    void monthlyFromTheTwentyNinthOfFebruaryKeepsTheTwentyNinth() {
        assertThat(DueDates.monthly(LocalDate.of(2028, 2, 29)).forInstallments(3))
                .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 29), LocalDate.of(2028, 4, 29));
    }

    @Test
    void everyPeriodIsCountedFromTheFirstDate() {
        LocalDate first = LocalDate.of(2026, 8, 31);
        assertThat(DueDates.every(Period.ofMonths(3), first).forInstallments(4))
                .containsExactly(
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 5, 31));
        assertThat(DueDates.every(Period.ofWeeks(2), first).dueDate(3)).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(DueDates.monthly(first)).isEqualTo(DueDates.every(Period.ofMonths(1), first));
    }

    @Test
    void aRuleIsUnboundedAndLazy() {
        DueDates rule = DueDates.monthly(LocalDate.of(2026, 1, 31));
        assertThat(rule.isFinite()).isFalse();
        assertThat(rule.size()).isEqualTo(OptionalInt.empty());
        assertThat(rule.stream().skip(1200).findFirst()).contains(LocalDate.of(2126, 1, 31));
        assertThat(rule.dueDate(2)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(rule.period()).contains(Period.ofMonths(1));
    }

    @Test
    void aZeroOrNegativePeriodIsRefused() {
        assertRefused(
                () -> DueDates.every(Period.ZERO, LocalDate.of(2026, 1, 1)), "ECH-PLAN-11", "plan.dueDates.period");
        assertRefused(
                () -> DueDates.every(Period.of(0, 1, -1), LocalDate.of(2026, 1, 1)),
                "ECH-PLAN-11",
                "plan.dueDates.period");
    }

    @Test
    void listedDatesMustStrictlyIncrease() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertThatThrownBy(() -> DueDates.of(d, d.plusDays(10), d.plusDays(10)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("plan.dueDates[2]: 2026-03-11 is not after the previous due date 2026-03-11 (ECH-PLAN-05)");
        assertRefused(() -> DueDates.of(d, d.minusDays(1)), "ECH-PLAN-05", "plan.dueDates[1]");
        assertRefused(() -> DueDates.of(List.of()), "ECH-PLAN-01", "plan.dueDates");
        assertThat(DueDates.of(d, d.plusDays(1)).size()).hasValue(2);
    }

    @Test
    void afterIssueCountsDaysFromTheIssueDate() {
        LocalDate issue = LocalDate.of(2026, 1, 31);
        DueDates dates = DueDates.afterIssue(issue, List.of(0, 30, 60));
        assertThat(dates.forInstallments(3)).containsExactly(issue, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
        assertThat(dates.issueDate()).contains(issue);
        assertRefused(() -> DueDates.afterIssue(issue, List.of(-1, 30)), "ECH-PLAN-06", "plan.dayOffsets[0]");
        assertRefused(() -> DueDates.afterIssue(issue, List.of(30, 30)), "ECH-PLAN-05", "plan.dayOffsets[1]");
        assertRefused(() -> DueDates.afterIssue(issue, List.of()), "ECH-PLAN-01", "plan.dayOffsets");
    }

    @Test
    void theFirstDueDateMayNotBeBeforeTheIssueDate() {
        LocalDate issue = LocalDate.of(2026, 1, 15);
        assertThatThrownBy(() -> DueDates.monthly(issue.minusDays(1)).withIssueDate(issue))
                .isInstanceOf(ValidationException.class)
                .hasMessage("plan.dueDates[0]: the first due date 2026-01-14 is before the issue date 2026-01-15"
                        + " (ECH-PLAN-06)");
        assertThat(DueDates.monthly(issue).withIssueDate(issue).issueDate()).contains(issue);
    }

    @Test
    void datesBeyondAListAreRefused() {
        DueDates dates = DueDates.of(LocalDate.of(2026, 1, 1));
        assertRefused(() -> dates.dueDate(2), "ECH-PLAN-10", "plan.dueDates");
        assertRefused(() -> dates.dueDate(0), "ECH-PLAN-10", "plan.dueDates");
    }

    @Test
    void valuesAndText() {
        LocalDate d = LocalDate.of(2026, 1, 31);
        assertThat(DueDates.of(d)).isEqualTo(DueDates.of(List.of(d))).hasSameHashCodeAs(DueDates.of(List.of(d)));
        assertThat(DueDates.of(d)).isNotEqualTo(DueDates.of(d).withIssueDate(d));
        assertThat(DueDates.monthly(d)).hasToString("every P1M from 2026-01-31");
        assertThat(DueDates.afterIssue(d, List.of(0, 30))).hasToString("[2026-01-31, 2026-03-02] (issued 2026-01-31)");
    }
}
