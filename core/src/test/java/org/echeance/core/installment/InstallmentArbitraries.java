package org.echeance.core.installment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.javamoney.moneta.Money;

/**
 * jqwik generators for installment plans, kept in one place for the package (they move to the {@code testkit}
 * later).
 *
 * <p>The composed arbitraries have no edge cases: jqwik would otherwise mix in the combined edge cases of the
 * parts (a zero total above all) in a third of the tries; {@link #totals()} gives zero and small totals their own
 * share instead.
 *
 * <p>A plan is generated as a {@link Case}: a currency (EUR, JPY with no decimals, BHD with three, CHF with or
 * without cash rounding to 0.05), a total in minor units (a fifth of them negative, some zero, from a few units to
 * ten billion), a shape description ({@link ShapeSpec}) and a due-date description ({@link DatesSpec}). The
 * descriptions are plain records so that a failing case reads well and can be rebuilt with another sign.
 */
final class InstallmentArbitraries {
    static final CashRounding CHF_CASH = CashRounding.swissFrancs();

    private InstallmentArbitraries() {}

    /** A plan to build: total, shape, due dates and whether CHF cash rounding applies. */
    record Case(String currency, long totalUnits, ShapeSpec shape, DatesSpec dates, boolean cash) {
        CurrencyUnit unit() {
            return Monetary.getCurrency(currency);
        }

        int digits() {
            return java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        }

        MonetaryAmount total() {
            return amount(totalUnits);
        }

        MonetaryAmount amount(long units) {
            return Money.of(BigDecimal.valueOf(units, digits()), currency);
        }

        int sign() {
            return totalUnits < 0 ? -1 : 1;
        }

        PlanShape planShape() {
            return shape.toShape(this);
        }

        InstallmentPlan plan() {
            InstallmentPlan plan = InstallmentPlan.of(
                    total(), planShape(), dates.toDueDates(planShape().count()));
            return cash ? plan.withCashRounding(CHF_CASH) : plan;
        }

        Case negated() {
            return new Case(currency, -totalUnits, shape, dates, cash);
        }
    }

    /** How the total is split; amounts are given in minor units of the total's sign. */
    sealed interface ShapeSpec {
        PlanShape toShape(Case c);
    }

    record Equal(int count, RemainderRule rule) implements ShapeSpec {
        @Override
        public PlanShape toShape(Case c) {
            return PlanShape.equalParts(count, rule);
        }
    }

    record Percent(List<BigDecimal> percents, RemainderRule rule) implements ShapeSpec {
        @Override
        public PlanShape toShape(Case c) {
            return PlanShape.percentages(percents, rule);
        }
    }

    /** A deposit (fixed units or a percentage), then the balance in {@code balanceParts} (0: one balance). */
    record WithDeposit(Long depositUnits, BigDecimal depositPercent, int balanceParts, RemainderRule rule)
            implements ShapeSpec {
        @Override
        public PlanShape toShape(Case c) {
            Deposit deposit = depositUnits != null
                    ? Deposit.of(c.amount(c.sign() * depositUnits))
                    : Deposit.ofPercent(depositPercent);
            return balanceParts == 0
                    ? PlanShape.depositAndBalance(deposit)
                    : PlanShape.depositAndEqualParts(deposit, balanceParts, rule);
        }
    }

    /** A part: fixed units, a percentage of the remainder, or the balance. */
    record Part(char kind, long units, BigDecimal percent) {}

    record Parts(List<Part> parts, RemainderRule rule) implements ShapeSpec {
        @Override
        public PlanShape toShape(Case c) {
            List<PlanPart> planParts = new ArrayList<>();
            for (Part p : parts) {
                planParts.add(
                        switch (p.kind()) {
                            case 'F' -> PlanPart.fixed(c.amount(c.sign() * p.units()));
                            case 'P' -> PlanPart.percentOfRemainder(p.percent());
                            default -> PlanPart.balance();
                        });
            }
            return PlanShape.ofParts(planParts, rule);
        }

        long fixedUnits() {
            return parts.stream()
                    .filter(p -> p.kind() == 'F')
                    .mapToLong(Part::units)
                    .sum();
        }
    }

    record Explicit(List<Long> units) implements ShapeSpec {
        @Override
        public PlanShape toShape(Case c) {
            return PlanShape.explicit(
                    units.stream().map(u -> c.amount(c.sign() * u)).toList());
        }
    }

    /** How the due dates are given. */
    sealed interface DatesSpec {
        DueDates toDueDates(int count);
    }

    record Monthly(LocalDate first) implements DatesSpec {
        @Override
        public DueDates toDueDates(int count) {
            return DueDates.monthly(first);
        }
    }

    record Every(Period period, LocalDate first) implements DatesSpec {
        @Override
        public DueDates toDueDates(int count) {
            return DueDates.every(period, first);
        }
    }

