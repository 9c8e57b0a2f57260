package org.echeance.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The y axis of the report's charts: round steps of 1, 2, 2.5 or 5 times a power of ten, holding every value. */
class BarChartTest {
    private static BarChart.Scale scale(String min, String max) {
        return BarChart.scale(new BigDecimal(min), new BigDecimal(max), 4);
    }

    private static String describe(BarChart.Scale s) {
        return s.lower().toPlainString() + ".." + s.upper().toPlainString() + " by "
                + s.step().toPlainString();
    }

    @Test
    void roundStepsAboveZero() {
        // 1300 / 4 = 325, rounded up to 500: ticks 0, 500, 1000, 1500
        assertThat(describe(scale("0", "1300"))).isEqualTo("0..1500 by 500");
        // 600 / 4 = 150, rounded up to 200: ticks 0, 200, 400, 600
        assertThat(describe(scale("0", "600"))).isEqualTo("0..600 by 200");
        // 1000 / 4 = 250, a round step already
        assertThat(describe(scale("0", "1000"))).isEqualTo("0..1000 by 250");
        // 0.3 / 4 = 0.075, rounded up to 0.1
        assertThat(describe(scale("0", "0.3"))).isEqualTo("0..0.3 by 0.1");
    }

    @Test
    void negativeValuesGetTicksBelowZero() {
        // span 1250 / 4 = 312.5, rounded up to 500: -500 holds -250
        assertThat(describe(scale("-250", "1000"))).isEqualTo("-500..1000 by 500");
    }

    @Test
    void allZeroGivesAUnitAxis() {
        assertThat(describe(scale("0", "0"))).isEqualTo("0..1 by 1");
    }

    @Test
    void ticksAndPositions() {
        BarChart.Scale s = scale("0", "1300");
        assertThat(s.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "500", "1000", "1500");
        assertThat(s.fraction(new BigDecimal("600"))).isEqualTo(0.4f);
        assertThat(s.fraction(BigDecimal.ZERO)).isZero();
    }
}
