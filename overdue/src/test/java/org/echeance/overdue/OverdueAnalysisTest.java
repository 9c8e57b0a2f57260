package org.echeance.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.echeance.overdue.OverdueFixtures.EUR;
import static org.echeance.overdue.OverdueFixtures.USD;
import static org.echeance.overdue.OverdueFixtures.charge;
import static org.echeance.overdue.OverdueFixtures.chargeInstallments;
import static org.echeance.overdue.OverdueFixtures.date;
import static org.echeance.overdue.OverdueFixtures.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.report.BehindSchedule;
import org.echeance.overdue.report.CustomerAmount;
import org.echeance.overdue.report.DashboardFigures;
import org.echeance.overdue.report.LateCustomer;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthFigures;
import org.echeance.overdue.report.Trend;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.junit.jupiter.api.Test;

/**
 * A small story checked by hand, seller S, as of 15 March 2026 (previous period: 15 February):
 *
 * <ul>
 *   <li>C1: F1 1000 due 31 Jan, 400 paid on 15 Feb; F2 500 issued 1 Mar, due 31 Mar;
 *   <li>C2: F3 on a plan of 3 × 100 due 31 Jan, 28 Feb, 31 Mar, 100 paid on 1 Feb; F4 200 due 2 Mar.
 * </ul>
 */
class OverdueAnalysisTest {
    private static final LocalDate AS_OF = date("2026-03-15");

    static CustomerAccount c1() {
        CustomerAccount a = charge(CustomerAccount.open("S", "C1", EUR), "F1", "1000.00", "2026-01-01", "2026-01-31");
        a = pay(a, "P1", "2026-02-15", "400.00");
        return charge(a, "F2", "500.00", "2026-03-01", "2026-03-31");
    }

    static CustomerAccount c2() {
        CustomerAccount a = chargeInstallments(
                CustomerAccount.open("S", "C2", EUR),
                "F3",
                "2026-01-01",
                "100.00",
                "2026-01-31",
                "100.00",
                "2026-02-28",
                "100.00",
                "2026-03-31");
        a = pay(a, "P2", "2026-02-01", "100.00");
        return charge(a, "F4", "200.00", "2026-02-01", "2026-03-02");
    }

    static OverdueAnalysis analysis(CustomerAccount... accounts) {
        CustomerAccount c1 = c1();
        List<Reminder> sent = ReminderEngine.ofBuiltInTemplates()
                .remindersDue(c1, ReminderPlan.frenchDefault(), date("2026-02-10"), InMemoryReminderLog.create());
        return OverdueAnalysis.of(ReceivablesLedger.ofAccounts(List.of(accounts)))
                .withFollowUp(FollowUpRecords.of(sent, Map.of("C2", date("2026-03-20"))));
    }

    @Test
    void lateCustomersWithTrendRemindersAndPromise() {
        LateCustomersReport report = analysis(c1(), c2()).lateCustomers("S", AS_OF, date("2026-02-15"));

        assertThat(report.customers())
                .extracting(
                        LateCustomer::customerNumber,
                        c -> Amounts.toPlainString(c.overdue()),
                        LateCustomer::overdueItems,
                        LateCustomer::oldestDueDate,
                        LateCustomer::daysLate,
                        LateCustomer::remindersSent,
                        LateCustomer::trend)
                .containsExactly(
                        tuple("C1", "600.00", 1, date("2026-01-31"), 43L, 1, Trend.SAME),
                        tuple("C2", "300.00", 2, date("2026-02-28"), 15L, 0, Trend.NEW));
        assertThat(report.customers().get(1).promiseToPay()).contains(date("2026-03-20"));
        assertThat(report.toText(Locale.ENGLISH))
                .isEqualTo(
                        "Late customers as of 2026-03-15 (trend since 2026-02-15)\n"
                                + "Customer  Currency  Overdue  Items  Oldest due  Days late  Reminders  Trend  Promise to pay\n"
                                + "C1        EUR        600.00      1  2026-01-31         43          1   SAME               -\n"
                                + "C2        EUR        300.00      2  2026-02-28         15          0    NEW      2026-03-20\n");
    }

    @Test
    void trendGetsBetterWhenSomethingIsPaid() {
        CustomerAccount paying = pay(c1(), "P9", "2026-03-10", "100.00");
        LateCustomer c1 = analysis(paying)
                .lateCustomers("S", AS_OF, date("2026-02-15"))
                .customers()
                .get(0);
        assertThat(c1.trend()).isEqualTo(Trend.BETTER);
        assertThat(Amounts.toPlainString(c1.previousOverdue())).isEqualTo("600.00");
    }

