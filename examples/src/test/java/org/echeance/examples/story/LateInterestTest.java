package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.echeance.core.money.Amounts;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class LateInterestTest {
    @Test
    void simpleInterestOnA365DayYearRoundedHalfUp() {
        // 2880 x 0.1215 x 75 / 365 = 71.9014 -> 71.90
        assertThat(Amounts.toPlainString(LateInterest.simple(Money.of(2880, "EUR"), new BigDecimal("12.15"), 75)))
                .isEqualTo("71.90");
        // 5220 x 0.1215 x 75 / 365 = 130.3212 -> 130.32
        assertThat(Amounts.toPlainString(LateInterest.simple(Money.of(5220, "EUR"), new BigDecimal("12.15"), 75)))
                .isEqualTo("130.32");
        // 100 x 0.10 x 73 / 365 = 2.00 exactly; 100 x 0.10 x 1 / 365 = 0.0274 -> 0.03
        assertThat(Amounts.toPlainString(LateInterest.simple(Money.of(100, "EUR"), BigDecimal.TEN, 73)))
                .isEqualTo("2.00");
        assertThat(Amounts.toPlainString(LateInterest.simple(Money.of(100, "EUR"), BigDecimal.TEN, 1)))
                .isEqualTo("0.03");
        assertThat(Amounts.toPlainString(LateInterest.simple(Money.of(100, "EUR"), BigDecimal.TEN, 0)))
                .isEqualTo("0.00");
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> LateInterest.simple(Money.of(1, "EUR"), BigDecimal.TEN, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days: -1 is negative");
    }
}
