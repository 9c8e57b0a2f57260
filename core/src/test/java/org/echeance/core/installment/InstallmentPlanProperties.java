package org.echeance.core.installment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.installment.InstallmentArbitraries.Case;
import org.echeance.core.installment.InstallmentArbitraries.Equal;
import org.echeance.core.installment.InstallmentArbitraries.Parts;
import org.echeance.core.installment.InstallmentArbitraries.Percent;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.validation.ValidationException;

/**
 * The invariants of installment plans (domain reference §7) over generated totals, shapes and due dates (see
 * {@link InstallmentArbitraries}). Expected values are computed here independently: {@code java.util.Currency} for
 * the scale, {@code BigDecimal} division for exact shares.
 */
class InstallmentPlanProperties {

    @Provide
    Arbitrary<Case> cases() {
        return InstallmentArbitraries.cases();
    }

    @Provide
    Arbitrary<Case> equalCases() {
        return InstallmentArbitraries.equalCases();
    }

    @Provide
    Arbitrary<Case> largestRemainderCases() {
        return InstallmentArbitraries.largestRemainderCases();
    }

    @Provide
    Arbitrary<Case> percentCases() {
        return InstallmentArbitraries.percentCases();
    }

    @Provide
    Arbitrary<Case> partsCases() {
        return InstallmentArbitraries.partsCases();
    }

    @Provide
    Arbitrary<Case> cashCases() {
        return InstallmentArbitraries.cashCases();
    }

    @Provide
    Arbitrary<List<long[]>> breakdowns() {
        return InstallmentArbitraries.breakdownColumns();
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return InstallmentArbitraries.anchors();
    }

    // ---------------------------------------------------------------------------------------------------------

    @Property
    void splitSumsExactlyToTotal(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);