    @Test
    void behindSchedule() {
        assertThat(analysis(c1(), c2()).behindSchedule("S", AS_OF))
                .extracting(
                        BehindSchedule::customerNumber,
                        BehindSchedule::invoiceNumber,
                        BehindSchedule::installmentsBehind,
                        b -> Amounts.toPlainString(b.amountBehind()),
                        BehindSchedule::daysBehind,
                        b -> Amounts.toPlainString(b.remaining()))
                .containsExactly(tuple("C2", "F3", 1, "100.00", 15L, "200.00"));
    }

    @Test
    void dashboardFigures() {
        DashboardFigures eur = analysis(c1(), c2())
                .dashboard("S", date("2026-03-01"), AS_OF, 5)
                .get(EUR);

        assertThat(List.of(
                        eur.invoiced(),
                        eur.collected(),
                        eur.outstanding(),
                        eur.overdue(),
                        eur.dueNext7Days(),
                        eur.dueNext30Days()))
                .extracting(Amounts::toPlainString)
                .containsExactly("500.00", "0.00", "1500.00", "900.00", "0.00", "600.00");
        assertThat(eur.topLateCustomers())
                .extracting(CustomerAmount::customerNumber, c -> Amounts.toPlainString(c.amount()))
                .containsExactly(tuple("C1", "600.00"), tuple("C2", "300.00"));
    }

    @Test
    void monthlySeries() {
        List<MonthFigures> points = analysis(c1(), c2())
                .monthlySeries("S", YearMonth.of(2026, 1), YearMonth.of(2026, 3))
                .points(EUR);

        assertThat(points)
                .extracting(
                        p -> p.month().toString(),
                        p -> Amounts.toPlainString(p.invoiced()),
                        p -> Amounts.toPlainString(p.collected()),
                        p -> Amounts.toPlainString(p.outstanding()),
                        p -> Amounts.toPlainString(p.overdue()))
                .containsExactly(
                        tuple("2026-01", "1300.00", "0.00", "1300.00", "0.00"),
                        tuple("2026-02", "200.00", "500.00", "1000.00", "600.00"),
                        tuple("2026-03", "500.00", "0.00", "1500.00", "900.00"));
    }

    @Test
    void dsoOfOneCurrencyAndErrorsForSeveral() {
        // sales 1 Jan..15 Mar (74 days): 1000 + 300 + 200 + 500 = 2000; receivables 1500: 1500 / 2000 × 74 = 55.5
        assertThat(analysis(c1(), c2())
                        .dso("S", date("2026-01-01"), AS_OF)
                        .orElseThrow()
                        .days())
                .contains(new BigDecimal("55.50"));

        CustomerAccount dollars =
                charge(CustomerAccount.open("S", "C3", USD), "U1", "1000.00", "2026-03-01", "2026-03-31");
        OverdueAnalysis mixed = analysis(c1(), c2(), dollars);
        assertThatThrownBy(() -> mixed.dso("S", date("2026-01-01"), AS_OF))
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessageContaining("dso: amounts in EUR, USD cannot be added");

        // 1 USD = 0.5 EUR: receivables 1500 + 500 = 2000, sales 2000 + 500 = 2500: 2000 / 2500 × 74 = 59.2
        OverdueAnalysis converted = mixed.withReportingCurrency(
                EUR,
                (amount, target, day) ->
                        Amounts.money(Amounts.decimal(amount).multiply(new BigDecimal("0.5")), target));
        assertThat(converted.dso("S", date("2026-01-01"), AS_OF).orElseThrow().days())
                .contains(new BigDecimal("59.20"));
        assertThat(converted.dsoCountBack("S", AS_OF, 12).orElseThrow().currency())
                .isEqualTo(EUR);
    }

    @Test
    void agingTextOfTheStory() {
        String text = analysis(c1(), c2()).aging("S", AS_OF).toText(Locale.ENGLISH);
        // C1: F2 not yet due 500, F1 600 43 days; C2: F3#3 not yet due 100, F3#2 15 days + F4 13 days = 300
        assertThat(text)
                .isEqualTo("Aging as of 2026-03-15, by due date\n"
                        + "Customer  Currency  Not yet due    1-30   31-60  61-90  > 90     Total\n"
                        + "C1        EUR            500.00    0.00  600.00   0.00  0.00  1,100.00\n"
                        + "C2        EUR            100.00  300.00    0.00   0.00  0.00    400.00\n"
                        + "Total     EUR            600.00  300.00  600.00   0.00  0.00  1,500.00\n");
    }
}
