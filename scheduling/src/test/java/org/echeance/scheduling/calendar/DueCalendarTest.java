package org.echeance.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.AccountFixtures.EUR;
import static org.echeance.scheduling.AccountFixtures.USD;
import static org.echeance.scheduling.AccountFixtures.charge;
import static org.echeance.scheduling.AccountFixtures.chargeInstallments;
import static org.echeance.scheduling.AccountFixtures.pay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class DueCalendarTest {
    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);

    /**
     * Seller A, customer C1, in EUR: F-A1 of 900.00 in three installments (31 Jan, 28 Feb, 31 Mar), the first paid
     * and 100.00 of the second; F-A2 of 250.00 due 15 Mar.
     */
    private static CustomerAccount sellerA() {
        CustomerAccount a = CustomerAccount.open("seller-A", "C1", EUR);
        a = chargeInstallments(
                a, "F-A1", JAN_10, "300.00", "2026-01-31", "300.00", "2026-02-28", "300.00", "2026-03-31");
        a = charge(a, "F-A2", "250.00", JAN_10, LocalDate.of(2026, 3, 15));
        return pay(a, "P1", LocalDate.of(2026, 2, 2), "400.00");
    }

    /** Seller B, customer C2, in USD: F-B1 of 1000.00 in two installments (28 Feb, 15 May), 250.50 paid. */
    private static CustomerAccount sellerB() {
        CustomerAccount b = CustomerAccount.open("seller-B", "C2", USD);
        b = chargeInstallments(b, "F-B1", JAN_10, "500.00", "2026-02-28", "500.00", "2026-05-15");
        return pay(b, "Q1", LocalDate.of(2026, 2, 20), "250.50");
    }

    private static String row(DueEntry e) {
        return e.dueDate() + " " + e.sellerId() + "/" + e.customerNumber() + " " + e.invoiceNumber() + "#"
                + e.installmentNumber() + " " + Amounts.toPlainString(e.openAmount()) + " of "
                + Amounts.toPlainString(e.amount()) + " " + e.openAmount().getCurrency();
    }

    @Test
    void listsWhatFallsDueAcrossAccountsInCalendarOrderWithWhatRemainsToPay() {
        DueCalendar calendar = DueCalendar.of(List.of(sellerB(), sellerA()));

        List<DueEntry> due = calendar.dueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));

        // F-A1#1 is paid: not listed. F-A1#2 keeps 200.00 of 300.00; F-B1#1 keeps 249.50 of 500.00.
        assertThat(due)
                .extracting(DueCalendarTest::row)
                .containsExactly(
                        "2026-02-28 seller-A/C1 F-A1#2 200.00 of 300.00 EUR",
                        "2026-02-28 seller-B/C2 F-B1#1 249.50 of 500.00 USD",
                        "2026-03-15 seller-A/C1 F-A2#1 250.00 of 250.00 EUR",
                        "2026-03-31 seller-A/C1 F-A1#3 300.00 of 300.00 EUR",
                        "2026-05-15 seller-B/C2 F-B1#2 500.00 of 500.00 USD");
    }

    @Test
    void theRangeIsHalfOpen() {
        DueCalendar calendar = DueCalendar.of(List.of(sellerA(), sellerB()));

        assertThat(calendar.dueBetween(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 15)))
                .extracting(DueEntry::invoiceNumber)
                .containsExactly("F-A1", "F-B1");
        assertThat(calendar.dueBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .extracting(DueEntry::invoiceNumber)
                .containsExactly("F-A2");
        assertThat(calendar.dueOn(LocalDate.of(2026, 3, 31)))
                .extracting(DueEntry::invoiceNumber, DueEntry::installmentNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F-A1", 3));
        assertThat(calendar.dueBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1)))
                .isEmpty();
    }

    @Test
    void aPaymentMakesTheCalendarShrink() {
        CustomerAccount a = pay(sellerA(), "P2", LocalDate.of(2026, 2, 27), "200.00");

        assertThat(DueCalendar.of(List.of(a)).dueBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)))
                .isEmpty();
        // Oldest due first: P2 completes F-A1#2 only; F-A2 stays whole
        assertThat(DueCalendar.of(List.of(a)).dueOn(LocalDate.of(2026, 3, 15)))
                .extracting(DueCalendarTest::row)
                .containsExactly("2026-03-15 seller-A/C1 F-A2#1 250.00 of 250.00 EUR");
    }

    @Test
    void monthlyTotalsListEveryMonthAndNeverAddCurrenciesTogether() {
        DueCalendar calendar = DueCalendar.of(List.of(sellerA(), sellerB()));

        Map<YearMonth, Map<CurrencyUnit, MonetaryAmount>> totals = calendar.monthlyTotals(YearMonth.of(2026, 1), 6);

        assertThat(totals.keySet())
                .containsExactly(
                        YearMonth.of(2026, 1),
                        YearMonth.of(2026, 2),
                        YearMonth.of(2026, 3),
                        YearMonth.of(2026, 4),
                        YearMonth.of(2026, 5),
                        YearMonth.of(2026, 6));
        Map<YearMonth, String> printed = new LinkedHashMap<>();
        totals.forEach((month, byCurrency) -> {
            StringBuilder text = new StringBuilder();
            byCurrency.forEach((currency, amount) -> text.append(Amounts.toPlainString(amount))
                    .append(' ')
                    .append(currency)
                    .append(';'));
            printed.put(month, text.toString());
        });
        assertThat(printed)
                .containsExactly(
                        Map.entry(YearMonth.of(2026, 1), ""),
                        Map.entry(YearMonth.of(2026, 2), "200.00 EUR;249.50 USD;"),
                        Map.entry(YearMonth.of(2026, 3), "550.00 EUR;"),
                        Map.entry(YearMonth.of(2026, 4), ""),
                        Map.entry(YearMonth.of(2026, 5), "500.00 USD;"),
                        Map.entry(YearMonth.of(2026, 6), ""));
    }

    @Test
    void monthlyTotalsOfNoMonthAreEmptyAndTheRangeIsChecked() {
        DueCalendar calendar = DueCalendar.of(List.of(sellerA()));

        assertThat(calendar.monthlyTotals(YearMonth.of(2026, 1), 0)).isEmpty();
        assertThatThrownBy(() -> calendar.monthlyTotals(YearMonth.of(2026, 1), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months: -1 is not from 0 to 1200");
        assertThatThrownBy(() -> calendar.monthlyTotals(YearMonth.of(2026, 1), 1201))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneSellersCalendarNeverShowsAnotherSellersItems() {
        DueCalendar calendar = DueCalendar.of(List.of(sellerA(), sellerB())).forSeller("seller-B");

        assertThat(calendar.dueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .extracting(DueEntry::sellerId)
                .containsOnly("seller-B")
                .hasSize(2);
        assertThat(calendar.monthlyTotals(YearMonth.of(2026, 3), 1).get(YearMonth.of(2026, 3)))
                .isEmpty();
        assertThat(DueCalendar.of(List.of(sellerA())).forSeller("seller-Z").accounts())
                .isEmpty();
    }

    @Test
    void theSameAccountTwiceIsRefused() {
        assertThatThrownBy(() -> DueCalendar.of(List.of(sellerA(), sellerA(), sellerB())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("accounts: the account of customer C1 with seller seller-A in EUR is given twice"
                        + " (ECH-CAL-01)");
        // The same customer in two currencies is two accounts
        CustomerAccount inUsd =
                charge(CustomerAccount.open("seller-A", "C1", USD), "F-A9", "10.00", JAN_10, LocalDate.of(2026, 2, 28));
        assertThat(DueCalendar.of(List.of(sellerA(), inUsd)).dueOn(LocalDate.of(2026, 2, 28)))
                .extracting(DueEntry::invoiceNumber)
                .containsExactly("F-A1", "F-A9");
    }
}
