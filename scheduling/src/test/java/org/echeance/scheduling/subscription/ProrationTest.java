package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.eur;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.money;

import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Worked examples of proration and of the largest remainder method, in EUR, JPY (0 decimals) and BHD (3). */
class ProrationTest {
    private static final BillingPeriod JANUARY = BillingPeriod.parse("[2025-01-01, 2025-02-01)");

    @Test
    void aSinglePartIsRoundedHalfUpOnTheDaysOfTheFullPeriod() {
        // 30.00 × 17 / 31 = 16.4516… → 16.45
        assertThat(text(Proration.of(
                        eur("30.00"), JANUARY, part("2025-01-15", "2025-02-01"), ProrationPolicy.ACTUAL_DAYS)))
                .isEqualTo("16.45");
        // 0.05 × 1 / 2 = 0.025: exactly half a cent, rounded up, whichever half is billed
        BillingPeriod twoDays = BillingPeriod.parse("[2025-01-01, 2025-01-03)");
        assertThat(text(Proration.of(
                        eur("0.05"), twoDays, part("2025-01-01", "2025-01-02"), ProrationPolicy.ACTUAL_DAYS)))
                .isEqualTo("0.03");
        assertThat(text(Proration.of(
                        eur("0.05"), twoDays, part("2025-01-02", "2025-01-03"), ProrationPolicy.ACTUAL_DAYS)))
                .isEqualTo("0.03");
        // JPY has no minor unit: 1000 × 17 / 31 = 548.38… → 548; BHD has three: 10.000 × 17 / 31 = 5.48387… → 5.484
        assertThat(text(Proration.of(
                        money("1000", "JPY"), JANUARY, part("2025-01-15", "2025-02-01"), ProrationPolicy.ACTUAL_DAYS)))
                .isEqualTo("548");
        assertThat(text(Proration.of(
                        money("10.000", "BHD"),
                        JANUARY,
                        part("2025-01-15", "2025-02-01"),
                        ProrationPolicy.ACTUAL_DAYS)))
                .isEqualTo("5.484");
    }

    @Test
    void consecutivePartsOfOnePriceAddUpExactly() {
        // 100.00 over three parts of 10, 11 and 10 days: 32.258…, 35.483…, 32.258… → 32.26 + 35.48 + 32.26 = 100.00
        List<MonetaryAmount> parts = Proration.ofParts(
                eur("100.00"),
                JANUARY,
                List.of(
                        part("2025-01-01", "2025-01-11"),
                        part("2025-01-11", "2025-01-22"),
                        part("2025-01-22", "2025-02-01")),
                ProrationPolicy.ACTUAL_DAYS);

        assertThat(texts(parts)).containsExactly("32.26", "35.48", "32.26");
    }

    @Test
    void allocateGivesTiesToTheEarlierShare() {
        assertThat(texts(Proration.allocate(eur("100.00"), List.of(1L, 1L, 1L))))
                .containsExactly("33.34", "33.33", "33.33");
        assertThat(texts(Proration.allocate(eur("-100.00"), List.of(1L, 1L, 1L))))
                .containsExactly("-33.34", "-33.33", "-33.33");
        assertThat(texts(Proration.allocate(eur("0.02"), List.of(1L, 0L, 1L, 1L))))
                .containsExactly("0.01", "0.00", "0.01", "0.00");
    }

    @Test
    void thirtyE360CountsMonthsAsThirtyDays() {
        ProrationPolicy thirty = ProrationPolicy.THIRTY_360;

        assertThat(thirty.dayCount(date("2025-02-01"), date("2025-03-01"))).isEqualTo(30);
        assertThat(thirty.dayCount(date("2025-01-31"), date("2025-02-28"))).isEqualTo(28);
        assertThat(thirty.dayCount(date("2025-01-15"), date("2025-02-01"))).isEqualTo(16);
        assertThat(thirty.dayCount(date("2025-01-30"), date("2025-01-31"))).isZero();
        assertThat(thirty.dayCount(date("2024-01-01"), date("2025-01-01"))).isEqualTo(360);
        assertThat(ProrationPolicy.ACTUAL_DAYS.dayCount(date("2024-01-01"), date("2025-01-01")))
                .isEqualTo(366);
        // a one-day period on a 31st counts 0 days in 30E/360: its parts are weighted by actual days
        BillingPeriod the31st = BillingPeriod.parse("[2025-01-31, 2025-02-01)");
        assertThat(text(Proration.of(eur("9.99"), the31st, the31st, thirty))).isEqualTo("9.99");
    }

    @Test
    void noneChargesTheFullPriceOnce() {
        assertThat(texts(Proration.ofParts(
                        eur("30.00"),
                        JANUARY,
                        List.of(part("2025-01-05", "2025-01-06"), part("2025-01-20", "2025-01-21")),
                        ProrationPolicy.NONE)))
                .containsExactly("30.00", "0.00");
    }

    @Test
    void badInputIsRefusedWithTheRule() {
        assertThatThrownBy(() -> Proration.of(
                        eur("30.001"), JANUARY, part("2025-01-15", "2025-02-01"), ProrationPolicy.ACTUAL_DAYS))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("fullPrice: 30.001 EUR has more decimals than the currency allows")
                .hasMessageContaining("ECH-SUB-14");
        assertThatThrownBy(() -> Proration.of(
                        eur("30.00"), JANUARY, part("2025-01-15", "2025-02-02"), ProrationPolicy.ACTUAL_DAYS))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not within the full period");
        assertThatThrownBy(() -> Proration.ofParts(
                        eur("30.00"),
                        JANUARY,
                        List.of(part("2025-01-10", "2025-01-20"), part("2025-01-15", "2025-01-25")),
                        ProrationPolicy.ACTUAL_DAYS))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("in date order, without overlap");
        assertThatThrownBy(() -> Proration.allocate(eur("1.00"), List.of(0L, 0L)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("add up to zero");
        assertThatThrownBy(() -> Proration.allocate(eur("1.00"), List.of(1L, -1L)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("weights[1]: -1 is negative");
    }

    private static BillingPeriod part(String start, String endExclusive) {
        return BillingPeriod.of(date(start), date(endExclusive));
    }

    private static String text(MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }

    private static List<String> texts(List<MonetaryAmount> amounts) {
        return amounts.stream().map(Amounts::toPlainString).collect(Collectors.toList());
    }
}
