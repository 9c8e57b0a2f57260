package org.echeance.overdue.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.overdue.OverdueFixtures.EUR;
import static org.echeance.overdue.OverdueFixtures.USD;
import static org.echeance.overdue.OverdueFixtures.charge;
import static org.echeance.overdue.OverdueFixtures.chargeInstallments;
import static org.echeance.overdue.OverdueFixtures.date;
import static org.echeance.overdue.OverdueFixtures.eur;
import static org.echeance.overdue.OverdueFixtures.item;
import static org.echeance.overdue.OverdueFixtures.money;
import static org.echeance.overdue.OverdueFixtures.paidItem;
import static org.echeance.overdue.OverdueFixtures.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.MixedCurrenciesException;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.ReceivablesLedger;
import org.echeance.overdue.Settlement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingTest {
    private static final LocalDate MARCH_31 = date("2026-03-31");

    private static List<String> plain(AgingRow row) {
        return row.amounts().stream().map(Amounts::toPlainString).toList();
    }

    /**
     * A small ledger checked by hand, as of 31 March 2026 (February has 28 days):
     *
     * <ul>
     *   <li>F1 due 31 Jan, 1000 paid 400 on 15 Feb: 600 open, 59 days late: 31-60;
     *   <li>F2 due 31 Mar, 500: due on the as-of date, not yet due;
     *   <li>F3 due 31 Dec, 200: 31 + 28 + 31 = 90 days late: 61-90 (90 included);
     *   <li>F4 due 1 Dec, 300: 30 + 31 + 28 + 31 = 120 days: over 90;
     *   <li>F5 due 30 Mar, 250: 1 day: 1-30;
     *   <li>F6 issued 2 April: not a receivable on 31 March;
     *   <li>F7 due 1 Mar, 800 paid in full on 5 April: still open on 31 March, 30 days: 1-30.
     * </ul>
     */
    @Test
    void workedExampleByDueDate() {
        List<ReceivableItem> items = List.of(
                paidItem("C1", "F1", "2026-01-01", "2026-01-31", "1000", "2026-02-15", "400"),
                item("C1", "F2", "2026-03-01", "2026-03-31", "500"),
                item("C1", "F3", "2025-12-01", "2025-12-31", "200"),
                item("C2", "F4", "2025-11-01", "2025-12-01", "300"),
                item("C2", "F5", "2026-03-01", "2026-03-30", "250"),
                item("C2", "F6", "2026-04-02", "2026-05-02", "999"),
                paidItem("C2", "F7", "2026-02-01", "2026-03-01", "800", "2026-04-05", "800"));

        AgingReport report = Aging.standard().report(items, MARCH_31);

        assertThat(report.rows()).extracting(AgingRow::customerNumber).containsExactly("C1", "C2");
        assertThat(plain(report.row("C1", EUR).orElseThrow()))
                .containsExactly("500.00", "0.00", "600.00", "200.00", "0.00");
        assertThat(plain(report.row("C2", EUR).orElseThrow()))
                .containsExactly("0.00", "1050.00", "0.00", "0.00", "300.00");
        AgingRow total = report.singleCurrencyTotal().orElseThrow();
        assertThat(plain(total)).containsExactly("500.00", "1050.00", "600.00", "200.00", "300.00");
        assertThat(Amounts.toPlainString(total.total())).isEqualTo("2650.00");
        assertThat(Amounts.toPlainString(total.overdue())).isEqualTo("2150.00");
    }

    @Test
    void workedExampleByInvoiceDate() {
        // F1 issued 1 Jan: 89 days old on 31 March (61-90); F2 issued 1 Mar: 30 days (1-30)
        List<ReceivableItem> items = List.of(
                paidItem("C1", "F1", "2026-01-01", "2026-01-31", "1000", "2026-02-15", "400"),
                item("C1", "F2", "2026-03-01", "2026-03-31", "500"),
                item("C1", "F8", "2026-03-31", "2026-04-30", "70"));

        AgingReport report =
                Aging.of(AgingBuckets.standard(), AgingBasis.INVOICE_DATE).report(items, MARCH_31);

        assertThat(plain(report.row("C1", EUR).orElseThrow()))
                .containsExactly("70.00", "500.00", "0.00", "600.00", "0.00");
    }

    @ParameterizedTest(name = "{0} days late -> bucket {1}")
    @CsvSource({"-5,0", "0,0", "1,1", "30,1", "31,2", "60,2", "61,3", "90,3", "91,4", "3650,4"})
    void bucketEdgesAreInclusiveUpperBounds(int daysLate, int bucket) {
        LocalDate due = MARCH_31.minusDays(daysLate);
        ReceivableItem it = ReceivableItem.of("C", "F", due.minusDays(10), due, eur("10"));

        AgingReport report = Aging.standard().report(List.of(it), MARCH_31);

        assertThat(Aging.standard().bucketOf(it, MARCH_31)).isEqualTo(bucket);
        assertThat(Amounts.decimal(report.rows().get(0).amount(bucket))).isEqualByComparingTo("10");
        assertThat(AgingBuckets.standard().buckets().get(bucket).contains(daysLate))
                .isTrue();
    }

    @Test
    void customBucketsLabelAndEdges() {
        AgingBuckets buckets = AgingBuckets.of(30, 60, 90, 120);
        assertThat(buckets.size()).isEqualTo(6);
        assertThat(buckets.indexOf(120)).isEqualTo(4);
        assertThat(buckets.indexOf(121)).isEqualTo(5);
        assertThat(buckets.buckets().stream().map(b -> b.label(false, AgingBasis.DUE_DATE)))
                .containsExactly("Not yet due", "1-30", "31-60", "61-90", "91-120", "> 120");
        assertThatThrownBy(() -> AgingBuckets.of(30, 30))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("upperEdges[1]: 30 is not above 30")
                .hasMessageContaining("ECH-OVERDUE-12");
        assertThatThrownBy(() -> AgingBuckets.of(0)).isInstanceOf(ValidationException.class);
    }

    /** Odoo PR #16235: 10,000 with three partial payments; the remaining 5,500 is aged on its due date. */
    @Test
    void partialPaymentsLeaveTheRemainderInItsOwnBucket() {
        ReceivableItem invoice = paidItem(
                "C",
                "INV-1",
                "2026-01-01",
                "2026-02-01",
                "10000",
                "2026-02-10",
                "2000",
                "2026-02-20",
                "1500",
                "2026-03-01",
                "1000");

        AgingReport march15 = Aging.standard().report(List.of(invoice), date("2026-03-15"));
        AgingReport feb15 = Aging.standard().report(List.of(invoice), date("2026-02-15"));

        assertThat(plain(march15.rows().get(0))).containsExactly("0.00", "0.00", "5500.00", "0.00", "0.00");
        assertThat(plain(feb15.rows().get(0))).containsExactly("0.00", "8000.00", "0.00", "0.00", "0.00");
    }

    @Test
    void pastReportIsTheSameBeforeAndAfterLaterPayments() {
        CustomerAccount account = CustomerAccount.open("seller", "C1", EUR);
        account = charge(account, "F1", "1000.00", "2026-01-01", "2026-01-31");
        account = chargeInstallments(account, "F2", "2026-02-01", "300.00", "2026-02-28", "300.00", "2026-03-31");
        account = pay(account, "P1", "2026-02-10", "250.00");
        AgingReport before = Aging.standard().report(ReceivablesLedger.itemsOf(account), date("2026-03-15"));

        CustomerAccount later = pay(account, "P2", "2026-03-20", "1350.00");
        AgingReport after = Aging.standard().report(ReceivablesLedger.itemsOf(later), date("2026-03-15"));

        // F1 750 open, 43 days late (31-60); F2#1 300 15 days (1-30); F2#2 not yet due
        assertThat(plain(before.rows().get(0))).containsExactly("300.00", "300.00", "750.00", "0.00", "0.00");
        assertThat(plain(after.rows().get(0))).isEqualTo(plain(before.rows().get(0)));
        assertThat(Aging.standard()
                        .report(ReceivablesLedger.itemsOf(later), date("2026-03-20"))
                        .rows())
                .isEmpty();
    }

    @Test
    void reversedPaymentReopensFromItsReversalDate() {
        CustomerAccount account = CustomerAccount.open("seller", "C1", EUR);
        account = charge(account, "F1", "500.00", "2026-01-01", "2026-01-31");
        account = pay(account, "SDD-1", "2026-01-31", "500.00");
        account = account.reversePayment("SDD-1", date("2026-02-05"), "AM04").account();
        List<ReceivableItem> items = ReceivablesLedger.itemsOf(account);

        assertThat(Aging.standard().report(items, date("2026-02-04")).rows()).isEmpty();
        AgingReport reopened = Aging.standard().report(items, date("2026-02-05"));
        assertThat(plain(reopened.rows().get(0))).containsExactly("0.00", "500.00", "0.00", "0.00", "0.00");
    }

    @Test
    void creditNoteReducesTheOpenAmountFromItsDate() {
        ReceivableItem it = ReceivableItem.builder("C", "F1", EUR)
                .issueDate(date("2026-01-01"))
                .dueDate(date("2026-01-31"))
                .amount(eur("100"))
                .settlement(Settlement.creditNote("AV1", date("2026-02-10"), eur("30")))
                .build();

        assertThat(Amounts.decimal(it.openAmountOn(date("2026-02-09")))).isEqualByComparingTo("100");
        assertThat(Amounts.decimal(it.openAmountOn(date("2026-02-10")))).isEqualByComparingTo("70");
    }

    @Test
    void currenciesAreNeverAddedWithoutAConverter() {
        List<ReceivableItem> items = List.of(
                item("C1", "F1", "2026-01-01", "2026-01-31", "100"),
                ReceivableItem.of("C1", "U1", date("2026-01-01"), date("2026-04-30"), money("40", USD)));

        AgingReport report = Aging.standard().report(items, MARCH_31);

        assertThat(report.rows()).hasSize(2);
        assertThat(report.currencies()).containsExactly(EUR, USD);
        assertThatThrownBy(report::singleCurrencyTotal)
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessage("aging.total: amounts in EUR, USD cannot be added without a CurrencyConverter and a"
                        + " reporting currency; read the figures per currency or give a converter (ECH-OVERDUE-20)");
        AgingRow inEur = report.totalsIn(
                EUR,
                (amount, target, day) ->
                        Amounts.money(Amounts.decimal(amount).multiply(new BigDecimal("0.5")), target));
        assertThat(plain(inEur)).containsExactly("20.00", "0.00", "100.00", "0.00", "0.00");
        assertThat(Amounts.decimal(report.total(USD).total())).isEqualByComparingTo("40");
    }

    @Test
    void ledgerOfAccountsIsScopedBySeller() {
        CustomerAccount a = charge(CustomerAccount.open("A", "C1", EUR), "FA1", "10.00", "2026-01-01", "2026-01-31");
        CustomerAccount b = charge(CustomerAccount.open("B", "C1", EUR), "FB1", "20.00", "2026-01-01", "2026-01-31");
        ReceivablesLedger ledger = ReceivablesLedger.ofAccounts(List.of(a, b));

        assertThat(ledger.items("A")).extracting(ReceivableItem::invoiceNumber).containsExactly("FA1");
        assertThat(ledger.items("B")).extracting(ReceivableItem::invoiceNumber).containsExactly("FB1");
        assertThat(ledger.items("C")).isEmpty();
    }

    @Test
    void badItemsAreRefusedWithEveryRule() {
        assertThatThrownBy(() -> ReceivableItem.builder("C", "F1", EUR)
                        .issueDate(date("2026-02-01"))
                        .dueDate(date("2026-01-31"))
                        .amount(eur("-5"))
                        .settlement(Settlement.payment("P", date("2026-01-15"), eur("5")))
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(
                        "items[F1#1].dueDate: 2026-01-31 is before the issue date 2026-02-01" + " (ECH-OVERDUE-01)")
                .hasMessageContaining("items[F1#1].amount: -5.00 is negative (ECH-OVERDUE-02)")
                .hasMessageContaining(
                        "items[F1#1].settlements[0].date: 2026-01-15 is before the issue date 2026-02-01 of"
                                + " invoice F1 (ECH-OVERDUE-04)");
        MonetaryAmount dollars = money("5", USD);
        assertThatThrownBy(() -> ReceivableItem.builder("C", "F1", EUR)
                        .issueDate(date("2026-01-01"))
                        .dueDate(date("2026-01-31"))
                        .amount(eur("10"))
                        .settlement(Settlement.payment("P", date("2026-01-15"), dollars))
                        .build())
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("items[F1#1].settlements[0].amount: currency USD");
    }

    @Test
    void toTextWritesTheTable() {
        AgingReport report =
                Aging.standard().report(List.of(item("C1", "F1", "2026-02-01", "2026-03-01", "1234.5")), MARCH_31);

        assertThat(report.toText(Locale.ENGLISH))
                .isEqualTo("Aging as of 2026-03-31, by due date\n"
                        + "Customer  Currency  Not yet due      1-30  31-60  61-90  > 90     Total\n"
                        + "C1        EUR              0.00  1,234.50   0.00   0.00  0.00  1,234.50\n"
                        + "Total     EUR              0.00  1,234.50   0.00   0.00  0.00  1,234.50\n");
        assertThat(report.toText(Locale.FRANCE))
                .isEqualTo("Balance âgée au 31/03/2026, par date d'échéance\n"
                        + "Client  Devise  Non échu      1-30  31-60  61-90  > 90     Total\n"
                        + "C1      EUR         0,00  1\u00a0234,50   0,00   0,00  0,00  1\u00a0234,50\n"
                        + "Total   EUR         0,00  1\u00a0234,50   0,00   0,00  0,00  1\u00a0234,50\n");
    }
}
