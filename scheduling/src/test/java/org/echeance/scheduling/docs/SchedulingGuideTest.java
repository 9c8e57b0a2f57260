package org.echeance.scheduling.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.sql.DataSource;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.core.numbering.NumberingStrategy;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.Scheduler;
import org.echeance.scheduling.calendar.DueCalendar;
import org.echeance.scheduling.calendar.DueEntry;
import org.echeance.scheduling.calendar.SchedulerReport;
import org.echeance.scheduling.calendar.TimelineScheduler;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.JdbcReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderContext;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderExclusion;
import org.echeance.scheduling.reminder.ReminderLog;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.reminder.ReminderStep;
import org.echeance.scheduling.reminder.ReminderTemplates;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingPeriod;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.BillingTiming;
import org.echeance.scheduling.subscription.ChangePreview;
import org.echeance.scheduling.subscription.InMemoryBillingRunStore;
import org.echeance.scheduling.subscription.JdbcBillingRunSchema;
import org.echeance.scheduling.subscription.JdbcBillingRunStore;
import org.echeance.scheduling.subscription.PeriodAdjustment;
import org.echeance.scheduling.subscription.ProrationPolicy;
import org.echeance.scheduling.subscription.Subscription;
import org.h2.jdbcx.JdbcDataSource;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The code of {@code docs/scheduling.md}: every snippet of the guide runs here and every value the guide states is
 * asserted. The JDBC examples run on H2 in memory (the module's own tests also run them on PostgreSQL).
 */
class SchedulingGuideTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private static final Party SELLER = Party.builder("Atelier Durand SARL")
            .vatNumber("FR19812345676")
            .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
            .build();
    private static final Customer CUSTOMER = Customer.builder(
                    "C-0042",
                    Party.builder("Boulangerie Martin SAS")
                            .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                            .build())
            .paymentTerms(PaymentTerms.net(30))
            .build();

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }

    private static List<String> lineAmounts(Invoice invoice) {
        return invoice.totals().lines().stream().map(l -> plain(l.netAmount())).collect(Collectors.toList());
    }

    /** Hosting at 30.00 EUR a month from a start that is also the anchor, billed in advance, 30 days net. */
    private static Subscription.Builder hosting(String rule, LocalDate start) {
        return Subscription.builder("atelier-durand", "SUB-0042")
                .seller(SELLER)
                .customer(CUSTOMER)
                .line(InvoiceLine.builder("1", "Hébergement")
                        .quantity("1", UnitCode.MONTH)
                        .unitPrice(eur("30.00")) // the price of one whole period
                        .vatRate(VatRate.standard("20"))
                        .build())
                .rule(RecurrenceRule.parse(rule))
                .start(start);
    }

    // ---- Recurrence rules

    @Test
    void recurrenceRules() {
        RecurrenceRule monthly = RecurrenceRule.parse("FREQ=MONTHLY");
        LocalDate jan31 = date("2025-01-31");

        assertThat(monthly.first(jan31, 4)) // RFC 5545: months without a 31st are skipped
                .containsExactly(date("2025-01-31"), date("2025-03-31"), date("2025-05-31"), date("2025-07-31"));
        assertThat(monthly.first(jan31, 4, ExpansionMode.BILLING)) // billing: clamped, then back to the 31st
                .containsExactly(date("2025-01-31"), date("2025-02-28"), date("2025-03-31"), date("2025-04-30"));
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1").first(date("2026-01-31"), 3))
                .containsExactly(date("2026-01-31"), date("2026-02-28"), date("2026-03-31"));
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
                        .first(date("2026-01-01"), 3)) // the last weekday of each month
                .containsExactly(date("2026-01-30"), date("2026-02-27"), date("2026-03-31"));
        assertThat(monthly.isFinite()).isFalse();
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;COUNT=12").isFinite()).isTrue();
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;COUNT=3;UNTIL=20260101"))
                .isInstanceOf(ValidationException.class);
    }

    // ---- Subscriptions and billing runs

    @Test
    void anchorAndMonthEnds() {
        Subscription subscription = hosting("FREQ=MONTHLY", date("2025-01-31")).build();

        assertThat(subscription.periods().limit(4).map(BillingPeriod::toString))
                .containsExactly(
                        "[2025-01-31, 2025-02-28)",
                        "[2025-02-28, 2025-03-31)",
                        "[2025-03-31, 2025-04-30)",
                        "[2025-04-30, 2025-05-31)");

        BillingRun run = BillingRun.of(InMemoryBillingRunStore.create());
        List<BilledPeriod> billed = run.run(date("2025-01-31"), List.of(subscription));
        BilledPeriod january = billed.get(0);
        assertThat(january.billingDate()).isEqualTo(date("2025-01-31"));
        Invoice draft = january.invoice(); // a draft: issue it in the transaction that claimed the period
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.issueDate()).contains(date("2025-01-31"));
        assertThat(draft.dueDate()).contains(date("2025-03-02")); // 30 days net
        assertThat(draft.invoicingPeriod()).contains(InvoicePeriod.ofClosed(date("2025-01-31"), date("2025-02-27")));
        assertThat(plain(draft.totals().amountDue())).isEqualTo("36.00");

        // no run in February and March: the run of 30 April catches up, every date from the schedule
        List<BilledPeriod> caughtUp = run.run(date("2025-04-30"), List.of(subscription));
        assertThat(caughtUp)
                .extracting(b -> b.invoice().issueDate().orElseThrow() + " due "
                        + b.invoice().dueDate().orElseThrow())
                .containsExactly("2025-02-28 due 2025-03-30", "2025-03-31 due 2025-04-30", "2025-04-30 due 2025-05-30");
        assertThat(run.run(date("2025-04-30"), List.of(subscription))).isEmpty(); // each period once

        // what the coming invoices will be, without claiming anything
        assertThat(BillingRun.preview(date("2025-05-01"), date("2025-07-31"), List.of(subscription)))
                .extracting(BilledPeriod::billingDate)
                .containsExactly(date("2025-05-31"), date("2025-06-30"), date("2025-07-31"));
    }

    @Test
    void timingAndProration() {
        // calendar quarters anchored on 1 January, service from 10 February
        Subscription quarterly = Subscription.builder("atelier-durand", "SUB-0043")
                .seller(SELLER)
                .customer(CUSTOMER)
                .line(InvoiceLine.builder("1", "Maintenance trimestrielle")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("100.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;INTERVAL=3"))
                .anchor(date("2025-01-01"))
                .start(date("2025-02-10"))
                .build();
        BilledPeriod first =
                BillingRun.preview(date("2025-02-10"), List.of(quarterly)).get(0);
        assertThat(first.period()).isEqualTo(BillingPeriod.of(date("2025-01-01"), date("2025-04-01")));
        // 50 of the quarter's 90 days: 100.00 × 50 / 90 = 55.56
        assertThat(lineAmounts(first.invoice())).containsExactly("55.56");
        assertThat(first.invoice().lines().get(0).allowancesCharges().get(0).reason())
                .contains("Prorata temporis : 50 jours sur 90");
        assertThat(first.invoice().lines().get(0).period())
                .contains(InvoicePeriod.ofClosed(date("2025-02-10"), date("2025-03-31")));

        // in arrears: billed on the day after the period ends
        Subscription inArrears = hosting("FREQ=MONTHLY", date("2025-01-31"))
                .timing(BillingTiming.IN_ARREARS)
                .build();
        assertThat(BillingRun.preview(date("2025-02-27"), List.of(inArrears))).isEmpty();
        assertThat(BillingRun.preview(date("2025-02-28"), List.of(inArrears)))
                .extracting(BilledPeriod::billingDate)
                .containsExactly(date("2025-02-28"));

        // the three policies on 15-31 January of a month anchored on the 1st
        Subscription.Builder midMonth =
                hosting("FREQ=MONTHLY", date("2025-01-15")).anchor(date("2025-01-01"));
        assertThat(lineAmounts(firstDraft(midMonth.build()))).containsExactly("16.45"); // 30.00 × 17 / 31
        assertThat(lineAmounts(firstDraft(
                        midMonth.proration(ProrationPolicy.THIRTY_360).build())))
                .containsExactly("16.00"); // 30.00 × 16 / 30
        assertThat(lineAmounts(
                        firstDraft(midMonth.proration(ProrationPolicy.NONE).build())))
                .containsExactly("30.00");
    }

    private static Invoice firstDraft(Subscription subscription) {
        return BillingRun.preview(subscription.start(), List.of(subscription))
                .get(0)
                .invoice();
    }

    @Test
    void priceChangesPausesAndCancellations() {
        Subscription hosting = hosting("FREQ=MONTHLY", date("2025-01-01")).build();

        // 45.00 from 15 March: March is billed in two prorated lines
        Subscription raised = hosting.changePrice(date("2025-03-15"), "1", eur("45.00"));
        Invoice march = BillingRun.preview(date("2025-03-01"), date("2025-03-01"), List.of(raised))
                .get(0)
                .invoice();
        assertThat(lineAmounts(march)).containsExactly("13.55", "24.68"); // 30 × 14 / 31 and 45 × 17 / 31

        // paused from 10 February to 5 April: March is not billed, April from the 5th
        Subscription paused = hosting.pause(date("2025-02-10"), date("2025-04-05"));
        assertThat(BillingRun.preview(date("2025-04-30"), List.of(paused)))
                .extracting(b -> b.billingDate() + " " + lineAmounts(b.invoice()))
                .containsExactly("2025-01-01 [30.00]", "2025-02-01 [9.64]", "2025-04-05 [26.00]");

        // cancelled from 20 March (the first day not billed): the last period is billed in part
        Subscription cancelled = hosting.cancel(date("2025-03-20"));
        assertThat(BillingRun.preview(date("2025-12-31"), List.of(cancelled)))
                .extracting(b -> lineAmounts(b.invoice()).get(0))
                .containsExactly("30.00", "30.00", "18.39"); // 1-19 March: 30 × 19 / 31
    }

    @Test
    void anchorAndPlanChanges() {
        Subscription hosting = hosting("FREQ=MONTHLY", date("2025-01-01")).build();

        // move the cycle to the 15th from 10 March: 1-9 March, a stub 10-14 March, then from the 15th
        Subscription moved = hosting.changeAnchor(date("2025-03-10"), date("2025-03-15"));
        assertThat(BillingRun.preview(date("2025-03-15"), List.of(moved)))
                .extracting(b -> b.period() + " " + lineAmounts(b.invoice()))
                .containsExactly(
                        "[2025-01-01, 2025-02-01) [30.00]",
                        "[2025-02-01, 2025-03-01) [30.00]",
                        "[2025-03-01, 2025-04-01) [8.71]",
                        "[2025-03-10, 2025-03-15) [4.84]",
                        "[2025-03-15, 2025-04-15) [30.00]");

        // on 10 March the customer upgrades to 60.00 and the cycle restarts that day
        Subscription upgraded = hosting.changePlan(date("2025-03-10"), Map.of("1", eur("60.00")), true);
        ChangePreview preview = ChangePreview.of(hosting, upgraded, date("2025-03-09"), date("2025-03-10"));

        PeriodAdjustment march = preview.adjustments().get(0);
        assertThat(plain(march.net())).isEqualTo("-21.29"); // 30.00 billed, 8.71 due for 1-9 March
        assertThat(plain(preview.netAdjustment())).isEqualTo("-21.29");
        Invoice creditNote = march.creditNote(
                        InvoiceReference.of("FA-2025-00003", date("2025-03-01")), date("2025-03-10"))
                .orElseThrow(); // a draft credit note (381) referencing the March invoice
        assertThat(creditNote.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
        assertThat(plain(creditNote.totals().taxInclusiveAmount())).isEqualTo("25.55");
        assertThat(preview.upcoming())
                .extracting(b -> b.period() + " " + lineAmounts(b.invoice()))
                .containsExactly("[2025-03-10, 2025-04-10) [60.00]");

        // without re-anchoring, March is 9 days at 30.00 and 22 at 60.00: 21.29 more, on an extra invoice
        Subscription sameCycle = hosting.changePlan(date("2025-03-10"), Map.of("1", eur("60.00")), false);
        PeriodAdjustment extra = ChangePreview.of(hosting, sameCycle, date("2025-03-09"), date("2025-03-10"))
                .adjustments()
                .get(0);
        assertThat(plain(extra.net())).isEqualTo("21.29");
        assertThat(extra.extraInvoice(InvoiceReference.of("FA-2025-00003", date("2025-03-01")), date("2025-03-10")))
                .isPresent();
    }

    // ---- Billing runs on the application's database

    @Test
    void billingRunsOnTheDatabase() throws SQLException {
        DataSource dataSource = h2();
        Subscription subscription = hosting("FREQ=MONTHLY", date("2025-01-31")).build();
        // stands for PatternNumbering over a JdbcSequenceStore on the same connection (numbering module)
        AtomicInteger counter = new AtomicInteger();
        NumberingStrategy numbering = request ->
                "FA-" + request.issueDate().getYear() + "-" + String.format("%05d", counter.incrementAndGet());
        List<String> invoices = new ArrayList<>();

        // node A: claim, issue and store in one transaction
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BillingRun run = BillingRun.of(JdbcBillingRunStore.of(() -> connection));
            List<BilledPeriod> billed = run.run(date("2025-02-28"), List.of(subscription));
            for (BilledPeriod period : billed) {
                Invoice issued = period.invoice().issue(numbering, period.billingDate(), CUSTOMER);
                invoices.add(issued.number().orElseThrow()); // your own insert, on the same connection
            }
            connection.commit();
            assertThat(invoices).containsExactly("FA-2025-00001", "FA-2025-00002");
        }
        // node B, later or at the same time: nothing left to bill
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BillingRun run = BillingRun.of(JdbcBillingRunStore.of(() -> connection));
            assertThat(run.run(date("2025-02-28"), List.of(subscription))).isEmpty();
            // a failed transaction frees its claims for the next run
            assertThat(run.run(date("2025-03-31"), List.of(subscription))).hasSize(1);
            connection.rollback();
            assertThat(run.run(date("2025-03-31"), List.of(subscription))).hasSize(1);
            connection.commit();
        }
        assertThat(JdbcBillingRunSchema.script("PostgreSQL"))
                .contains("CREATE TABLE IF NOT EXISTS echeance_billing_run (")
                .contains("CREATE TABLE IF NOT EXISTS echeance_reminder_log (");
        shutdown(dataSource);
    }

    private static DataSource h2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:scheduling-guide-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection()) {
            JdbcBillingRunSchema.create(connection); // echeance_billing_run and echeance_reminder_log
        }
        return h2;
    }

    private static void shutdown(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    // ---- Due calendars

    private static Invoice issuedInvoice(String number, String net, LocalDate issued) {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(SELLER)
                .buyer(CUSTOMER.party())
                .line(InvoiceLine.builder("1", "Site web")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur(net))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build()
                .issue(request -> number, issued, CUSTOMER);
    }

    @Test
    void dueCalendar() {
        Invoice website = issuedInvoice("FA-2026-00001", "2500.00", date("2026-01-31")); // 3000.00 with VAT
        InstallmentPlan thirds =
                InstallmentPlan.equalParts(website.totals().amountDue(), 3, DueDates.monthly(date("2026-02-28")));
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(website, thirds)
                .account();

        DueCalendar calendar = DueCalendar.of(List.of(account));
        List<DueEntry> march = calendar.dueBetween(date("2026-03-01"), date("2026-04-01"));
        assertThat(march)
                .extracting(e -> e.invoiceNumber() + "/" + e.installmentNumber() + " " + e.dueDate() + " "
                        + plain(e.openAmount()))
                .containsExactly("FA-2026-00001/2 2026-03-28 1000.00");
        Map<YearMonth, Map<CurrencyUnit, MonetaryAmount>> totals = calendar.monthlyTotals(YearMonth.of(2026, 2), 3);
        assertThat(totals.keySet())
                .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(totals.values())
                .extracting(byCurrency -> plain(byCurrency.get(EUR)))
                .containsExactly("1000.00", "1000.00", "1000.00");
    }

    // ---- Reminders

    @Test
    void reminders() {
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(issuedInvoice("FA-2026-00001", "1000.00", date("2026-01-30"))) // due 1 March
                .account();
        ReminderEngine engine = ReminderEngine.ofBuiltInTemplates();
        ReminderLog log = InMemoryReminderLog.create();
        ReminderContext english = ReminderContext.of(Locale.ENGLISH)
                .withLatePaymentTerms(LatePaymentTerms.frenchDefault(new BigDecimal("2.15")));

        // nothing ran before 10 March: only the latest step due is produced, the others are skipped
        List<Reminder> due =
                engine.remindersDue(account, ReminderPlan.frenchDefault(), english, date("2026-03-10"), log);
        Reminder first = due.get(0);
        assertThat(first.stepKey()).isEqualTo("first-reminder");
        assertThat(first.skippedSteps()).containsExactly("friendly-notice", "due-today");
        assertThat(first.deadline()).isEqualTo(date("2026-03-18")); // new deadline: 8 days
        assertThat(first.subject()).isEqualTo("Reminder: invoice FA-2026-00001 is unpaid");
        assertThat(first.body()).contains("Please pay the amount of 1,200.00 EUR by 18 March 2026 at the latest.");
        // the same day again, every hour, on every node: nothing more
        assertThat(engine.remindersDue(account, ReminderPlan.frenchDefault(), english, date("2026-03-10"), log))
                .isEmpty();

        // the formal notice states the penalties and the 40 EUR indemnity
        Reminder notice = engine.remindersDue(account, ReminderPlan.frenchDefault(), english, date("2026-03-31"), log)
                .get(0);
        assertThat(notice.stepKey()).isEqualTo("formal-notice");
        assertThat(notice.body())
                .contains("Late-payment penalties at an annual rate of 12.15%")
                .contains("A fixed compensation for recovery costs of 40.00 EUR is also due.");

        // a plan of your own, with a fee, and a promise to pay that holds the reminders
        ReminderPlan plan = ReminderPlan.of(
                ReminderStep.of("pre-due", -3, 0, ReminderPlan.FRIENDLY_NOTICE),
                ReminderStep.of("late", 10, 1, ReminderPlan.FIRST_REMINDER)
                        .withFee(eur("15.00"))
                        .withNewDeadlineDays(8));
        ReminderContext promised = ReminderContext.of(Locale.FRENCH)
                .withExclusion(ReminderExclusion.promiseToPay("FA-2026-00001", date("2026-03-20")));
        ReminderLog other = InMemoryReminderLog.create();
        assertThat(engine.remindersDue(account, plan, promised, date("2026-03-12"), other))
                .isEmpty();
        Reminder late = engine.remindersDue(account, plan, promised, date("2026-03-21"), other)
                .get(0);
        assertThat(late.fee()).contains(eur("15.00"));
        assertThat(late.body()).contains("Des frais de relance de 15,00 EUR s'ajoutent à cette somme.");

        // wording in another language: give the texts you translate, the others stay English
        ReminderTemplates german = ReminderTemplates.builtIn()
                .with(
                        Locale.GERMAN,
                        Map.of(
                                "friendly-notice.subject", "Bald fällig: Rechnung {invoice}",
                                "friendly-notice.body", "Guten Tag,\n\nRechnung {invoice} ist am {dueDate} fällig.",
                                "first-reminder.subject", "Zahlungserinnerung: Rechnung {invoice}",
                                "first-reminder.body",
                                        "Guten Tag,\n\nbitte zahlen Sie {amount} {currency} bis {deadline}."
                                                + "{feeClause}",
                                "clause.fee", " Mahngebühr: {fee} {currency}."));
        Reminder inGerman = ReminderEngine.of(german)
                .remindersDue(
                        account,
                        plan,
                        ReminderContext.of(Locale.GERMAN),
                        date("2026-03-21"),
                        InMemoryReminderLog.create())
                .get(0);
        assertThat(inGerman.subject()).isEqualTo("Zahlungserinnerung: Rechnung FA-2026-00001");
        // a partial translation falls back to English key by key: German has no second reminder
        Reminder second = ReminderEngine.of(german)
                .remindersDue(
                        account,
                        ReminderPlan.frenchDefault(),
                        ReminderContext.of(Locale.GERMAN),
                        date("2026-03-21"),
                        InMemoryReminderLog.create())
                .get(0);
        assertThat(second.stepKey()).isEqualTo("second-reminder");
        assertThat(second.subject()).isEqualTo("Second reminder: invoice FA-2026-00001 is unpaid");
        assertThat(second.body()).contains("We ask you to pay the amount of 1,200.00 EUR");
    }

    @Test
    void reminderLogOnTheDatabase() throws SQLException {
        DataSource dataSource = h2();
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(issuedInvoice("FA-2026-00001", "1000.00", date("2026-01-30")))
                .account();
        ReminderEngine engine = ReminderEngine.ofBuiltInTemplates();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcReminderLog log = JdbcReminderLog.of(() -> connection);
            List<Reminder> due = engine.remindersDue(account, ReminderPlan.frenchDefault(), date("2026-03-10"), log);
            // … write them to your outbox with the same connection, then
            connection.commit();
            assertThat(due).extracting(Reminder::stepKey).containsExactly("first-reminder");
            assertThat(engine.remindersDue(account, ReminderPlan.frenchDefault(), date("2026-03-10"), log))
                    .isEmpty();
        }
        shutdown(dataSource);
    }

    // ---- The Scheduler facade

    @Test
    void schedulerFacade() {
        Scheduler scheduler = Scheduler.of(
                BillingRun.of(InMemoryBillingRunStore.create()),
                TimelineScheduler.builder(ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                        .plan(ReminderPlan.frenchDefault())
                        .build());
        Subscription subscription = hosting("FREQ=MONTHLY", date("2026-01-31")).build();
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(issuedInvoice("FA-2026-00001", "1000.00", date("2026-01-29"))) // due 28 February
                .account();
        // 23:30 UTC on 27 February is already 28 February in Paris
        Clock clock = Clock.fixed(Instant.parse("2026-02-27T23:30:00Z"), ZoneOffset.UTC);
        ZoneId paris = ZoneId.of("Europe/Paris");

        Scheduler.DayRun run = scheduler.runDay(List.of(subscription), List.of(account), clock, paris);

        assertThat(run.day()).isEqualTo(date("2026-02-28"));
        assertThat(TimelineScheduler.today(clock, ZoneOffset.UTC)).isEqualTo(date("2026-02-27"));
        assertThat(run.billed())
                .extracting(b -> b.period().toString())
                .containsExactly("[2026-01-31, 2026-02-28)", "[2026-02-28, 2026-03-31)");
        assertThat(run.timeline().events()).extracting(e -> e.event().eventId()).containsExactly("due:FA-2026-00001:1");
        assertThat(run.timeline().reminders())
                .extracting(r -> r.invoiceNumber() + " " + r.stepKey())
                .containsExactly("FA-2026-00001 due-today");
        // again, from another timer or node: nothing is billed or sent twice
        Scheduler.DayRun again = scheduler.runDay(List.of(subscription), List.of(account), clock, paris);
        assertThat(again.billed()).isEmpty();
        assertThat(again.timeline().reminders()).isEmpty();
    }

    @Test
    void catchingUpMissedDays() {
        TimelineScheduler timeline = TimelineScheduler.builder(
                        ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                .plan(ReminderPlan.frenchDefault())
                .build();
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(issuedInvoice("FA-2026-00001", "1000.00", date("2026-01-29"))) // due 28 February
                .account();
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

        // the timer was down from 27 February to 10 March
        SchedulerReport report =
                timeline.catchUp(List.of(account), date("2026-02-27"), clock, ZoneId.of("Europe/Paris"));

        assertThat(report.events())
                .extracting(e -> e.event().occurredOn() + " " + e.event().eventId())
                .containsExactly("2026-02-28 due:FA-2026-00001:1", "2026-03-01 overdue:FA-2026-00001:1");
        assertThat(report.reminders()).extracting(Reminder::stepKey).containsExactly("first-reminder");
    }
}
