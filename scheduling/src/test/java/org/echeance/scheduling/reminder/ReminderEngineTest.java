package org.echeance.scheduling.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.echeance.scheduling.AccountFixtures.EUR;
import static org.echeance.scheduling.AccountFixtures.USD;
import static org.echeance.scheduling.AccountFixtures.charge;
import static org.echeance.scheduling.AccountFixtures.chargeInstallments;
import static org.echeance.scheduling.AccountFixtures.eur;
import static org.echeance.scheduling.AccountFixtures.money;
import static org.echeance.scheduling.AccountFixtures.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ReminderEngineTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private static final ReminderPlan PLAN = ReminderPlan.frenchDefault();
    private static final ReminderEngine ENGINE = ReminderEngine.ofBuiltInTemplates();

    /** Invoice F1 of 1209.25 EUR issued 15 January 2026, due 1 March 2026. */
    private static CustomerAccount account() {
        return charge(CustomerAccount.open("seller-A", "C1", EUR), "F1", "1209.25", ISSUED, DUE);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Runs the plan once a day over a period; the account of each day has the payments dated up to that day. */
    private static List<Reminder> everyDay(
            String from,
            String to,
            java.util.function.Function<LocalDate, CustomerAccount> accountOn,
            ReminderContext context,
            ReminderLog log) {
        List<Reminder> produced = new ArrayList<>();
        for (LocalDate d = day(from); !d.isAfter(day(to)); d = d.plusDays(1)) {
            produced.addAll(ENGINE.remindersDue(accountOn.apply(d), PLAN, context, d, log));
        }
        return produced;
    }

    @Test
    void anInvoicePaidLateGetsTheStepsUpToItsPaymentAndNothingAfter() {
        CustomerAccount open = account();
        CustomerAccount paid = pay(open, "P1", day("2026-03-20"), "1209.25");
        InMemoryReminderLog log = InMemoryReminderLog.create();

        List<Reminder> produced = everyDay(
                "2026-01-15",
                "2026-06-30",
                d -> d.isBefore(day("2026-03-20")) ? open : paid,
                ReminderContext.of(Locale.FRANCE),
                log);

        assertThat(produced)
                .extracting(
                        r -> r.date().toString(),
                        Reminder::stepKey,
                        Reminder::level,
                        r -> r.deadline().toString())
                .containsExactly(
                        tuple("2026-02-22", "friendly-notice", 0, "2026-03-01"),
                        tuple("2026-03-01", "due-today", 0, "2026-03-01"),
                        tuple("2026-03-08", "first-reminder", 1, "2026-03-16"),
                        tuple("2026-03-16", "second-reminder", 2, "2026-03-31"));
        assertThat(produced).allSatisfy(r -> {
            assertThat(Amounts.toPlainString(r.amountDue())).isEqualTo("1209.25");
            assertThat(r.skippedSteps()).isEmpty();
            assertThat(r.fee()).isEmpty();
            assertThat(r.body()).contains("1\u00a0209,25 EUR");
        });
        assertThat(produced).extracting(Reminder::daysLate).containsExactly(0, 0, 7, 15);
        assertThat(log.keys())
                .extracting(ReminderKey::stepKey)
                .containsExactlyInAnyOrder("friendly-notice", "due-today", "first-reminder", "second-reminder");
    }

    @Test
    void aPartialPaymentLowersTheAmountStated() {
        CustomerAccount partlyPaid = pay(account(), "P1", day("2026-03-05"), "209.25");

        List<Reminder> produced =
                ENGINE.remindersDue(partlyPaid, PLAN, day("2026-03-08"), InMemoryReminderLog.create());

        assertThat(produced).singleElement().satisfies(r -> {
            assertThat(r.stepKey()).isEqualTo("first-reminder");
            assertThat(Amounts.toPlainString(r.amountDue())).isEqualTo("1000.00");
            assertThat(r.body()).contains("la somme de 1\u00a0000,00 EUR au plus tard le 16 mars 2026");
        });
    }

    @Test
    void aPaidInstallmentGetsNoReminderWhileTheOthersDo() {
        CustomerAccount a = chargeInstallments(
                CustomerAccount.open("seller-A", "C1", EUR),
                "F2",
                ISSUED,
                "100.00",
                "2026-02-01",
                "100.00",
                "2026-03-01",
                "100.00",
                "2026-04-01");
        a = pay(a, "P1", day("2026-02-01"), "100.00");

        List<Reminder> produced = ENGINE.remindersDue(a, PLAN, day("2026-03-10"), InMemoryReminderLog.create());

        assertThat(produced)
                .extracting(Reminder::invoiceNumber, Reminder::installmentNumber, Reminder::stepKey)
                .containsExactly(tuple("F2", 2, "first-reminder"));
        assertThat(produced.get(0).skippedSteps()).containsExactly("friendly-notice", "due-today");
        assertThat(produced.get(0).body()).contains("la facture F2 (échéance 2 sur 3), échue le 1er mars 2026");
    }

    @Test
    void aPromiseToPaySuppressesRemindersUntilItEndsThenTheLatestStepIsSent() {
        // On 5 March the customer promises to pay by 20 March; the application adds the exclusion from then on
        ReminderContext before = ReminderContext.of(Locale.FRENCH);
        ReminderContext promised = before.withExclusion(ReminderExclusion.promiseToPay("F1", day("2026-03-20")));
        InMemoryReminderLog log = InMemoryReminderLog.create();
        CustomerAccount open = account();

        List<Reminder> produced = new ArrayList<>();
        produced.addAll(everyDay("2026-02-01", "2026-03-04", d -> open, before, log));
        produced.addAll(everyDay("2026-03-05", "2026-04-30", d -> open, promised, log));

        assertThat(produced)
                .extracting(r -> r.date().toString(), Reminder::stepKey, Reminder::skippedSteps)
                .containsExactly(
                        tuple("2026-02-22", "friendly-notice", List.of()),
                        tuple("2026-03-01", "due-today", List.of()),
                        tuple("2026-03-21", "second-reminder", List.of("first-reminder")),
                        tuple("2026-03-31", "formal-notice", List.of()));
        assertThat(log.isRecorded(new ReminderKey("seller-A", "C1", "F1", 1, "first-reminder")))
                .isTrue();
    }

    @Test
    void aPromiseToPayOnAnotherInvoiceChangesNothing() {
        ReminderContext context = ReminderContext.of(Locale.FRENCH)
                .withExclusion(ReminderExclusion.promiseToPay("F9", day("2026-03-20")));

        assertThat(ENGINE.remindersDue(account(), PLAN, context, day("2026-03-08"), InMemoryReminderLog.create()))
                .extracting(Reminder::stepKey)
                .containsExactly("first-reminder");
    }

    @Test
    void catchingUpSendsOnlyTheLatestDueStepAndRecordsTheOthersAsSkipped() {
        InMemoryReminderLog log = InMemoryReminderLog.create();

        List<Reminder> produced = ENGINE.remindersDue(account(), PLAN, day("2026-03-20"), log);

        assertThat(produced).singleElement().satisfies(r -> {
            assertThat(r.stepKey()).isEqualTo("second-reminder");
            assertThat(r.skippedSteps()).containsExactly("friendly-notice", "due-today", "first-reminder");
            assertThat(r.deadline()).isEqualTo(day("2026-04-04"));
            assertThat(r.daysLate()).isEqualTo(19);
        });
        assertThat(log.size()).isEqualTo(4);
        // Later runs never go back to the skipped steps
        assertThat(ENGINE.remindersDue(account(), PLAN, day("2026-03-21"), log)).isEmpty();
        assertThat(ENGINE.remindersDue(account(), PLAN, day("2026-03-08"), log)).isEmpty();
    }

    @Test
    void twentyFourRunsOnADayProduceEachReminderOnceAndAddTheFeeOnce() {
        ReminderPlan plan = ReminderPlan.of(
                ReminderStep.of("due-today", 0, 0, "due-today"),
                ReminderStep.of("first-reminder", 7, 1, "first-reminder").withFee(eur("15.00")));
        CustomerAccount a = charge(account(), "F2", "80.00", ISSUED, DUE);
        InMemoryReminderLog log = InMemoryReminderLog.create();

        List<Reminder> produced = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            produced.addAll(ENGINE.remindersDue(a, plan, day("2026-03-08"), log));
        }

        assertThat(produced)
                .extracting(Reminder::invoiceNumber, Reminder::stepKey)
                .containsExactly(tuple("F1", "first-reminder"), tuple("F2", "first-reminder"));
        BigDecimal fees = produced.stream()
                .map(r -> Amounts.decimal(r.fee().orElseThrow()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fees).isEqualByComparingTo("30.00");
        assertThat(produced.get(0).body()).contains("Des frais de relance de 15,00 EUR s'ajoutent à cette somme.");
    }

    @Test
    void concurrentRunsProduceEachReminderOnce() throws Exception {
        CustomerAccount a = charge(account(), "F2", "80.00", ISSUED, DUE);
        InMemoryReminderLog log = InMemoryReminderLog.create();
        ConcurrentLinkedQueue<Reminder> produced = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<Void> run = () -> {
                    start.await();
                    for (int i = 0; i < 24; i++) {
                        produced.addAll(ENGINE.remindersDue(a, PLAN, day("2026-03-08"), log));
                    }
                    return null;
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Void> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(produced)
                .extracting(Reminder::invoiceNumber, Reminder::stepKey)
                .containsExactlyInAnyOrder(tuple("F1", "first-reminder"), tuple("F2", "first-reminder"));
    }

    @Test
    void sendingByHandGoesThroughTheSamePathAndIsNeverRepeated() {
        CustomerAccount a = account();
        OpenItem item = a.openItems().get(0);
        InMemoryReminderLog log = InMemoryReminderLog.create();

        Optional<Reminder> byHand = ENGINE.sendNow(a, PLAN, "second-reminder", item, day("2026-03-10"), log);

        assertThat(byHand).hasValueSatisfying(r -> {
            assertThat(r.stepKey()).isEqualTo("second-reminder");
            assertThat(r.date()).isEqualTo(day("2026-03-10"));
            assertThat(r.deadline()).isEqualTo(day("2026-03-25"));
            assertThat(r.skippedSteps()).containsExactly("friendly-notice", "due-today", "first-reminder");
        });
        assertThat(ENGINE.sendNow(a, PLAN, "second-reminder", item, day("2026-03-10"), log))
                .isEmpty();
        // The scheduled run neither repeats it nor goes back to the first reminder
        assertThat(ENGINE.remindersDue(a, PLAN, day("2026-03-10"), log)).isEmpty();
        assertThat(ENGINE.remindersDue(a, PLAN, day("2026-03-16"), log)).isEmpty();
        assertThat(ENGINE.sendNow(a, PLAN, "first-reminder", item, day("2026-03-16"), log))
                .isEmpty();
        assertThat(ENGINE.remindersDue(a, PLAN, day("2026-03-31"), log))
                .extracting(Reminder::stepKey)
                .containsExactly("formal-notice");
    }

    @Test
    void aScheduledReminderIsNotSentAgainByHandAndAFeeComesWithAReminderSentByHand() {
        ReminderPlan plan = ReminderPlan.of(
                ReminderStep.of("first-reminder", 7, 1, "first-reminder").withFee(eur("15.00")));
        CustomerAccount a = account();
        OpenItem item = a.openItems().get(0);
        InMemoryReminderLog log = InMemoryReminderLog.create();

        assertThat(ENGINE.sendNow(a, plan, "first-reminder", item, day("2026-03-03"), log))
                .hasValueSatisfying(r -> assertThat(r.fee()).contains(eur("15.00")));
        assertThat(ENGINE.remindersDue(a, plan, day("2026-03-08"), log)).isEmpty();
    }

    @Test
    void nothingIsSentByHandForAPaidOrExcludedItem() {
        CustomerAccount open = account();
        OpenItem item = open.openItems().get(0);
        CustomerAccount paid = pay(open, "P1", day("2026-03-09"), "1209.25");
        InMemoryReminderLog log = InMemoryReminderLog.create();
        ReminderContext promised = ReminderContext.of(Locale.FRENCH)
                .withExclusion(ReminderExclusion.promiseToPay("F1", day("2026-03-31")));

        assertThat(ENGINE.sendNow(paid, PLAN, "first-reminder", item, day("2026-03-10"), log))
                .isEmpty();
        assertThat(ENGINE.sendNow(open, PLAN, promised, "first-reminder", item, day("2026-03-10"), log))
                .isEmpty();
        assertThat(log.size()).isZero();
        assertThatThrownBy(() -> ENGINE.sendNow(open, PLAN, "third-reminder", item, day("2026-03-10"), log))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-REMIND-13");
        OpenItem elsewhere = new OpenItem("F9", 1, ISSUED, DUE, item.kind(), item.amount(), item.openAmount());
        assertThatThrownBy(() -> ENGINE.sendNow(open, PLAN, "first-reminder", elsewhere, day("2026-03-10"), log))
                .isInstanceOf(InvoiceStateException.class)
                .hasMessageContaining("ECH-LEDGER-05");
    }

    @Test
    void aReversedPaymentReopensTheItemAndTheTimelineGoesOnWithoutRepeating() {
        InMemoryReminderLog log = InMemoryReminderLog.create();
        CustomerAccount open = account();
        assertThat(ENGINE.remindersDue(open, PLAN, day("2026-03-08"), log)).hasSize(1);
        CustomerAccount paid = pay(open, "P1", day("2026-03-09"), "1209.25");
        assertThat(ENGINE.remindersDue(paid, PLAN, day("2026-03-16"), log)).isEmpty();

        CustomerAccount bounced =
                paid.reversePayment("P1", day("2026-03-18"), "AM04").account();

        assertThat(ENGINE.remindersDue(bounced, PLAN, day("2026-03-18"), log))
                .extracting(Reminder::stepKey)
                .containsExactly("second-reminder");
    }

    @Test
    void anInvoiceIssuedAfterTheDayGetsNothingThatDay() {
        CustomerAccount a = charge(
                CustomerAccount.open("seller-A", "C1", EUR), "F3", "10.00", day("2026-02-10"), day("2026-02-12"));

        assertThat(ENGINE.remindersDue(a, PLAN, day("2026-02-09"), InMemoryReminderLog.create()))
                .isEmpty();
        assertThat(ENGINE.remindersDue(a, PLAN, day("2026-02-10"), InMemoryReminderLog.create()))
                .extracting(Reminder::stepKey)
                .containsExactly("friendly-notice");
    }

    @Test
    void aTemplateThatCannotBeRenderedRecordsNothing() {
        CustomerAccount a = charge(account(), "F2", "80.00", ISSUED, DUE.plusDays(1));
        InMemoryReminderLog log = InMemoryReminderLog.create();
        ReminderEngine strict = ReminderEngine.of(
                ReminderTemplates.builtIn().with(Locale.FRENCH, Map.of("first-reminder.body", "Taux : {penaltyRate}")));

        assertThatThrownBy(() -> strict.remindersDue(a, PLAN, day("2026-03-10"), log))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("templates.fr.first-reminder.body: {penaltyRate} has no value")
                .hasMessageEndingWith("(ECH-REMIND-22)");
        assertThat(log.size()).isZero();

        ReminderPlan missing = ReminderPlan.of(ReminderStep.of("x", 0, 0, "no-such-template"));
        assertThatThrownBy(() -> ENGINE.remindersDue(a, missing, day("2026-03-10"), log))
                .isInstanceOf(ValidationException.class)
                .hasMessage("templates.fr.no-such-template.subject: the template of step x has no text in fr"
                        + " (ECH-REMIND-21)");
        assertThat(log.size()).isZero();
    }

    @Test
    void aFeeInAnotherCurrencyIsRefused() {
        ReminderPlan plan = ReminderPlan.of(
                ReminderStep.of("first-reminder", 7, 1, "first-reminder").withFee(money("5", USD)));

        assertThatThrownBy(() -> ENGINE.remindersDue(account(), plan, day("2026-03-10"), InMemoryReminderLog.create()))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageStartingWith("plan.steps[0].fee: currency USD");
    }

    @Test
    void anEmptyPlanProducesNothing() {
        assertThat(ENGINE.remindersDue(account(), ReminderPlan.none(), day("2026-04-30"), InMemoryReminderLog.create()))
                .isEmpty();
    }
}
