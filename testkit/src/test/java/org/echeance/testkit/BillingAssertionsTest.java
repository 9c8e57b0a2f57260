package org.echeance.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.StatementLine;
import org.echeance.core.money.Amounts;
import org.junit.jupiter.api.Test;

/** Each assertion fails on a bad case with a message naming the values, and passes on a good one. */
class BillingAssertionsTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

    @Test
    void conservesMoneyNamesTheSumTheTotalAndTheParts() {
        assertThatThrownBy(() -> BillingAssertions.assertConservesMoney(
                        eur("100.00"), List.of(eur("33.33"), eur("33.33"), eur("33.33"))))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the parts sum to 99.99 EUR, not the total 100.00 EUR (difference -0.01): "
                        + "[33.33, 33.33, 33.33]");
        assertThatCode(() -> BillingAssertions.assertConservesMoney(
                        eur("100.00"), List.of(eur("33.34"), eur("33.33"), eur("33.33"))))
                .doesNotThrowAnyException();
    }

    @Test
    void conservesMoneyRefusesAnotherCurrency() {
        assertThatThrownBy(() -> BillingAssertions.assertConservesMoney(
                        eur("100"), List.of(Amounts.money(new BigDecimal("100"), JPY))))
                .isInstanceOf(AssertionError.class)
                .hasMessage("a part is in JPY, the total in EUR: [100]");
    }

    @Test
    void scheduleOrderedNamesTheFirstPairOutOfOrder() {
        LocalDate jan31 = LocalDate.of(2026, 1, 31);
        LocalDate feb28 = LocalDate.of(2026, 2, 28);
        assertThatThrownBy(() -> BillingAssertions.assertScheduleOrdered(List.of(jan31, feb28, feb28)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(
                        "dates[2] 2026-02-28 is not after dates[1] 2026-02-28: [2026-01-31, 2026-02-28, 2026-02-28]");
        assertThatCode(() -> BillingAssertions.assertScheduleOrdered(List.of(jan31, feb28)))
                .doesNotThrowAnyException();
    }

    @Test
    void noSignFlipNamesThePart() {
        assertThatThrownBy(() -> BillingAssertions.assertNoSignFlip(eur("-10.00"), List.of(eur("-12.00"), eur("2.00"))))
                .isInstanceOf(AssertionError.class)
                .hasMessage("parts[1] 2.00 has the opposite sign of the total -10.00: [-12.00, 2.00]");
    }

    @Test
    void currencyScaleRefusesAThirdDecimalInEuros() {
        assertThatThrownBy(() -> BillingAssertions.assertCurrencyScale(eur("1.005")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("1.005 EUR has more decimals than the 2 of its currency");
        assertThatCode(() -> BillingAssertions.assertCurrencyScale(eur("1.50"))).doesNotThrowAnyException();
    }

    @Test
    void sameAmountIgnoresScaleButNotCurrency() {
        assertThatCode(() -> BillingAssertions.assertSameAmount(eur("1.0"), eur("1.00")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BillingAssertions.assertSameAmount(eur("1"), Amounts.money(BigDecimal.ONE, JPY)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected 1.00 EUR, found 1 JPY");
    }

    @Test
    void statementBalancesNamesTheLineThatDoesNotFollow() {
        LocalDate day = LocalDate.of(2026, 3, 31);
        StatementLine invoice =
                new StatementLine(day, StatementLine.Kind.INVOICE, "F-1", eur("120.00"), eur("0"), eur("120.00"));
        StatementLine payment =
                new StatementLine(day, StatementLine.Kind.PAYMENT, "pay-1", eur("0"), eur("20.00"), eur("110.00"));
        CustomerStatement statement = new CustomerStatement(
                "seller-1",
                "C1",
                EUR,
                day,
                day,
                day,
                eur("0"),
                List.of(invoice, payment),
                eur("110.00"),
                eur("0"),
                List.of(),
                List.of(),
                eur("0"));
        assertThatThrownBy(() -> BillingAssertions.assertStatementBalances(statement))
                .isInstanceOf(AssertionError.class)
                .hasMessage("lines[1] (pay-1) shows a balance of 110.00, the lines before it give 100.00");
    }

    private static javax.money.MonetaryAmount eur(String value) {
        return Amounts.money(new BigDecimal(value), EUR);
    }
}
