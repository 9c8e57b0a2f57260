package org.echeance.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.installment.CashRounding;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanPart;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.installment.RemainderRule;
import org.echeance.core.money.Amounts;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.EndOfMonth;
import org.echeance.core.terms.FixedDayOfNextMonth;
import org.echeance.core.terms.InstallmentTerms;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.NetDays;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;

/**
 * Generates payment terms, installment plan shapes and installment plans.
 *
 * <p>Plans cover every shape: equal parts, percentages summing to exactly 100 (with 0 to 2 decimals), a deposit
 * (fixed or a percentage) and the balance, a deposit and equal parts, fixed parts with percentages of the
 * remainder or a balance, and explicit amounts; totals are negative (a credit), zero or positive, and a fifth of
 * the EUR plans are cash-rounded to 0.05. Due dates start on any day, month ends and 29 February included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermsArbitraries {
    private TermsArbitraries() {}

    /**
     * Returns payment terms of every kind: net days (0 to 120), end of month in both readings, a fixed day of the
     * next month, on receipt, cash on delivery, prepayment and installments.
     *
     * @return payment terms
     */
    public static Arbitrary<PaymentTerms> paymentTerms() {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 120).edgeCases(e -> e.add(0, 30, 45, 60));
        return Arbitraries.oneOf(
                days.map(NetDays::new),
                Combinators.combine(days, Arbitraries.of(EndOfMonth.Reading.class))
                        .as(EndOfMonth::new),
                Arbitraries.integers().between(1, 31).map(FixedDayOfNextMonth::new),
                Arbitraries.of(PaymentTerms.onReceipt(), PaymentTerms.cashOnDelivery(), PaymentTerms.prepayment()),
                installmentTerms());
    }

    /**
     * Returns payment terms French law allows between businesses (L441-10: at most 60 days from the issue date,
     * or 45 days end of month): net 0 to 60 days, end of month then 0 to 15 days, on receipt.
     *
     * @return French-compliant payment terms
     */
    public static Arbitrary<PaymentTerms> frenchPaymentTerms() {
        return Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, 60)
                        .edgeCases(e -> e.add(0, 30, 60))
                        .map(NetDays::new),
                Arbitraries.integers().between(0, 15).map(EndOfMonth::thenDays),
                Arbitraries.just(PaymentTerms.onReceipt()));
    }

    /**
     * Returns installment terms: a shape that needs no total and increasing day offsets from the issue date.
     *
     * @return installment terms
     */
    public static Arbitrary<PaymentTerms> installmentTerms() {
        return totalFreeShapes()
                .flatMap(shape -> Arbitraries.integers()
                        .between(1, 45)
                        .list()
                        .ofSize(shape.count())
                        .map(gaps -> {
                            List<Integer> offsets = new ArrayList<>();
                            int day = gaps.get(0) - 1;
                            for (int gap : gaps) {
                                offsets.add(day);
                                day += gap;
                            }
                            return (PaymentTerms) new InstallmentTerms(shape, offsets);
                        }));
    }

    /**
     * Returns early-payment discounts: none, or 0.5 to 5 percent within 0 to 20 days.
     *
     * @return discounts
     */
    public static Arbitrary<EarlyPaymentDiscount> earlyPaymentDiscounts() {
        Arbitrary<EarlyPaymentDiscount> some = Combinators.combine(
                        Arbitraries.of("0.5", "1", "2", "2.5", "5").map(BigDecimal::new),
                        Arbitraries.integers().between(0, 20))
                .as(EarlyPaymentDiscount::of);
        return Arbitraries.oneOf(Arbitraries.just(EarlyPaymentDiscount.none()), some);
    }

    /**
     * Returns late-payment terms: the French default over an ECB rate of 0 to 4.5 percent, with or without the
     * fixed recovery indemnity.
     *
     * @return late-payment terms
     */
    public static Arbitrary<LatePaymentTerms> latePaymentTerms() {
        return Combinators.combine(
                        Arbitraries.of("0", "2.15", "3.15", "4.5").map(BigDecimal::new), Arbitraries.of(true, false))
                .as((rate, indemnity) -> {
                    LatePaymentTerms terms = LatePaymentTerms.frenchDefault(rate);
                    return indemnity ? terms : terms.withoutRecoveryIndemnity();
                });
    }

    /**
     * Returns plan shapes that need no total: equal parts, percentages and a percentage deposit.
     *
     * @return plan shapes
     */
    public static Arbitrary<PlanShape> totalFreeShapes() {
        Arbitrary<RemainderRule> rule = Arbitraries.of(RemainderRule.class);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 12), rule).as(PlanShape.EqualParts::new),
                Combinators.combine(Arbitraries.integers().between(1, 6).flatMap(TermsArbitraries::percents), rule)
                        .as(PlanShape.Percentages::new),
                depositPercent().map(PlanShape.DepositAndBalance::new),
                Combinators.combine(depositPercent(), Arbitraries.integers().between(1, 6), rule)
                        .as(PlanShape.DepositAndEqualParts::new));
    }

    /**
     * Returns plan shapes for a total: the total-free ones, a fixed deposit, fixed parts with percentages of the
     * remainder or a balance, and explicit amounts that partition the total.
     *
     * @param total the total the shape will split
     * @return plan shapes valid for that total
     */
    public static Arbitrary<PlanShape> planShapes(MonetaryAmount total) {
        Objects.requireNonNull(total, "total");
        CurrencyUnit currency = total.getCurrency();
        long units = Amounts.decimal(total)
                .movePointRight(Amounts.minorUnitDigits(currency))
                .longValueExact();
        long magnitude = Math.abs(units);
        int sign = units < 0 ? -1 : 1;
        Arbitrary<Deposit> fixedDeposit = Arbitraries.longs()
                .between(0, magnitude)
                .map(u -> new Deposit.FixedAmount(MoneyArbitraries.ofMinor(sign * u, currency)));
        Arbitrary<PlanShape> parts = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(true, false),
                        Arbitraries.longs(),
                        Arbitraries.of(RemainderRule.class))
                .flatAs((fixedCount, percentCount, balance, seed, rule) -> {
                    int fixed = percentCount == 0 && !balance ? Math.max(1, fixedCount) : fixedCount;
                    Arbitrary<List<BigDecimal>> percents = percentCount == 0
                            ? Arbitraries.just(List.<BigDecimal>of())
                            : percents(balance ? percentCount + 1 : percentCount)
                                    .map(list -> balance ? list.subList(0, percentCount) : list);
                    return percents.map(ps -> parts(magnitude, sign, currency, fixed, ps, balance, seed, rule));
                });
        return Arbitraries.oneOf(
                totalFreeShapes(),
                fixedDeposit.map(PlanShape.DepositAndBalance::new),
                parts,
                Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.longs())
                        .as((count, seed) -> explicit(magnitude, sign, currency, count, seed)));
    }

    /**
     * Returns installment plans in one currency with totals from minus to plus ten million minor units.
     *
     * @param currency the currency
     * @return installment plans
     */
    public static Arbitrary<InstallmentPlan> installmentPlans(CurrencyUnit currency) {
        Arbitrary<MonetaryAmount> totals =
                MoneyArbitraries.minorUnits(-10_000_000, 10_000_000).map(u -> MoneyArbitraries.ofMinor(u, currency));
        return totals.flatMap(total -> Combinators.combine(
                        planShapes(total),
                        ScheduleArbitraries.dates(),
                        Arbitraries.integers().between(1, 60).list().ofSize(12),
                        Arbitraries.integers().between(1, 5))
                .as((shape, first, gaps, dice) -> {
                    List<LocalDate> dates = new ArrayList<>();
                    LocalDate day = first;
                    for (int i = 0; i < shape.count(); i++) {
                        dates.add(day);
                        day = day.plusDays(gaps.get(i % gaps.size()));
                    }
                    DueDates dueDates = dice == 1 ? DueDates.monthly(first) : DueDates.of(dates);
                    InstallmentPlan plan = InstallmentPlan.of(total, shape, dueDates);
                    if (dice == 2 && "EUR".equals(currency.getCurrencyCode())) {
                        return cashRounded(plan);
                    }
                    return plan;
                }));
    }

    /**
     * Returns installment plans in any of the {@link MoneyArbitraries#currencies()}.
     *
     * @return installment plans
     */
    public static Arbitrary<InstallmentPlan> installmentPlans() {
        return MoneyArbitraries.currencies().flatMap(TermsArbitraries::installmentPlans);
    }

    /**
     * Returns {@code count} percentages with 0 to 2 decimals summing to exactly 100, zeros included.
     *
     * @param count how many percentages, at least 1
     * @return percentage lists
     */
    public static Arbitrary<List<BigDecimal>> percents(int count) {
        return Arbitraries.integers().between(0, 2).flatMap(scale -> {
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

    private static Arbitrary<Deposit> depositPercent() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(2)
                .map(p -> new Deposit.Percentage(p.stripTrailingZeros()));
    }

    private static InstallmentPlan cashRounded(InstallmentPlan plan) {
        try {
            return plan.withCashRounding(CashRounding.of(new BigDecimal("0.05"), RoundingMode.HALF_UP));
        } catch (ValidationException e) {
            // Rounding would flip an installment's sign (ECH-PLAN-09): such a plan is refused, keep it unrounded.
            return plan;
        }
    }

    private static PlanShape parts(
            long magnitude,
            int sign,
            CurrencyUnit currency,
            int fixed,
            List<BigDecimal> percents,
            boolean balance,
            long seed,
            RemainderRule rule) {
        java.util.Random random = new java.util.Random(seed);
        List<PlanPart> result = new ArrayList<>();
        long left = magnitude;
        for (int i = 0; i < fixed; i++) {
            long u = left == 0 ? 0 : Math.floorMod(random.nextLong(), left / (fixed - i) + 1);
            result.add(PlanPart.fixed(MoneyArbitraries.ofMinor(sign * u, currency)));
            left -= u;
        }
        if (percents.isEmpty() && !balance) {
            PlanPart.Fixed last = (PlanPart.Fixed) result.remove(result.size() - 1);
            long lastUnits = Amounts.decimal(last.amount())
                    .movePointRight(Amounts.minorUnitDigits(currency))
                    .longValueExact();
            result.add(PlanPart.fixed(MoneyArbitraries.ofMinor(lastUnits + sign * left, currency)));
        }
        for (BigDecimal p : percents) {
            result.add(PlanPart.percentOfRemainder(p));
        }
        Collections.shuffle(result, random);
        if (balance) {
            result.add(PlanPart.balance());
        }
        return PlanShape.ofParts(result, rule);
    }

    private static PlanShape explicit(long magnitude, int sign, CurrencyUnit currency, int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Long> cuts = new ArrayList<>(List.of(0L, magnitude));
        for (int i = 0; i < count - 1; i++) {
            cuts.add(magnitude == 0 ? 0 : Math.floorMod(random.nextLong(), magnitude + 1));
        }
        Collections.sort(cuts);
        List<MonetaryAmount> amounts = new ArrayList<>();
        for (int i = 1; i < cuts.size(); i++) {
            amounts.add(MoneyArbitraries.ofMinor(sign * (cuts.get(i) - cuts.get(i - 1)), currency));
        }
        return PlanShape.explicit(amounts);
    }
}
