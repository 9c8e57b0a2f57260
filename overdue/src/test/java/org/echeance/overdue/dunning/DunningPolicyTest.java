package org.echeance.overdue.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.overdue.OverdueFixtures.EUR;
import static org.echeance.overdue.OverdueFixtures.charge;
import static org.echeance.overdue.OverdueFixtures.date;
import static org.echeance.overdue.OverdueFixtures.eur;
import static org.echeance.overdue.OverdueFixtures.item;
import static org.echeance.overdue.OverdueFixtures.paidItem;

import java.util.List;
import java.util.Optional;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.ReceivablesLedger;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.junit.jupiter.api.Test;

class DunningPolicyTest {
    private static final DunningPolicy POLICY = DunningPolicy.frenchDefault();
    // due 31 January 2026
    private static final ReceivableItem LATE = item("C1", "F1", "2026-01-01", "2026-01-31", "1000");

    @Test
    void frenchDefaultFollowsTheReminderPlan() {
        assertThat(POLICY.levels())
                .extracting(DunningLevel::level, DunningLevel::name, DunningLevel::minDaysLate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "first-reminder", 7),
                        org.assertj.core.groups.Tuple.tuple(2, "second-reminder", 15),
                        org.assertj.core.groups.Tuple.tuple(3, "formal-notice", 30),
                        org.assertj.core.groups.Tuple.tuple(4, "hand-over", 60));
        assertThat(POLICY.levels().get(2).actions())
                .containsExactly(
                        DunningAction.SEND_FORMAL_NOTICE,
                        DunningAction.CLAIM_INTEREST,
                        DunningAction.CLAIM_RECOVERY_INDEMNITY);
        assertThat(POLICY.levels().get(2).reminderStepKey()).contains(ReminderPlan.FORMAL_NOTICE);
        assertThat(POLICY.skipping()).isFalse();
    }

    @Test
    void escalationNeverSkipsALevel() {
        // 40 days late (12 March): qualifies for level 3, but goes from 1 to 2 only
        DunningDecision decision = POLICY.decide(LATE, date("2026-03-12"), 1);

        assertThat(decision.daysLate()).isEqualTo(40);
        assertThat(decision.qualifiedLevel()).isEqualTo(3);
        assertThat(decision.next().map(DunningLevel::level)).contains(2);
        assertThat(decision.skippedLevels()).isEmpty();
        assertThat(decision.actions()).containsExactly(DunningAction.SEND_REMINDER);
        assertThat(POLICY.decide(LATE, date("2026-03-12"), 0).next().map(DunningLevel::level))
                .contains(1);
    }

    @Test
    void escalationSkipsWhenThePolicySaysSo() {
        DunningDecision decision = POLICY.withSkipping(true).decide(LATE, date("2026-03-12"), 0);

        assertThat(decision.next().map(DunningLevel::level)).contains(3);
        assertThat(decision.skippedLevels()).containsExactly(1, 2);
    }

    @Test
    void nothingIsDueBeforeTheFirstLevelNorOncePaidNorAfterTheLast() {
        assertThat(POLICY.decide(LATE, date("2026-02-06"), 0).next()).isEmpty(); // 6 days late
        assertThat(POLICY.decide(LATE, date("2026-02-07"), 0).next()).isPresent(); // 7 days late
        ReceivableItem paid = paidItem("C1", "F1", "2026-01-01", "2026-01-31", "1000", "2026-03-01", "1000");
        DunningDecision cleared = POLICY.decide(paid, date("2026-03-12"), 2);
        assertThat(cleared.next()).isEmpty();
        assertThat(cleared.daysLate()).isZero();
        assertThat(POLICY.decide(LATE, date("2026-12-31"), 4).next()).isEmpty();
    }

    @Test
    void minimumAmountHoldsALevelBack() {
        DunningPolicy policy = POLICY.withLevel(POLICY.levels().get(3).withMinimumAmount(eur("5000")));

        assertThat(policy.decide(LATE, date("2026-06-30"), 3).next()).isEmpty();
        ReceivableItem big = item("C1", "F9", "2026-01-01", "2026-01-31", "6000");
        assertThat(policy.decide(big, date("2026-06-30"), 3).actions()).containsExactly(DunningAction.HAND_OVER);
    }

    @Test
    void levelReachedIsReadFromTheReminderLog() {
        CustomerAccount account =
                charge(CustomerAccount.open("S", "C1", EUR), "F1", "1000.00", "2026-01-01", "2026-01-31");
        ReminderEngine engine = ReminderEngine.ofBuiltInTemplates();
        InMemoryReminderLog log = InMemoryReminderLog.create();
        ReceivableItem item = ReceivablesLedger.itemsOf(account).get(0);

        assertThat(POLICY.levelReached(log, "S", item)).isZero();
        List<Reminder> sent = engine.remindersDue(account, ReminderPlan.frenchDefault(), date("2026-02-10"), log);
        assertThat(sent).extracting(Reminder::stepKey).containsExactly(ReminderPlan.FIRST_REMINDER);
        assertThat(POLICY.levelReached(log, "S", item)).isEqualTo(1);

        // 40 days late: the policy says level 2 now; the application sends that step through the same engine
        DunningDecision decision = POLICY.decide(item, date("2026-03-12"), POLICY.levelReached(log, "S", item));
        String step = decision.next().flatMap(DunningLevel::reminderStepKey).orElseThrow();
        Optional<Reminder> reminder = engine.sendNow(
                account, ReminderPlan.frenchDefault(), step, account.openItems().get(0), date("2026-03-12"), log);
        assertThat(reminder.map(Reminder::level)).contains(2);
        assertThat(POLICY.levelReached(log, "S", item)).isEqualTo(2);
    }

    @Test
    void malformedPoliciesAreRefused() {
        DunningLevel second = POLICY.levels().get(1);
        assertThatThrownBy(() -> new DunningPolicy(List.of(second), false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("levels[0].level: 2 should be 1 (ECH-OVERDUE-41)");
        assertThatThrownBy(() -> POLICY.withHandOver(30))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-OVERDUE-41");
        assertThatThrownBy(() -> POLICY.decide(LATE, date("2025-12-31"), 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-OVERDUE-10");
    }
}