        assertThat(sum(plan.installments())).isEqualByComparingTo(decimal(c, c.totalUnits()));
        assertThat(decimal(plan.total())).isEqualByComparingTo(decimal(c, c.totalUnits()));
    }

    @Property
    void planHasExactlyTheShapesNumberOfInstallments(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);

        assertThat(plan.installments()).hasSize(c.planShape().count());
        for (int i = 0; i < plan.installments().size(); i++) {
            assertThat(plan.installments().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Property
    void noInstallmentHasTheOppositeSignOfTheTotal(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);

        for (Installment installment : plan.installments()) {
            if (c.totalUnits() >= 0) {
                assertThat(decimal(installment.amount())).isNotNegative();
            } else {
                assertThat(decimal(installment.amount())).isNotPositive();
            }
        }
    }

    @Property
    void everyAmountHasTheCurrencysScale(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);

        for (Installment installment : plan.installments()) {
            assertThat(installment.amount().getCurrency()).isEqualTo(c.unit());
            assertThat(decimal(installment.amount()).stripTrailingZeros().scale())
                    .isLessThanOrEqualTo(c.digits());
        }
    }

    @Property
    void dueDatesStrictlyIncrease(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);

        for (int i = 1; i < plan.installments().size(); i++) {
            assertThat(plan.installments().get(i).dueDate())
                    .isAfter(plan.installments().get(i - 1).dueDate());
        }
    }

    @Property
    void planIsDeterministic(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);
        InstallmentPlan again = c.plan();

        assertThat(again).isEqualTo(plan);
        assertThat(again.toString()).isEqualTo(plan.toString());
    }

    @Property
    void negatingTheTotalNegatesEveryInstallment(@ForAll("cases") Case c) {
        Assume.that(c.totalUnits() != 0);
        InstallmentPlan plan = planOrSkip(c);
        InstallmentPlan credit = c.negated().plan();

        for (int i = 0; i < plan.installments().size(); i++) {
            assertThat(decimal(credit.installments().get(i).amount()))
                    .isEqualByComparingTo(
                            decimal(plan.installments().get(i).amount()).negate());
        }
    }

    @Property
    void equalPartsDifferByAtMostOneUnit(@ForAll("equalCases") Case c) {
        InstallmentPlan plan = c.plan();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.digits());
        BigDecimal count = BigDecimal.valueOf(plan.installments().size());
        BigDecimal total = decimal(c, c.totalUnits());

        List<BigDecimal> parts =
                plan.installments().stream().map(i -> decimal(i.amount())).toList();
        BigDecimal max = parts.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = parts.stream().min(BigDecimal::compareTo).orElseThrow();
        assertThat(max.subtract(min)).isLessThanOrEqualTo(unit);
        for (BigDecimal part : parts) {
            // |part - total / n| < 1 unit, without dividing: |part * n - total| < n units
            assertThat(part.multiply(count).subtract(total).abs()).isLessThan(unit.multiply(count));
        }
        List<BigDecimal> magnitudes = parts.stream().map(BigDecimal::abs).toList();
        List<BigDecimal> expected = new ArrayList<>(magnitudes);
        expected.sort(
                ((Equal) c.shape()).rule() == RemainderRule.LAST
                        ? Comparator.<BigDecimal>naturalOrder()
                        : Comparator.<BigDecimal>reverseOrder());
        assertThat(magnitudes).as("the extra units sit where the rule says").isEqualTo(expected);
    }

    @Property
    void largestRemainderKeepsEachPartWithinOneUnitOfItsExactShare(@ForAll("largestRemainderCases") Case c) {
        InstallmentPlan plan = c.plan();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.digits());
        List<BigDecimal> percents = ((Percent) c.shape()).percents();

        for (int i = 0; i < percents.size(); i++) {
            BigDecimal exact =
                    decimal(c, c.totalUnits()).multiply(percents.get(i)).movePointLeft(2);
            BigDecimal part = decimal(plan.installments().get(i).amount());
            assertThat(part.subtract(exact).abs()).isLessThan(unit);
            if (percents.get(i).signum() == 0) {
                assertThat(part).as("a zero percentage gives a zero part").isZero();
            }
        }
    }

    @Property
    void aZeroPercentageGivesAZeroPartUnderEveryRule(@ForAll("percentCases") Case c) {
        InstallmentPlan plan = c.plan();
        List<BigDecimal> percents = ((Percent) c.shape()).percents();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.digits());

        for (int i = 0; i < percents.size(); i++) {
            BigDecimal part = decimal(plan.installments().get(i).amount());
            if (percents.get(i).signum() == 0) {
                assertThat(part).isZero();
            }
            BigDecimal exact =
                    decimal(c, c.totalUnits()).multiply(percents.get(i)).movePointLeft(2);
            assertThat(part.subtract(exact).abs()).isLessThan(unit.multiply(BigDecimal.valueOf(percents.size())));
        }
    }

    @Property
    void fixedPartsAreKeptAndPercentagesAreOfTheRemainder(@ForAll("partsCases") Case c) {
        Parts parts = (Parts) c.shape();
        InstallmentPlan plan = c.plan();
        BigDecimal remainder = decimal(c, c.totalUnits() - c.sign() * parts.fixedUnits());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.digits());
        int percentCount =
                (int) parts.parts().stream().filter(p -> p.kind() == 'P').count();

        for (int i = 0; i < parts.parts().size(); i++) {
            InstallmentArbitraries.Part part = parts.parts().get(i);
            BigDecimal amount = decimal(plan.installments().get(i).amount());
            if (part.kind() == 'F') {
                assertThat(amount).isEqualByComparingTo(decimal(c, c.sign() * part.units()));
            } else if (part.kind() == 'P') {
                BigDecimal exact = remainder.multiply(part.percent()).movePointLeft(2);
                // the units left over (fewer than the number of percentages) may all land on one part
                assertThat(amount.subtract(exact).abs()).isLessThan(unit.multiply(BigDecimal.valueOf(percentCount)));
            }
        }
    }

    @Property
    void fixedPartsAboveTheTotalAreRefusedNamingAnInstallment(
            @ForAll("partsCases") Case c, @ForAll @IntRange(min = 1, max = 1000) int excess) {
        Assume.that(((Parts) c.shape()).parts().stream().anyMatch(x -> x.kind() != 'F'));
        Parts parts = (Parts) c.shape();
        List<InstallmentArbitraries.Part> more = new ArrayList<>(parts.parts());
        more.add(0, new InstallmentArbitraries.Part('F', Math.abs(c.totalUnits()) - parts.fixedUnits() + excess, null));
        Case over = new Case(c.currency(), c.totalUnits(), new Parts(more, parts.rule()), c.dates(), false);

        try {
            over.plan();
            throw new AssertionError("a plan with fixed parts above the total was accepted: " + over);
        } catch (ValidationException e) {
            assertThat(e.hasRule("ECH-PLAN-09")).as(e.getMessage()).isTrue();
            assertThat(e.violations().get(0).message()).contains("installment ");
        }
    }

    @Property
    void cashRoundedInstallmentsAreMultiplesOfTheIncrement(@ForAll("cashCases") Case c) {
        BigDecimal increment = InstallmentArbitraries.CHF_CASH.increment();
        BigDecimal total = decimal(c, c.totalUnits());
        List<BigDecimal[]> exact = exactShares(c);
        int n = exact.size();
        BigDecimal others = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            others = others.add(roundToIncrement(exact.get(i), increment));
        }
        BigDecimal last = total.subtract(others);
        boolean lastHasWrongSign = last.signum() != 0 && last.signum() != c.sign();

        InstallmentPlan plan;
        try {
            plan = c.plan();
        } catch (ValidationException e) {
            assertThat(e.hasRule("ECH-PLAN-09")).as(e.getMessage()).isTrue();
            assertThat(lastHasWrongSign)
                    .as("refused although the last installment is " + last)
                    .isTrue();
            return;
        }
        assertThat(lastHasWrongSign)
                .as("accepted although the last installment is " + last)
                .isFalse();
        assertThat(sum(plan.installments())).isEqualByComparingTo(total);
        for (int i = 0; i < n - 1; i++) {
            BigDecimal amount = decimal(plan.installments().get(i).amount());
            assertThat(amount).isEqualByComparingTo(roundToIncrement(exact.get(i), increment));
            assertThat(amount.remainder(increment)).isZero();
            // one step from the exact share: at most half an increment away, |amount * den - num| <= inc / 2 * den
            BigDecimal distance =
                    amount.multiply(exact.get(i)[1]).subtract(exact.get(i)[0]).abs();
            assertThat(distance)
                    .isLessThanOrEqualTo(increment.multiply(exact.get(i)[1]).divide(BigDecimal.valueOf(2)));
        }
        BigDecimal lastAmount = decimal(plan.installments().get(n - 1).amount());
        assertThat(lastAmount).isEqualByComparingTo(last);
        boolean totalIsMultiple = total.remainder(increment).signum() == 0;
        assertThat(lastAmount.remainder(increment).signum() == 0).isEqualTo(totalIsMultiple);
    }

    @Property
    void vatColumnsSumExactlyToTheInvoiceBreakdown(
            @ForAll("cases") Case c, @ForAll("breakdowns") List<long[]> columns) {
        InstallmentPlan bare = planOrSkip(c);
        List<VatBreakdown> breakdown = new ArrayList<>();
        for (int g = 0; g < columns.size(); g++) {
            breakdown.add(new VatBreakdown(
                    VatRate.standard(String.valueOf(g + 1)),
                    c.amount(columns.get(g)[0]),
                    c.amount(columns.get(g)[1]),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        }
        InstallmentPlan plan = bare.withVatBreakdown(breakdown);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.digits());
        BigDecimal total = decimal(c, c.totalUnits());

        assertThat(plan.installments())
                .extracting(Installment::amount)
                .isEqualTo(bare.installments().stream().map(Installment::amount).toList());
        for (int g = 0; g < columns.size(); g++) {
            BigDecimal taxable = BigDecimal.ZERO;
            BigDecimal vat = BigDecimal.ZERO;
            for (Installment installment : plan.installments()) {
                VatBreakdownShare share = installment.vatShares().get(g);
                assertThat(share.vatRate()).isEqualTo(breakdown.get(g).vatRate());
                taxable = taxable.add(decimal(share.taxableAmount()));
                vat = vat.add(decimal(share.vatAmount()));
                if (total.signum() != 0) {
                    BigDecimal weight = decimal(installment.amount()).divide(total, 30, RoundingMode.HALF_EVEN);
                    BigDecimal exactTaxable = decimal(c, columns.get(g)[0]).multiply(weight);
                    assertThat(decimal(share.taxableAmount())
                                    .subtract(exactTaxable)
                                    .abs())
                            .isLessThan(unit);
                }
            }
            assertThat(taxable).isEqualByComparingTo(decimal(c, columns.get(g)[0]));
            assertThat(vat).isEqualByComparingTo(decimal(c, columns.get(g)[1]));
        }
    }

    @Property
    void monthlyDueDatesNeverSkipAMonthAndClampToTheMonthEnd(
            @ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 60) int count) {
        List<LocalDate> dates = DueDates.monthly(anchor).forInstallments(count);

        YearMonth first = YearMonth.from(anchor);
        for (int k = 0; k < count; k++) {
            YearMonth month = first.plusMonths(k);
            assertThat(YearMonth.from(dates.get(k))).isEqualTo(month);
            assertThat(dates.get(k).getDayOfMonth()).isEqualTo(Math.min(anchor.getDayOfMonth(), month.lengthOfMonth()));
        }
    }

    @Property
    void amountDueAsOfGrowsToTheTotal(@ForAll("cases") Case c) {
        InstallmentPlan plan = planOrSkip(c);
        LocalDate firstDue = plan.installments().get(0).dueDate();
        LocalDate lastDue =
                plan.installments().get(plan.installments().size() - 1).dueDate();

        assertThat(decimal(plan.amountDueAsOf(firstDue.minusDays(1)))).isZero();
        assertThat(decimal(plan.amountDueAsOf(lastDue))).isEqualByComparingTo(decimal(c, c.totalUnits()));
        assertThat(plan.nextDueDate(firstDue)).contains(firstDue);
        assertThat(plan.nextDueDate(lastDue.plusDays(1))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Builds the plan; a cash-rounded plan refused because its last installment would turn negative is skipped. */
    private static InstallmentPlan planOrSkip(Case c) {
        try {
            return c.plan();
        } catch (ValidationException e) {
            if (c.cash() && e.hasRule("ECH-PLAN-09")) {
                Assume.that(false);
            }
            throw e;
        }
    }

    /** The exact shares of an equal or percentage split as {numerator, denominator}, computed independently. */
    private static List<BigDecimal[]> exactShares(Case c) {
        BigDecimal total = decimal(c, c.totalUnits());
        List<BigDecimal[]> shares = new ArrayList<>();
        if (c.shape() instanceof Equal e) {
            for (int i = 0; i < e.count(); i++) {
                shares.add(new BigDecimal[] {total, BigDecimal.valueOf(e.count())});
            }
        } else {
            for (BigDecimal percent : ((Percent) c.shape()).percents()) {
                shares.add(new BigDecimal[] {total.multiply(percent), BigDecimal.valueOf(100)});
            }
        }
        return shares;
    }

    /** Rounds {@code numerator / denominator} half-up to a multiple of the increment, in one division. */
    private static BigDecimal roundToIncrement(BigDecimal[] share, BigDecimal increment) {
        return share[0].divide(share[1].multiply(increment), 0, RoundingMode.HALF_UP)
                .multiply(increment);
    }

    private static BigDecimal sum(List<Installment> installments) {
        return installments.stream().map(i -> decimal(i.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    private static BigDecimal decimal(Case c, long units) {
        return InstallmentArbitraries.decimal(units, c.digits());
    }
}
