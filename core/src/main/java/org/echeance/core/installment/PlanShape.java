package org.echeance.core.installment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;

/**
 * How a total is split into installments, independently of the total and of the dates: equal parts,
 * percentages, a deposit and the balance, or parts (fixed amounts, percentages of the remainder, the balance).
 *
 * <p>A shape is what a customer agrees to ("30 % à la commande, 70 % à 30 jours") before the amount is known;
 * {@link InstallmentPlan#of(MonetaryAmount, PlanShape, DueDates)} applies it to a total. Everything that can be
 * checked without the total is checked when the shape is created.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PlanShape
        permits PlanShape.EqualParts,
                PlanShape.Percentages,
                PlanShape.DepositAndBalance,
                PlanShape.DepositAndEqualParts,
                PlanShape.Parts {

    /**
     * Returns the number of installments of a plan of this shape.
     *
     * @return the number of installments, one or more
     */
    int count();

    /**
     * Returns a split into equal parts, the first parts receiving the units left over (8.00 in 3: 2.67, 2.67,
     * 2.66).
     *
     * @param count the number of installments, one or more
     * @return the shape
     * @throws ValidationException if the count is below one ({@code ECH-PLAN-01})
     */
    static PlanShape equalParts(int count) {
        return new EqualParts(count, RemainderRule.FIRST);
    }

    /**
     * Returns a split into equal parts.
     *
     * @param count the number of installments, one or more
     * @param rule which parts receive the units left over
     * @return the shape
     * @throws ValidationException if the count is below one ({@code ECH-PLAN-01})
     */
    static PlanShape equalParts(int count, RemainderRule rule) {
        return new EqualParts(count, rule);
    }

    /**
     * Returns a split into percentages of the total, the last installment taking the units left over.
     *
     * <p>For example {@code PlanShape.percentages("30", "70")}.
     *
     * @param percents the percentages, each zero or more, summing to exactly 100
     * @return the shape
     * @throws NumberFormatException if a text is not a decimal
     * @throws ValidationException if there is no percentage ({@code ECH-PLAN-01}), one is negative ({@code
     *     ECH-PLAN-02}) or they do not sum to 100 ({@code ECH-PLAN-03})
     */
    static PlanShape percentages(String... percents) {
        Objects.requireNonNull(percents, "percents");
        List<BigDecimal> values = new ArrayList<>();
        for (String percent : percents) {
            values.add(new BigDecimal(Objects.requireNonNull(percent, "percent")));
        }
        return new Percentages(values, RemainderRule.LAST);
    }

    /**
     * Returns a split into percentages of the total.
     *
     * @param percents the percentages, each zero or more, summing to exactly 100
     * @param rule which installments receive the units left over
     * @return the shape
     * @throws ValidationException if there is no percentage ({@code ECH-PLAN-01}), one is negative ({@code
     *     ECH-PLAN-02}) or they do not sum to 100 ({@code ECH-PLAN-03})
     */
    static PlanShape percentages(List<BigDecimal> percents, RemainderRule rule) {
        return new Percentages(percents, rule);
    }

    /**
     * Returns a deposit followed by the balance: two installments.
     *
     * @param deposit the deposit, an amount or a percentage of the total
     * @return the shape
     */
    static PlanShape depositAndBalance(Deposit deposit) {
        return new DepositAndBalance(deposit);
    }

    /**
     * Returns a deposit followed by the balance in equal parts: {@code balanceParts + 1} installments.
     *
     * @param deposit the deposit, an amount or a percentage of the total
     * @param balanceParts the number of equal parts of the balance, one or more
     * @param rule which parts of the balance receive the units left over
     * @return the shape
     * @throws ValidationException if the number of parts is below one ({@code ECH-PLAN-01})
     */
    static PlanShape depositAndEqualParts(Deposit deposit, int balanceParts, RemainderRule rule) {
        return new DepositAndEqualParts(deposit, balanceParts, rule);
    }

    /**
     * Returns explicit amounts, which must sum exactly to the plan's total.
     *
     * @param amounts the amounts, in the plan's currency, one or more
     * @return the shape
     * @throws ValidationException if there is no amount ({@code ECH-PLAN-01})
     */
    static PlanShape explicit(List<MonetaryAmount> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        List<PlanPart> parts = new ArrayList<>();
        for (MonetaryAmount amount : amounts) {
            parts.add(PlanPart.fixed(amount));
        }
        return new Parts(parts, RemainderRule.LAST);
    }

    /**
     * Returns a plan built part by part: fixed amounts first, then percentages of the remainder, the last
     * installment being the total minus the others (see {@link PlanPart}).
     *
     * @param parts the parts, one or more
     * @return the shape
     * @throws ValidationException if the parts are inconsistent (see {@link Parts})
     */
    static PlanShape ofParts(List<PlanPart> parts) {
        return new Parts(parts, RemainderRule.LAST);
    }

    /**
     * Returns a plan built part by part, with a rule for the units left over by the percentages.
     *
     * @param parts the parts, one or more
     * @param rule which percentage parts receive the units left over when there is no balance part
     * @return the shape
     * @throws ValidationException if the parts are inconsistent (see {@link Parts})
     */
    static PlanShape ofParts(List<PlanPart> parts, RemainderRule rule) {
        return new Parts(parts, rule);
    }

    /**
     * Equal parts of the total.
     *
     * @param count the number of installments, one or more
     * @param rule which parts receive the units left over
     */
    record EqualParts(int count, RemainderRule rule) implements PlanShape {
        /**
         * Creates the shape.
         *
         * @throws ValidationException if the count is below one ({@code ECH-PLAN-01})
         */
        public EqualParts {
            checkCount(count, "plan.count");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * Percentages of the total, summing to exactly 100.
     *
     * @param percents the percentages, kept without trailing zeros
     * @param rule which installments receive the units left over
     */
    record Percentages(List<BigDecimal> percents, RemainderRule rule) implements PlanShape {
        /**
         * Creates the shape.
         *
         * @throws ValidationException if there is no percentage ({@code ECH-PLAN-01}), one is negative ({@code
         *     ECH-PLAN-02}) or they do not sum to 100 ({@code ECH-PLAN-03})
         */
        public Percentages {
            Objects.requireNonNull(percents, "percents");
            Objects.requireNonNull(rule, "rule");
            checkCount(percents.size(), "plan.percentages");
            List<BigDecimal> checked = new ArrayList<>();
            for (int i = 0; i < percents.size(); i++) {
                checked.add(Percents.check(percents.get(i), "plan.percentages[" + i + "]"));
            }
            percents = List.copyOf(checked);
            BigDecimal sum = Percents.sum(percents);
            if (sum.compareTo(Percents.HUNDRED) != 0) {
                throw ValidationException.of(
                        "ECH-PLAN-03",
                        "plan.percentages",
                        "the percentages sum to " + sum.toPlainString() + ", not 100");
            }
        }

        @Override
        public int count() {
            return percents.size();
        }
    }

    /**
     * A deposit, then the balance.
     *
     * @param deposit the deposit, an amount or a percentage of the total
     */
    record DepositAndBalance(Deposit deposit) implements PlanShape {
        /** Creates the shape, rejecting a null deposit. */
        public DepositAndBalance {
            Objects.requireNonNull(deposit, "deposit");
        }

        @Override
        public int count() {
            return 2;
        }
    }

    /**
     * A deposit, then the balance in equal parts.
     *
     * @param deposit the deposit, an amount or a percentage of the total
     * @param balanceParts the number of equal parts of the balance, one or more
     * @param rule which parts of the balance receive the units left over
     */
    record DepositAndEqualParts(Deposit deposit, int balanceParts, RemainderRule rule) implements PlanShape {
        /**
         * Creates the shape.
         *
         * @throws ValidationException if the number of parts is below one ({@code ECH-PLAN-01})
         */
        public DepositAndEqualParts {
            Objects.requireNonNull(deposit, "deposit");
            checkCount(balanceParts, "plan.count");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public int count() {
            return balanceParts + 1;
        }
    }

    /**
     * Parts: fixed amounts, percentages of the remainder and at most one balance part, the last.
     *
     * <p>Without a balance part, the percentages sum to exactly 100 (or there are none, and the fixed amounts must
     * then sum to the total); with one, they sum to 100 at most and the balance takes the rest.
     *
     * @param parts the parts, one or more
     * @param rule which percentage parts receive the units left over when there is no balance part
     */
    record Parts(List<PlanPart> parts, RemainderRule rule) implements PlanShape {
        /**
         * Creates the shape.
         *
         * @throws ValidationException if there is no part ({@code ECH-PLAN-01}), a balance part is not the last
         *     part or the percentages do not sum to 100 (to at most 100 before a balance part) ({@code
         *     ECH-PLAN-03})
         */
        public Parts {
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
            Objects.requireNonNull(rule, "rule");
            checkCount(parts.size(), "plan.parts");
            List<BigDecimal> percents = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                PlanPart part = parts.get(i);
                if (part instanceof PlanPart.Balance && i != parts.size() - 1) {
                    throw ValidationException.of(
                            "ECH-PLAN-03",
                            "plan.parts[" + i + "]",
                            "only the last part may be the balance; part " + (i + 1) + " of " + parts.size() + " is");
                }
                if (part instanceof PlanPart.PercentOfRemainder p) {
                    percents.add(p.percent());
                }
            }
            boolean balance = parts.get(parts.size() - 1) instanceof PlanPart.Balance;
            BigDecimal sum = Percents.sum(percents);
            int comparison = sum.compareTo(Percents.HUNDRED);
            if (balance && comparison > 0) {
                throw ValidationException.of(
                        "ECH-PLAN-03",
                        "plan.parts",
                        "the percentages of the remainder sum to " + sum.toPlainString()
                                + ", more than 100 before the balance");
            }
            if (!balance && !percents.isEmpty() && comparison != 0) {
                throw ValidationException.of(
                        "ECH-PLAN-03",
                        "plan.parts",
                        "the percentages of the remainder sum to " + sum.toPlainString() + ", not 100");
            }
        }

        @Override
        public int count() {
            return parts.size();
        }
    }

    private static void checkCount(int count, String path) {
        if (count < 1) {
            throw ValidationException.of(
                    "ECH-PLAN-01", path, count + " installments; a plan needs one installment at least");
        }
    }
}
