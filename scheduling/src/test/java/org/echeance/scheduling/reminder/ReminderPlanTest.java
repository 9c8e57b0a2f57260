package org.echeance.scheduling.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.AccountFixtures.eur;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {
    @Test
    void theFrenchDefaultPlanHasFiveStepsFromSevenDaysBeforeToThirtyAfter() {
        ReminderPlan plan = ReminderPlan.frenchDefault();

        assertThat(plan.steps())
                .extracting(ReminderStep::key, ReminderStep::offsetDays, ReminderStep::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("friendly-notice", -7, 0),
                        org.assertj.core.groups.Tuple.tuple("due-today", 0, 0),
                        org.assertj.core.groups.Tuple.tuple("first-reminder", 7, 1),
                        org.assertj.core.groups.Tuple.tuple("second-reminder", 15, 2),
                        org.assertj.core.groups.Tuple.tuple("formal-notice", 30, 3));
        assertThat(plan.steps())
                .allMatch(s -> s.fee().isEmpty() && s.templateKey().equals(s.key()));
        assertThat(plan.steps())
                .extracting(ReminderStep::newDeadlineDays)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(8), Optional.of(15), Optional.of(8));
        assertThat(plan.indexOf(ReminderPlan.SECOND_REMINDER)).isEqualTo(3);
        assertThat(plan.step("formal-notice")).contains(plan.steps().get(4));
        assertThat(plan.step("nope")).isEmpty();
    }

    @Test
    void aStepIsDueOnItsOffsetFromTheDueDateAndStatesItsDeadline() {
        LocalDate due = LocalDate.of(2026, 3, 1);
        ReminderPlan plan = ReminderPlan.frenchDefault();

        assertThat(plan.steps())
                .extracting(s -> s.dueOn(due).toString())
                .containsExactly("2026-02-22", "2026-03-01", "2026-03-08", "2026-03-16", "2026-03-31");
        // Without a new deadline: the due date; with one: counted from the reminder's day
        assertThat(plan.steps().get(1).deadline(due, LocalDate.of(2026, 3, 1))).isEqualTo(due);
        assertThat(plan.steps().get(2).deadline(due, LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void plansMayHaveAnyNumberOfStepsIncludingNone() {
        assertThat(ReminderPlan.none().isEmpty()).isTrue();
        ReminderPlan norwegian = ReminderPlan.of(
                ReminderStep.of("purring", 14, 1, "first-reminder")
                        .withFee(eur("35.00"))
                        .withNewDeadlineDays(14),
                ReminderStep.of("inkassovarsel", 28, 2, "second-reminder").withNewDeadlineDays(14));
        assertThat(norwegian.steps()).hasSize(2);
        assertThat(norwegian.steps().get(0).fee()).contains(eur("35"));
    }

    @Test
    void offsetsMustStrictlyIncreaseKeysBeUniqueAndLevelsNeverGoDown() {
        assertThatThrownBy(() -> ReminderPlan.of(
                        ReminderStep.of("a", 0, 1, "t"),
                        ReminderStep.of("b", 0, 2, "t"),
                        ReminderStep.of("a", 10, 0, "t")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(
                                new Violation(
                                        "ECH-REMIND-10",
                                        "steps[1].offsetDays",
                                        "0 is not after the previous step's offset 0"),
                                new Violation("ECH-REMIND-11", "steps[2].key", "\"a\" is already the key of steps[0]"),
                                new Violation(
                                        "ECH-REMIND-12", "steps[2].level", "0 is below the previous step's level 2")));
    }

    @Test
    void aStepIsCheckedWhole() {
        assertThatThrownBy(() -> new ReminderStep("bad key", 5000, -1, Optional.of(eur("0.001")), Optional.of(0), "ok"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::ruleId, Violation::path)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("ECH-REMIND-01", "step.key"),
                                org.assertj.core.groups.Tuple.tuple("ECH-REMIND-02", "step[bad key].offsetDays"),
                                org.assertj.core.groups.Tuple.tuple("ECH-REMIND-03", "step[bad key].level"),
                                org.assertj.core.groups.Tuple.tuple("ECH-REMIND-04", "step[bad key].fee"),
                                org.assertj.core.groups.Tuple.tuple("ECH-REMIND-05", "step[bad key].newDeadlineDays")));
        assertThatThrownBy(() -> ReminderStep.of("a", 1, 1, "t").withFee(eur("-5")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-REMIND-04");
        assertThatThrownBy(() -> ReminderStep.of("a", 1, 1, "{x}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("step[a].templateKey: \"{x}\" is not a key of letters, digits, '.', '_' or '-' starting"
                        + " with a letter or digit (ECH-REMIND-01)");
    }

    @Test
    void anUnknownStepKeyIsNamed() {
        assertThatThrownBy(() -> ReminderPlan.frenchDefault().indexOf("third-reminder"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("stepKey: \"third-reminder\" is not a step of the plan [friendly-notice, due-today,"
                        + " first-reminder, second-reminder, formal-notice] (ECH-REMIND-13)");
    }

    @Test
    void plansAndStepsAreValues() {
        assertThat(ReminderPlan.frenchDefault())
                .isEqualTo(
                        ReminderPlan.of(List.copyOf(ReminderPlan.frenchDefault().steps())))
                .hasSameHashCodeAs(
                        ReminderPlan.of(List.copyOf(ReminderPlan.frenchDefault().steps())));
        assertThat(ReminderStep.of("a", 1, 1, "t").withFee(eur("10")))
                .isEqualTo(ReminderStep.of("a", 1, 1, "t").withFee(eur("10.00")));
    }

    @Test
    void reminderKeysHaveAnUnambiguousId() {
        assertThat(new ReminderKey("seller-A", "C1", "FA-2026-00001", 1, "first-reminder").id())
                .isEqualTo("seller-A/C1/FA-2026-00001/1/first-reminder");
        assertThat(new ReminderKey("s/1", "c", "i", 2, "k").id())
                .isEqualTo("s%2F1/c/i/2/k")
                .isNotEqualTo(new ReminderKey("s", "1/c", "i", 2, "k").id());
        assertThat(new ReminderKey("s%2F1", "c", "i", 2, "k").id()).isEqualTo("s%252F1/c/i/2/k");
        assertThatThrownBy(() -> new ReminderKey("s", "c", "i", 0, "k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPromiseToPayHoldsUpToItsLastDayIncluded() {
        ReminderExclusion promise = ReminderExclusion.promiseToPay("F1", LocalDate.of(2026, 3, 20));

        assertThat(promise.untilExclusive()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(promise.excludes("F1", LocalDate.of(2026, 3, 20))).isTrue();
        assertThat(promise.excludes("F1", LocalDate.of(2026, 3, 21))).isFalse();
        assertThat(promise.excludes("F2", LocalDate.of(2026, 3, 1))).isFalse();
    }
}
