package org.echeance.overdue.dso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.overdue.OverdueFixtures.EUR;
import static org.echeance.overdue.OverdueFixtures.date;
import static org.echeance.overdue.OverdueFixtures.eur;
import static org.echeance.overdue.OverdueFixtures.item;
import static org.echeance.overdue.OverdueFixtures.paidItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.junit.jupiter.api.Test;

class DaysSalesOutstandingTest {
    /**
     * Checked by hand: sales of January to March 2026 are F1 1000 + F2 2000 + F3 1500 = 4500; F0 (December) is not a
     * sale of the period but is still open. Receivables on 31 March: F0 800 + F2 1500 + F3 1500 = 3800.
     */
    static List<ReceivableItem> ledger() {
        return List.of(
                item("C1", "F0", "2025-12-15", "2026-01-14", "800"),
                paidItem("C1", "F1", "2026-01-10", "2026-02-09", "1000", "2026-02-01", "1000"),
                paidItem("C2", "F2", "2026-02-10", "2026-03-12", "2000", "2026-03-10", "500"),
                item("C2", "F3", "2026-03-15", "2026-04-14", "1500"),
                item("C2", "F4", "2026-04-01", "2026-05-01", "9999"));
    }

    @Test
    void simpleDsoOfTheWorkedLedger() {
        Map<CurrencyUnit, DsoResult> dso =
                DaysSalesOutstanding.simple(ledger().stream(), date("2026-01-01"), date("2026-03-31"));

        DsoResult eur = dso.get(EUR);
        // 3800 / 4500 × 90 = 76
        assertThat(eur.days()).contains(new BigDecimal("76.00"));
        assertThat(Amounts.decimal(eur.receivables())).isEqualByComparingTo("3800");
        assertThat(Amounts.decimal(eur.sales())).isEqualByComparingTo("4500");
        assertThat(eur.periodDays()).isEqualTo(90);
        assertThat(eur.toText(Locale.ENGLISH))
                .isEqualTo("DSO (simple) as of 2026-03-31, EUR: 76.00 days (receivables 3,800.00, sales 4,500.00"
                        + " over 90 days)");
    }

    @Test
    void countBackDsoOfTheWorkedLedger() {
        // March 31 days: 3800 - 1500 = 2300; February 28 days: 2300 - 2000 = 300; January: 300/1000 × 31 = 9.3
        DsoResult eur = DaysSalesOutstanding.countBack(ledger().stream(), date("2026-03-31"), 12)
                .get(EUR);

        assertThat(eur.days()).contains(new BigDecimal("68.30"));
        assertThat(eur.exhausted()).isFalse();
        assertThat(eur.periods().subList(0, 4))
                .extracting(PeriodSales::days, p -> Amounts.toPlainString(p.sales()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(31, "1500.00"),
                        org.assertj.core.groups.Tuple.tuple(28, "2000.00"),
                        org.assertj.core.groups.Tuple.tuple(31, "1000.00"),
                        org.assertj.core.groups.Tuple.tuple(31, "800.00"));
        assertThat(eur.toText(Locale.FRENCH))
                .startsWith("DSO (méthode par épuisement) au 31/03/2026, EUR : 68,30 jours");
    }

    /** The count-back example of the domain reference [S84]: 212k against 100k, 80k, 70k in 30-day months. */
    @Test
    void countBackOfTheReferenceExample() {
        List<PeriodSales> months = List.of(
                new PeriodSales(30, eur("100000")),
                new PeriodSales(30, eur("80000")),
                new PeriodSales(30, eur("70000")));

        assertThat(DaysSalesOutstanding.countBack(eur("212000"), months)).contains(new BigDecimal("73.71"));
        assertThat(DaysSalesOutstanding.countBack(eur("180000"), months)).contains(new BigDecimal("60.00"));
        assertThat(DaysSalesOutstanding.countBack(eur("0"), months)).contains(new BigDecimal("0.00"));
    }

    @Test
    void countBackBeyondAllSalesIsMarkedExhausted() {
        DsoResult r = DaysSalesOutstanding.countBack(
                        List.of(item("C", "F", "2026-03-10", "2026-03-10", "300")).stream(), date("2026-03-31"), 1)
                .get(EUR);
        // 300 open against 300 sold in March: exactly one month
        assertThat(r.days()).contains(new BigDecimal("31.00"));
        assertThat(r.exhausted()).isFalse();

        DsoResult older = DaysSalesOutstanding.countBack(
                        List.of(item("C", "F", "2026-01-10", "2026-01-10", "300")).stream(), date("2026-03-31"), 1)
                .get(EUR);
        assertThat(older.days()).contains(new BigDecimal("31.00"));
        assertThat(older.exhausted()).isTrue();
        assertThat(older.toText(Locale.ENGLISH)).contains("at least 31.00 days");
    }

    @Test
    void simpleDsoIsUndefinedWithoutSalesAndZeroWithoutReceivables() {
        assertThat(DaysSalesOutstanding.simple(eur("100"), eur("0"), 30)).isEmpty();
        assertThat(DaysSalesOutstanding.simple(eur("0"), eur("0"), 30)).contains(new BigDecimal("0.00"));
        assertThat(DaysSalesOutstanding.simple(eur("50"), eur("300"), 90)).contains(new BigDecimal("15.00"));
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> DaysSalesOutstanding.simple(ledger().stream(), date("2026-04-01"), date("2026-03-31")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("from: 2026-04-01 is after the end of the period 2026-03-31 (ECH-OVERDUE-11)");
        assertThatThrownBy(() -> DaysSalesOutstanding.countBack(ledger().stream(), date("2026-03-31"), 0))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void paymentBehaviourOfMarch() {
        List<ReceivableItem> items = List.of(
                paidItem("C1", "A", "2026-02-01", "2026-03-05", "100", "2026-03-05", "100"),
                paidItem("C1", "B", "2026-02-01", "2026-03-10", "100", "2026-03-20", "100"),
                paidItem("C2", "C", "2026-02-01", "2026-03-15", "100", "2026-03-13", "100"),
                item("C2", "D", "2026-02-01", "2026-03-20", "100"),
                item("C2", "E", "2026-01-01", "2026-02-20", "100"));

        PaymentBehaviours b = PaymentBehaviours.of(items.stream(), date("2026-03-01"), date("2026-03-31"));

        PaymentBehaviour all = b.overall();
        assertThat(all.installmentsDue()).isEqualTo(4);
        assertThat(all.paidOnTime()).isEqualTo(2);
        assertThat(all.paidLate()).isEqualTo(1);
        assertThat(all.stillOpen()).isEqualTo(1);
        assertThat(all.averageDaysLate()).contains(new BigDecimal("3.33"));
        assertThat(all.shareOnTime()).contains(new BigDecimal("0.5000"));
        assertThat(b.customer("C1").orElseThrow().averageDaysLate()).contains(new BigDecimal("5.00"));
        assertThat(b.customer("C2").orElseThrow().shareOnTime()).contains(new BigDecimal("0.5000"));
        assertThat(b.customer("C3")).isEmpty();
    }
}
