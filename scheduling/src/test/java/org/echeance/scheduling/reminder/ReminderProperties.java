package org.echeance.scheduling.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.scheduling.AccountFixtures.EUR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.ItemKind;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Payment;
import org.echeance.scheduling.AccountFixtures;
import org.javamoney.moneta.Money;

/**
 * Properties of the reminder engine over generated invoices (one to three installments), payments on random days,
 * and runs on random days in random order, scheduled or by hand.
 */
class ReminderProperties {
    private static final LocalDate ISSUED = LocalDate.of(2028, 1, 20);
    private static final ReminderPlan PLAN = ReminderPlan.frenchDefault();
    private static final ReminderEngine ENGINE = ReminderEngine.ofBuiltInTemplates();

    /** A payment of some cents, received some days after the issue date. */
    record Paid(int day, long cents) {}

    /** A run some days after the issue date: scheduled ({@code step} empty) or a step sent by hand. */
    record Run(int day, Optional<Integer> step, int installment) {}

    /** An invoice of some cents in equal installments a month apart, its payments and the runs. */
    record Scenario(long cents, int installments, int firstDueIn, List<Paid> payments, List<Run> runs) {}

    @Property(tries = 400)
    void noReminderForAPaidItemAndNeverTwoForTheSameStep(@ForAll("scenarios") Scenario scenario) {
        InMemoryReminderLog log = InMemoryReminderLog.create();
        Set<ReminderKey> produced = new HashSet<>();
        Map<Integer, Integer> lastStepOfItem = new HashMap<>();
        for (Run run : scenario.runs()) {
            LocalDate day = ISSUED.plusDays(run.day());
            CustomerAccount account = accountOn(scenario, day);
            List<Reminder> reminders = new ArrayList<>();
            if (run.step().isPresent()) {
                OpenItem any = new OpenItem("F1", run.installment(), ISSUED, day, ItemKind.PRINCIPAL, eur(1), eur(1));
                String stepKey = PLAN.steps().get(run.step().get()).key();
                ENGINE.sendNow(account, PLAN, stepKey, any, day, log).ifPresent(reminders::add);
            } else {
                reminders.addAll(ENGINE.remindersDue(account, PLAN, day, log));
            }
            Set<Integer> itemsThisRun = new HashSet<>();
            for (Reminder reminder : reminders) {
                OpenItem item = account.openItems().stream()
                        .filter(i -> i.installmentNumber() == reminder.installmentNumber())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("reminder for a paid installment: " + reminder));
                assertThat(Amounts.decimal(reminder.amountDue()))
                        .isPositive()
                        .isEqualByComparingTo(Amounts.decimal(item.openAmount()));
                assertThat(produced.add(reminder.key()))
                        .as("twice: %s", reminder.key())
                        .isTrue();
                assertThat(itemsThisRun.add(reminder.installmentNumber())).isTrue();
                int index = PLAN.indexOf(reminder.stepKey());
                Integer last = lastStepOfItem.put(reminder.installmentNumber(), index);
                assertThat(last == null || last < index).as("dunning went back").isTrue();
                if (run.step().isEmpty()) {
                    assertThat(PLAN.steps().get(index).dueOn(reminder.dueDate()))
                            .isBeforeOrEqualTo(day);
                }
            }
        }
        assertThat(log.keys()).containsAll(produced);
    }

    @Property(tries = 200)
    void runningTheSameDayAgainProducesNothingMore(@ForAll("scenarios") Scenario scenario) {
        InMemoryReminderLog log = InMemoryReminderLog.create();
        for (Run run : scenario.runs()) {
            LocalDate day = ISSUED.plusDays(run.day());
            CustomerAccount account = accountOn(scenario, day);
            ENGINE.remindersDue(account, PLAN, ReminderContext.of(Locale.ENGLISH), day, log);
            int recorded = log.size();
            assertThat(ENGINE.remindersDue(account, PLAN, ReminderContext.of(Locale.ENGLISH), day, log))
                    .isEmpty();
            assertThat(log.size()).isEqualTo(recorded);
        }
    }

    /** The account as known on a day: the invoice, and the payments received up to that day. */
    private static CustomerAccount accountOn(Scenario scenario, LocalDate day) {
        List<DueAmount> schedule = new ArrayList<>();
        long part = scenario.cents() / scenario.installments();
        for (int i = 1; i <= scenario.installments(); i++) {
            long cents = i == scenario.installments() ? scenario.cents() - part * (i - 1) : part;
            schedule.add(new DueAmount(i, ISSUED.plusDays(scenario.firstDueIn()).plusMonths(i - 1L), eur(cents)));
        }
        CustomerAccount account = CustomerAccount.open("seller-A", "C1", EUR);
        account = account.charge(
                        AccountFixtures.invoice(
                                "F1",
                                BigDecimal.valueOf(scenario.cents(), 2).toPlainString(),
                                EUR,
                                ISSUED,
                                schedule.get(schedule.size() - 1).dueDate()),
                        schedule,
                        ItemKind.PRINCIPAL)
                .account();
        List<Paid> payments = new ArrayList<>(scenario.payments());
        payments.sort(Comparator.comparingInt(Paid::day));
        for (int i = 0; i < payments.size(); i++) {
            LocalDate received = ISSUED.plusDays(payments.get(i).day());
            if (!received.isAfter(day)) {
                account = account.recordPayment(Payment.of(
                                "P" + i, received, eur(payments.get(i).cents()), new Cash()))
                        .account();
            }
        }
        return account;
    }

    private static javax.money.MonetaryAmount eur(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), EUR);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Long> cents = Arbitraries.longs().between(3, 500_000);
        Arbitrary<Integer> installments = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> firstDueIn = Arbitraries.integers().between(0, 45);
        Arbitrary<List<Paid>> payments = Combinators.combine(
                        Arbitraries.integers().between(0, 150),
                        Arbitraries.longs().between(1, 300_000))
                .as(Paid::new)
                .list()
                .ofMaxSize(4);
        Arbitrary<Optional<Integer>> step =
                Arbitraries.integers().between(0, PLAN.steps().size() - 1).optional(0.2);
        Arbitrary<List<Run>> runs = Combinators.combine(
                        Arbitraries.integers().between(0, 180),
                        step,
                        Arbitraries.integers().between(1, 3))
                .as(Run::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(40);
        return Combinators.combine(cents, installments, firstDueIn, payments, runs)
                .as(Scenario::new);
    }
}