    /** Listed dates, or day offsets after an issue date, built from a seed for the number of installments. */
    record Listed(LocalDate first, long seed, boolean afterIssue) implements DatesSpec {
        @Override
        public DueDates toDueDates(int count) {
            Random random = new Random(seed);
            List<Integer> offsets = new ArrayList<>();
            int offset = afterIssue ? random.nextInt(3) * 15 : 0;
            for (int i = 0; i < count; i++) {
                offsets.add(offset);
                offset += 1 + random.nextInt(45);
            }
            if (afterIssue) {
                return DueDates.afterIssue(first, offsets);
            }
            return DueDates.of(offsets.stream().map(first::plusDays).toList());
        }
    }

    // -----------------------------------------------------------------------------------------------------------

    /** Plans of every shape in EUR, JPY, BHD and CHF (with or without cash rounding). */
    static Arbitrary<Case> cases() {
        return cases(Arbitraries.of("EUR", "JPY", "BHD", "CHF"));
    }

    static Arbitrary<Case> cases(Arbitrary<String> currencies) {
        return Combinators.combine(currencies, totals(), dates(), Arbitraries.of(true, false))
                .flatAs((currency, total, dates, cash) -> shapes(total)
                        .map(shape -> new Case(currency, total, shape, dates, cash && "CHF".equals(currency))))
                .withoutEdgeCases();
    }

    /** Plans split into equal parts, without cash rounding. */
    static Arbitrary<Case> equalCases() {
        return Combinators.combine(Arbitraries.of("EUR", "JPY", "BHD", "CHF"), totals(), equal(), dates())
                .as((currency, total, shape, dates) -> new Case(currency, total, shape, dates, false));
    }

    /** Plans of percentages with the largest-remainder rule, without cash rounding. */
    static Arbitrary<Case> largestRemainderCases() {
        return Combinators.combine(
                        Arbitraries.of("EUR", "JPY", "BHD", "CHF"),
                        totals(),
                        Arbitraries.integers().between(1, 10).flatMap(InstallmentArbitraries::percents),
                        dates())
                .as((currency, total, percents, dates) -> new Case(
                        currency, total, new Percent(percents, RemainderRule.LARGEST_REMAINDER), dates, false));
    }

    /** Plans of percentages under every rule, without cash rounding. */
    static Arbitrary<Case> percentCases() {
        return Combinators.combine(
                        Arbitraries.of("EUR", "JPY", "BHD", "CHF"),
                        totals(),
                        Combinators.combine(
                                        Arbitraries.integers().between(1, 10).flatMap(InstallmentArbitraries::percents),
                                        Arbitraries.of(RemainderRule.class))
                                .as(Percent::new),
                        dates())
                .as((currency, total, shape, dates) -> new Case(currency, total, shape, dates, false));
    }

    /** Plans built part by part, without cash rounding. */
    static Arbitrary<Case> partsCases() {
        return Combinators.combine(Arbitraries.of("EUR", "JPY", "BHD", "CHF"), totals(), dates())
                .flatAs((currency, total, dates) ->
                        parts(Math.abs(total)).map(shape -> new Case(currency, total, shape, dates, false)))
                .withoutEdgeCases();
    }

    /** CHF plans with cash rounding, of equal parts or percentages whose exact shares the test can recompute. */
    static Arbitrary<Case> cashCases() {
        Arbitrary<ShapeSpec> shapes = Arbitraries.oneOf(
                equal(),
                Combinators.combine(
                                Arbitraries.integers().between(1, 8).flatMap(InstallmentArbitraries::percents),
                                Arbitraries.of(RemainderRule.class))
                        .as(Percent::new));
        return Combinators.combine(totals(), shapes, dates())
                .as((total, shape, dates) -> new Case("CHF", total, shape, dates, true));
    }

