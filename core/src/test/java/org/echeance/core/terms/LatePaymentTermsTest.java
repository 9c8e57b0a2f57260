package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class LatePaymentTermsTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private static MonetaryAmount eur(String value) {
        return Amounts.money(new BigDecimal(value), EUR);
    }

    @Test
    void frenchDefaultIsEcbPlusTenPointsAndFortyEuros() {
        // L441-10 II: ECB main refinancing rate + 10 points; D441-5: 40 EUR.
        LatePaymentTerms terms = LatePaymentTerms.frenchDefault(new BigDecimal("2.15"));

        assertThat(terms.annualRatePercent()).isEqualByComparingTo("12.15");
        assertThat(terms.recoveryIndemnity()).contains(eur("40"));
        assertThat(LatePaymentTerms.frenchDefault(new BigDecimal("4.50")).annualRatePercent())
                .hasToString("14.5");
        assertThat(LatePaymentTerms.frenchDefault(BigDecimal.ZERO).annualRatePercent())
                .hasToString("10");
    }

    @Test
    void theTwoLegalMentionsInFrenchAndEnglish() {
        LatePaymentTerms terms = LatePaymentTerms.frenchDefault(new BigDecimal("2.15"));

        assertThat(terms.penaltyMention(Locale.FRANCE))
                .isEqualTo("Pénalités de retard : 12,15 % l'an, exigibles dès le jour suivant la date d'échéance"
                        + " sans qu'un rappel soit nécessaire");
        assertThat(terms.recoveryIndemnityMention(Locale.FRANCE))
                .contains("Indemnité forfaitaire pour frais de recouvrement : 40 EUR");
        assertThat(terms.describe(Locale.FRANCE))
                .isEqualTo("Pénalités de retard : 12,15 % l'an, exigibles dès le jour suivant la date d'échéance"
                        + " sans qu'un rappel soit nécessaire\n"
                        + "Indemnité forfaitaire pour frais de recouvrement : 40 EUR");
        assertThat(terms.describe(Locale.ENGLISH))
                .isEqualTo("Late payment penalties: 12.15% a year, due from the day after the due date without any"
                        + " reminder\nFixed compensation for recovery costs: 40 EUR");
    }

    @Test
    void anIndemnityWithCentsKeepsThem() {
        LatePaymentTerms terms = LatePaymentTerms.of(new BigDecimal("15"), eur("40.5"));

        assertThat(terms.recoveryIndemnityMention(Locale.FRANCE))
                .contains("Indemnité forfaitaire pour frais de recouvrement : 40,50 EUR");
        assertThat(terms.recoveryIndemnityMention(Locale.ENGLISH))
                .contains("Fixed compensation for recovery costs: 40.50 EUR");
    }

    @Test
    void consumersOweNoRecoveryIndemnity() {
        LatePaymentTerms consumer = LatePaymentTerms.ofConsumer(new BigDecimal("12.15"));

        assertThat(consumer.recoveryIndemnity()).isEmpty();
        assertThat(consumer.recoveryIndemnityMention(Locale.FRANCE)).isEmpty();
        assertThat(consumer.describe(Locale.FRANCE)).isEqualTo(consumer.penaltyMention(Locale.FRANCE));
        assertThat(LatePaymentTerms.frenchDefault(new BigDecimal("2.15")).withoutRecoveryIndemnity())
                .isEqualTo(consumer);
    }

    @Test
    void equalRatesAndIndemnitiesMakeEqualValuesWhateverTheScale() {
        LatePaymentTerms a = LatePaymentTerms.of(new BigDecimal("12.150"), eur("40.00"));
        LatePaymentTerms b = LatePaymentTerms.of(new BigDecimal("12.15"), eur("40"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(LatePaymentTerms.ofConsumer(new BigDecimal("12.15")));
    }

    @Test
    void theFrenchFloorIsThreeTimesTheLegalInterestRate() {
        // With a legal interest rate of 2.5 %, the contractual rate must be at least 7.5 %.
        LatePaymentTerms atFloor = LatePaymentTerms.of(new BigDecimal("7.5"), eur("40"));

        assertThat(atFloor.validateFrenchFloor(new BigDecimal("2.5"))).isSameAs(atFloor);
        assertThat(LatePaymentTerms.of(new BigDecimal("7.50"), eur("40"), new BigDecimal("2.50")))
                .isEqualTo(atFloor);
        assertThatThrownBy(() -> LatePaymentTerms.of(new BigDecimal("7.49"), eur("40"), new BigDecimal("2.5")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("latePaymentTerms.annualRatePercent: 7.49 percent is below 7.5 percent, 3 times the legal"
                        + " interest rate of 2.5 percent (Code de commerce L441-10 II) (FR-L441-10-II)")
                .satisfies(e -> assertThat(((ValidationException) e).hasRule("FR-L441-10-II"))
                        .isTrue());
        assertThatThrownBy(
                        () -> LatePaymentTerms.ofConsumer(BigDecimal.ONE).validateFrenchFloor(new BigDecimal("0.34")))
                .isInstanceOf(ValidationException.class);
        assertThat(LatePaymentTerms.ofConsumer(BigDecimal.ONE).validateFrenchFloor(BigDecimal.ZERO))
                .isNotNull();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> LatePaymentTerms.ofConsumer(new BigDecimal("-0.01")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("latePaymentTerms.annualRatePercent: -0.01 is not an annual rate from 0 to 100 percent"
                        + " (ECH-TERMS-04)");
        assertThatThrownBy(() -> LatePaymentTerms.ofConsumer(new BigDecimal("1215")))
                .isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("(ECH-TERMS-04)");
        assertThatThrownBy(() -> LatePaymentTerms.of(BigDecimal.TEN, eur("0")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("latePaymentTerms.recoveryIndemnity: 0.00 EUR is not a positive amount (ECH-TERMS-05)");
        assertThatThrownBy(() -> LatePaymentTerms.of(BigDecimal.TEN, eur("-40")))
                .isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("(ECH-TERMS-05)");
        assertThatThrownBy(() -> LatePaymentTerms.ofConsumer(BigDecimal.TEN).validateFrenchFloor(new BigDecimal("-1")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("legalInterestRatePercent: -1 is a negative interest rate (ECH-TERMS-06)");
        assertThatThrownBy(() -> LatePaymentTerms.frenchDefault(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ecbRefinancingRatePercent");
        assertThatThrownBy(() -> new LatePaymentTerms(BigDecimal.TEN, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("recoveryIndemnity");
        assertThat(new LatePaymentTerms(BigDecimal.TEN, Optional.empty()))
                .isEqualTo(LatePaymentTerms.ofConsumer(BigDecimal.TEN));
    }
}
