package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.money.Amounts;

/** Proration is exact: the parts of a period add up to its price, to the minor unit, in every currency. */
class ProrationProperties {
    /** A price, a full period and cut days inside it. */
    record Split(MonetaryAmount price, BillingPeriod period, List<BillingPeriod> parts) {}

    @Provide
    Arbitrary<Split> splits() {
        return SubscriptionArbitraries.currencies()
                .flatMap(currency -> Combinators.combine(
                                SubscriptionArbitraries.amounts(currency),
                                SubscriptionArbitraries.days(),
                                Arbitraries.integers().between(1, 400),
                                Arbitraries.integers().between(0, 400).list().ofMaxSize(8))
                        .as((price, start, length, cuts) -> split(currency, price, start, length, cuts)));
    }

    private static Split split(
            CurrencyUnit currency, BigDecimal price, LocalDate start, int length, List<Integer> cuts) {
        TreeSet<Integer> points = new TreeSet<>();
        cuts.forEach(c -> points.add(c % length));
        points.remove(0);
        points.add(length);
        List<BillingPeriod> parts = new ArrayList<>();
        int previous = 0;
        for (int point : points) {
            parts.add(BillingPeriod.of(start.plusDays(previous), start.plusDays(point)));
            previous = point;
        }
        return new Split(
                Amounts.money(price, currency), BillingPeriod.of(start, start.plusDays(length)), List.copyOf(parts));
    }

    @Property(tries = 2000)
    void proratedPartsOfAPeriodSumExactlyToTheFullPrice(@ForAll("splits") Split split, @ForAll ProrationPolicy policy) {
        List<MonetaryAmount> amounts = Proration.ofParts(split.price(), split.period(), split.parts(), policy);

        BigDecimal sum = amounts.stream().map(Amounts::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(Amounts.decimal(split.price()));
        assertThat(amounts)
                .allSatisfy(a -> assertThat(Amounts.hasCurrencyScale(Amounts.decimal(a), a.getCurrency()))
                        .isTrue());
    }

    @Property(tries = 2000)
    void everyPartIsWithinOneMinorUnitOfItsExactShare(@ForAll("splits") Split split) {
        List<MonetaryAmount> amounts =
                Proration.ofParts(split.price(), split.period(), split.parts(), ProrationPolicy.ACTUAL_DAYS);

        BigDecimal unit = BigDecimal.ONE.movePointLeft(
                Amounts.minorUnitDigits(split.price().getCurrency()));
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal exact = Amounts.decimal(split.price())
                    .multiply(BigDecimal.valueOf(split.parts().get(i).lengthInDays()))
                    .divide(BigDecimal.valueOf(split.period().lengthInDays()), MathContext.DECIMAL128);
            assertThat(Amounts.decimal(amounts.get(i)).subtract(exact).abs()).isLessThan(unit);
        }
    }

    @Property(tries = 2000)
    void aSinglePartIsTheFullPriceTimesItsDaysOverTheFullPeriodRoundedHalfUp(
            @ForAll("splits") Split split, @ForAll int pick) {
        BillingPeriod part = split.parts().get(Math.floorMod(pick, split.parts().size()));

        MonetaryAmount amount = Proration.of(split.price(), split.period(), part, ProrationPolicy.ACTUAL_DAYS);

        BigDecimal expected = Amounts.decimal(split.price())
                .multiply(BigDecimal.valueOf(part.lengthInDays()))
                .divide(
                        BigDecimal.valueOf(split.period().lengthInDays()),
                        Amounts.minorUnitDigits(split.price().getCurrency()),
                        RoundingMode.HALF_UP);
        assertThat(Amounts.decimal(amount)).isEqualByComparingTo(expected);
    }

    @Property(tries = 1000)
    void allocateSumsExactlyToTheAmountInEveryCurrency(
            @ForAll("splits") Split split, @ForAll("weights") List<Long> weights) {
        List<MonetaryAmount> shares = Proration.allocate(split.price(), weights);

        assertThat(shares.stream().map(Amounts::decimal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(Amounts.decimal(split.price()));
        assertThat(shares).hasSameSizeAs(weights);
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.longs()
                .between(0, 1_000_000)
                .list()
                .ofMinSize(1)
                .ofMaxSize(20)
                .filter(w -> w.stream().mapToLong(Long::longValue).sum() > 0);
    }
}
