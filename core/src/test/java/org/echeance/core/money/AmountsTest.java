package org.echeance.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountsTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    private static final CurrencyUnit BHD = Monetary.getCurrency("BHD");

    @Test
    void roundsHalfUpToTheMinorUnitUnlikeMonetasDefault() {
        // Moneta's default rounding is half-even and would give 0.02
        assertThat(Amounts.round(new BigDecimal("0.025"), EUR)).isEqualTo(new BigDecimal("0.03"));
        assertThat(Amounts.round(new BigDecimal("-0.025"), EUR)).isEqualTo(new BigDecimal("-0.03"));
        assertThat(Amounts.round(new BigDecimal("2.5"), JPY)).isEqualTo(new BigDecimal("3"));
        assertThat(Amounts.round(new BigDecimal("1.0005"), BHD)).isEqualTo(new BigDecimal("1.001"));
    }

    @Test
    void plainStringsKeepTheCurrencyScaleAndNeverUseExponents() {
        assertThat(Amounts.toPlainString(Money.of(new BigDecimal("1E+2"), EUR))).isEqualTo("100.00");
        assertThat(Amounts.toPlainString(Money.of(100, JPY))).isEqualTo("100");
        assertThat(Amounts.toPlainString(Money.of(100, BHD))).isEqualTo("100.000");
        assertThat(Amounts.toPlainString(Money.of(new BigDecimal("14.9917"), EUR)))
                .isEqualTo("14.9917");
    }

    @Test
    void currencyMismatchNamesThePathAndBothCurrencies() {
        assertThatThrownBy(() -> Amounts.decimal(Money.of(1, "USD"), EUR, "lines[0].price"))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("lines[0].price: currency USD does not match the document currency EUR");
    }

    @Test
    void moneyKeepsValuesExactlyAndFinerPrices() {
        // Moneta's Money keeps the value but not the scale (it strips trailing zeros): compare by value
        assertThat(Amounts.decimal(Amounts.money(new BigDecimal("100"), EUR))).isEqualByComparingTo("100.00");
        assertThat(Amounts.toPlainString(Amounts.money(new BigDecimal("100"), EUR)))
                .isEqualTo("100.00");
        assertThat(Amounts.decimal(Amounts.money(new BigDecimal("1.23456"), EUR)))
                .isEqualTo(new BigDecimal("1.23456"));
        assertThat(Amounts.hasCurrencyScale(new BigDecimal("1.230"), EUR)).isTrue();
        assertThat(Amounts.hasCurrencyScale(new BigDecimal("1.235"), EUR)).isFalse();
    }
}
