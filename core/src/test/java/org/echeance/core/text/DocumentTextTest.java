package org.echeance.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Worked examples of the texts every module writes. */
class DocumentTextTest {

    @Test
    void amountsKeepTheCurrencyScaleAndGroupThousands() {
        assertThat(DocumentText.FRENCH.amount(Money.of(new BigDecimal("0.5"), "EUR")))
                .isEqualTo("0,50");
        assertThat(DocumentText.FRENCH.amount(Money.of(1000, "EUR"))).isEqualTo("1\u00a0000,00");
        assertThat(DocumentText.ENGLISH.amount(Money.of(new BigDecimal("1234567.891"), "BHD")))
                .isEqualTo("1,234,567.891");
        assertThat(DocumentText.ENGLISH.amount(Money.of(new BigDecimal("-12345.6"), "EUR")))
                .isEqualTo("-12,345.60");
        assertThat(DocumentText.ENGLISH.amount(Money.of(1500, Monetary.getCurrency("JPY"))))
                .isEqualTo("1,500");
        assertThat(DocumentText.FRENCH.amountWithCurrency(Money.of(40, "EUR"))).isEqualTo("40,00 EUR");
        assertThat(DocumentText.FRENCH.decimal(new BigDecimal("73.7142"), 2)).isEqualTo("73,71");
    }

    @Test
    void datesInFullAndInTables() {
        assertThat(DocumentText.FRENCH.date(LocalDate.of(2026, 8, 1))).isEqualTo("1er août 2026");
        assertThat(DocumentText.ENGLISH.date(LocalDate.of(2026, 12, 25))).isEqualTo("25 December 2026");
        assertThat(DocumentText.FRENCH.numericDate(LocalDate.of(2026, 3, 1))).isEqualTo("01/03/2026");
        assertThat(DocumentText.ENGLISH.numericDate(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
    }

    @Test
    void ratesWithoutTrailingZerosAndTheLanguageFromTheLocale() {
        assertThat(DocumentText.FRENCH.percent(new BigDecimal("12.150"))).isEqualTo("12,15 %");
        assertThat(DocumentText.ENGLISH.percent(new BigDecimal("1E+1"))).isEqualTo("10%");
        assertThat(DocumentText.of(Locale.CANADA_FRENCH)).isEqualTo(DocumentText.FRENCH);
        assertThat(DocumentText.of(Locale.GERMAN)).isEqualTo(DocumentText.ENGLISH);
        assertThat(DocumentText.ofLanguage("fr").isFrench()).isTrue();
    }
}
