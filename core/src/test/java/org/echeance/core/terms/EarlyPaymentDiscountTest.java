package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class EarlyPaymentDiscountTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

    private static MonetaryAmount eur(String value) {
        return Amounts.money(new BigDecimal(value), EUR);
    }

    private static EarlyPaymentDiscount discount(String percent, int days) {
        return EarlyPaymentDiscount.of(new BigDecimal(percent), days);
    }

    @Test
    void twoPercentWithinTenDays() {
        EarlyPaymentDiscount terms = discount("2", 10);

        assertThat(Amounts.toPlainString(terms.discountedAmount(eur("1200.00"))))
                .isEqualTo("1176.00");
        assertThat(Amounts.toPlainString(terms.discount(eur("1200.00")))).isEqualTo("24.00");
        assertThat(terms.deadline(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(terms.deadline(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(terms.isEarned(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 25)))
                .isTrue();
        assertThat(terms.isEarned(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 26)))
                .isFalse();
        assertThat(terms.isNone()).isFalse();
    }

    @Test
    void theDiscountedAmountIsRoundedHalfUpToTheCurrency() {
        // 1.00 x 97.5 % = 0.975: half-up gives 0.98 (half-even would give 0.98 too, 0.985 tells them apart).
        assertThat(Amounts.toPlainString(discount("2.5", 8).discountedAmount(eur("1.00"))))
                .isEqualTo("0.98");
        assertThat(Amounts.toPlainString(discount("2.5", 8).discount(eur("1.00"))))
                .isEqualTo("0.02");
        // 1.00 x 98.5 % = 0.985: half-up 0.99, where half-even would give 0.98.
        assertThat(Amounts.toPlainString(discount("1.5", 8).discountedAmount(eur("1.00"))))
                .isEqualTo("0.99");
        // 99.99 x 98.5 % = 98.49015
        assertThat(Amounts.toPlainString(discount("1.5", 8).discountedAmount(eur("99.99"))))
                .isEqualTo("98.49");
        // Yen have no minor unit: 1234 x 97 % = 1196.98
        MonetaryAmount yen = discount("3", 10).discountedAmount(Amounts.money(new BigDecimal("1234"), JPY));
        assertThat(Amounts.toPlainString(yen)).isEqualTo("1197");
        assertThat(yen.getCurrency()).isEqualTo(JPY);
        // A negative amount rounds away from zero, so the result mirrors the positive one.
        assertThat(Amounts.toPlainString(discount("1.5", 8).discountedAmount(eur("-1.00"))))
                .isEqualTo("-0.99");
    }

    @Test
    void noDiscountIsTheMandatoryMention() {
        EarlyPaymentDiscount none = EarlyPaymentDiscount.none();

        assertThat(none.describe(Locale.FRANCE)).isEqualTo("Pas d'escompte pour paiement anticipé");
        assertThat(none.describe(Locale.ENGLISH)).isEqualTo("No discount for early payment");
        assertThat(none.isNone()).isTrue();
        assertThat(none.isEarned(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15)))
                .isFalse();
        assertThat(Amounts.toPlainString(none.discountedAmount(eur("1200.00")))).isEqualTo("1200.00");
        assertThat(Amounts.toPlainString(none.discount(eur("1200.00")))).isEqualTo("0.00");
        assertThat(none).isEqualTo(EarlyPaymentDiscount.of(BigDecimal.ZERO, 0));
    }

    @Test
    void discountsAreDescribedInFrenchAndEnglish() {
        assertThat(discount("2", 10).describe(Locale.FRANCE)).isEqualTo("Escompte de 2 % pour paiement sous 10 jours");
        assertThat(discount("2", 10).describe(Locale.ENGLISH)).isEqualTo("2% discount for payment within 10 days");
        assertThat(discount("1.50", 1).describe(Locale.FRANCE))
                .isEqualTo("Escompte de 1,5 % pour paiement sous 1 jour");
        assertThat(discount("1.50", 1).describe(Locale.ENGLISH)).isEqualTo("1.5% discount for payment within 1 day");
        assertThat(discount("3", 0).describe(Locale.FRANCE)).isEqualTo("Escompte de 3 % pour paiement comptant");
        assertThat(discount("3", 0).describe(Locale.ENGLISH)).isEqualTo("3% discount for immediate payment");
    }

    @Test
    void equalPercentagesMakeEqualValuesWhateverTheScale() {
        assertThat(discount("2.00", 10)).isEqualTo(discount("2", 10)).hasSameHashCodeAs(discount("2", 10));
        assertThat(discount("2.00", 10).percent()).isEqualByComparingTo("2").hasToString("2");
        assertThat(discount("10", 10).percent()).hasToString("10");
        assertThat(discount("2", 10)).isNotEqualTo(discount("2", 11));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> discount("0", 10))
                .isInstanceOf(ValidationException.class)
                .hasMessage("earlyPaymentDiscount.percent: 0 is not a percentage above 0 and below 100 (ECH-TERMS-03)");
        assertThatThrownBy(() -> discount("100", 10))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "earlyPaymentDiscount.percent: 100 is not a percentage above 0 and below 100 (ECH-TERMS-03)");
        assertThatThrownBy(() -> discount("-0.5", 10))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "earlyPaymentDiscount.percent: -0.5 is not a percentage above 0 and below 100 (ECH-TERMS-03)");
        assertThatThrownBy(() -> discount("2", -1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("earlyPaymentDiscount.days: -1 is not a number of days from 0 to 3660 (ECH-TERMS-01)");
        assertThatThrownBy(() -> EarlyPaymentDiscount.of(null, 10))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("percent");
        assertThatThrownBy(() -> discount("2", 10).discountedAmount(null)).isInstanceOf(NullPointerException.class);
    }
}