    /** Totals in minor units: small, medium and large, a fifth negative. */
    static Arbitrary<Long> totals() {
        Arbitrary<Long> magnitude = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 100)),
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 10_000_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 1_000_000_000_000L)));
        return Combinators.combine(magnitude, Arbitraries.integers().between(1, 5))
                .as((m, s) -> s == 1 ? -m : m);
    }

    static Arbitrary<ShapeSpec> shapes(long total) {
        long magnitude = Math.abs(total);
        return Arbitraries.oneOf(
                equal(),
                Combinators.combine(
                                Arbitraries.integers().between(1, 10).flatMap(InstallmentArbitraries::percents),
                                Arbitraries.of(RemainderRule.class))
                        .as(Percent::new),
                deposits(magnitude),
                parts(magnitude),
                explicit(magnitude));
    }

    static Arbitrary<ShapeSpec> equal() {
        return Combinators.combine(Arbitraries.integers().between(1, 24), Arbitraries.of(RemainderRule.class))
                .as(Equal::new);
    }

    /** {@code count} percentages with 0 to 3 decimals, summing to exactly 100, zeros included. */
    static Arbitrary<List<BigDecimal>> percents(int count) {
        return Arbitraries.integers().between(0, 3).flatMap(scale -> {
            int whole = 100 * (int) Math.pow(10, scale);
            return Arbitraries.integers()
                    .between(0, whole)
                    .list()
                    .ofSize(count - 1)
                    .map(cuts -> {
                        List<Integer> sorted = new ArrayList<>(cuts);
                        sorted.add(0);
                        sorted.add(whole);
                        Collections.sort(sorted);
                        List<BigDecimal> result = new ArrayList<>();
                        for (int i = 1; i < sorted.size(); i++) {
                            result.add(BigDecimal.valueOf(sorted.get(i) - sorted.get(i - 1), scale));
                        }
                        return result;
                    });
        });
    }

    static Arbitrary<ShapeSpec> deposits(long magnitude) {
        Arbitrary<Long> units = Arbitraries.longs().between(0, magnitude).injectDuplicates(0.1);
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(2);
        Arbitrary<Integer> balanceParts = Arbitraries.integers().between(0, 12);
        Arbitrary<RemainderRule> rule = Arbitraries.of(RemainderRule.class);
        return Arbitraries.oneOf(
                Combinators.combine(units, balanceParts, rule).as((u, n, r) -> new WithDeposit(u, null, n, r)),
                Combinators.combine(percent, balanceParts, rule).as((p, n, r) -> new WithDeposit(null, p, n, r)));
    }

    /**
     * Fixed parts summing to at most the total, percentages of the remainder summing to 100 (or at most 100 before
     * a balance part), in shuffled order with the balance last.
     */
    static Arbitrary<ShapeSpec> parts(long magnitude) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of(true, false),
                        Arbitraries.longs(),
                        Arbitraries.of(RemainderRule.class))
                .flatAs((fixedCount, percentCount, balance, seed, rule) -> {
                    int fixed = percentCount == 0 && !balance ? Math.max(fixedCount, 1) : fixedCount;
                    Arbitrary<List<BigDecimal>> percents = percentCount == 0
                            ? Arbitraries.just(List.<BigDecimal>of())
                            : percents(balance ? percentCount + 1 : percentCount)
                                    .map(list -> balance ? list.subList(0, percentCount) : list);
                    return percents.map(ps -> {
                        Random random = new Random(seed);
                        List<Part> result = new ArrayList<>();
                        long left = magnitude;
                        for (int i = 0; i < fixed; i++) {
                            long units = left == 0 ? 0 : Math.floorMod(random.nextLong(), left / (fixed - i) + 1);
                            result.add(new Part('F', units, null));
                            left -= units;
                        }
                        if (ps.isEmpty() && !balance) {
                            Part last = result.remove(result.size() - 1);
                            result.add(new Part('F', last.units() + left, null));
                        }
                        for (BigDecimal p : ps) {
                            result.add(new Part('P', 0, p));
                        }
                        Collections.shuffle(result, random);
                        if (balance) {
                            result.add(new Part('B', 0, null));
                        }
                        return (ShapeSpec) new Parts(List.copyOf(result), rule);
                    });
                });
    }

    /** Explicit amounts: a random partition of the total into 1 to 8 parts. */
    static Arbitrary<ShapeSpec> explicit(long magnitude) {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.longs())
                .as((count, seed) -> {
                    Random random = new Random(seed);
                    List<Long> cuts = new ArrayList<>(List.of(0L, magnitude));
                    for (int i = 0; i < count - 1; i++) {
                        cuts.add(magnitude == 0 ? 0 : Math.floorMod(random.nextLong(), magnitude + 1));
                    }
                    Collections.sort(cuts);
                    List<Long> units = new ArrayList<>();
                    for (int i = 1; i < cuts.size(); i++) {
                        units.add(cuts.get(i) - cuts.get(i - 1));
                    }
                    return new Explicit(List.copyOf(units));
                });
    }

    /** Anchor dates over four years from 2026, leap year 2028 included. */
    static Arbitrary<LocalDate> anchors() {
        return Arbitraries.integers()
                .between(0, 4 * 366)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
                .edgeCases(e -> e.add(LocalDate.of(2026, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2027, 8, 31)));
    }

    static Arbitrary<DatesSpec> dates() {
        return Arbitraries.oneOf(
                anchors().map(Monthly::new),
                Combinators.combine(
                                Arbitraries.of(
                                        Period.ofDays(1),
                                        Period.ofWeeks(2),
                                        Period.ofMonths(3),
                                        Period.of(0, 1, 15),
                                        Period.ofYears(1)),
                                anchors())
                        .as(Every::new),
                Combinators.combine(anchors(), Arbitraries.longs(), Arbitraries.of(true, false))
                        .as(Listed::new));
    }

    /** Amounts for a VAT breakdown column, in minor units, some negative. */
    static Arbitrary<List<long[]>> breakdownColumns() {
        Arbitrary<Long> units = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-100_000, -1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 10_000_000_000L)));
        return Combinators.combine(units, units)
                .as((t, v) -> new long[] {t, v})
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    /** Returns {@code units / 10^digits} as a decimal, the independent way. */
    static BigDecimal decimal(long units, int digits) {
        return BigDecimal.valueOf(units).movePointLeft(digits).setScale(digits, RoundingMode.UNNECESSARY);
    }
}
