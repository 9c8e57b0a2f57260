package org.echeance.core.installment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * The arithmetic of plans, in integer minor units: applies a shape to a total, hands out the units left over, and
 * splits a VAT column in proportion to the installments.
 *
 * <p>A negative total is split as its absolute value and every part negated, so a credit's plan mirrors the
 * debit's. Each installment also gets its exact share of the total as a {@link Fraction}, the value a later cash
 * rounding starts from.
 */
final class Split {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final CurrencyUnit currency;
    private final BigInteger total;
    private final int sign;
    private final BigInteger magnitude;
    private final List<BigInteger> units = new ArrayList<>();
    private final List<Fraction> exact = new ArrayList<>();

    private Split(CurrencyUnit currency, BigInteger total) {
        this.currency = currency;
        this.total = total;
        this.sign = total.signum() < 0 ? -1 : 1;
        this.magnitude = total.abs();
    }

    /**
     * The amounts of a plan in minor units, with their exact shares; both signed like the total.
     *
     * @param units the installment amounts in minor units, summing to the total
     * @param exact the exact share of the total of each installment, summing to the total
     */
    record Result(List<BigInteger> units, List<Fraction> exact) {}

    /** Applies a shape to a total in minor units. */
    static Result apply(CurrencyUnit currency, BigInteger total, PlanShape shape) {
        Split split = new Split(currency, total);
        if (shape instanceof PlanShape.EqualParts s) {
            split.equalParts(split.magnitude, Fraction.of(split.magnitude), s.count(), s.rule());
        } else if (shape instanceof PlanShape.Percentages s) {
            List<PlanPart> parts = new ArrayList<>();
            for (BigDecimal percent : s.percents()) {
                parts.add(PlanPart.percentOfRemainder(percent));
            }
            split.parts(parts, s.rule(), "plan.percentages");
        } else if (shape instanceof PlanShape.DepositAndBalance s) {
            Fraction deposit = split.deposit(s.deposit());
            split.add(
                    split.magnitude.subtract(last(split.units)),
                    Fraction.of(split.magnitude).plus(deposit.negate()));
        } else if (shape instanceof PlanShape.DepositAndEqualParts s) {
            Fraction deposit = split.deposit(s.deposit());
            split.equalParts(
                    split.magnitude.subtract(last(split.units)),
                    Fraction.of(split.magnitude).plus(deposit.negate()),
                    s.balanceParts(),
                    s.rule());
        } else if (shape instanceof PlanShape.Parts s) {
            split.parts(s.parts(), s.rule(), "plan.parts");
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
        return split.result();
    }

    /**
     * Rounds each installment but the last, in one step from its exact share, to a multiple of a cash increment;
     * the last is the total minus the others.
     */
    static List<BigInteger> cashRounded(
            List<Fraction> exact, BigInteger total, BigInteger increment, RoundingMode mode) {
        List<BigInteger> result = new ArrayList<>();
        BigInteger others = BigInteger.ZERO;
        for (int i = 0; i < exact.size() - 1; i++) {
            BigInteger rounded = exact.get(i).roundToMultipleOf(increment, mode);
            result.add(rounded);
            others = others.add(rounded);
        }
        result.add(total.subtract(others));
        return result;
    }

    /**
     * Splits a column (a VAT group's taxable or VAT amount) in proportion to weights (the installment amounts):
     * each share floored, the units left over going one each to the largest fractional parts, ties by position.
     * With all weights zero, the column is split in equal weights.
     */
    static List<BigInteger> proportional(BigInteger column, List<BigInteger> weights) {
        List<BigInteger> w = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger weight : weights) {
            w.add(weight.abs());
            sum = sum.add(weight.abs());
        }
        if (sum.signum() == 0) {
            w.replaceAll(x -> BigInteger.ONE);
            sum = BigInteger.valueOf(w.size());
        }
        BigInteger c = column.abs();
        List<Fraction> shares = new ArrayList<>();
        for (BigInteger weight : w) {
            shares.add(Fraction.of(c.multiply(weight), sum));
        }
        List<BigInteger> result = largestRemainder(c, shares, allIndices(shares.size()));
        if (column.signum() < 0) {
            result.replaceAll(BigInteger::negate);
        }
        return result;
    }

    private Result result() {
        List<BigInteger> signedUnits = new ArrayList<>();
        List<Fraction> signedExact = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            signedUnits.add(sign < 0 ? units.get(i).negate() : units.get(i));
            signedExact.add(sign < 0 ? exact.get(i).negate() : exact.get(i));
        }
        return new Result(List.copyOf(signedUnits), List.copyOf(signedExact));
    }

    private void add(BigInteger amount, Fraction share) {
        units.add(amount);
        exact.add(share);
    }

    private static BigInteger last(List<BigInteger> values) {
        return values.get(values.size() - 1);
    }

    /** Adds {@code count} equal parts of an amount; {@code q = amount div count}, {@code r = amount mod count}. */
    private void equalParts(BigInteger amount, Fraction exactAmount, int count, RemainderRule rule) {
        BigInteger[] qr = amount.divideAndRemainder(BigInteger.valueOf(count));
        int r = qr[1].intValueExact();
        Fraction share = exactAmount.dividedBy(count);
        for (int i = 0; i < count; i++) {
            boolean extra = rule == RemainderRule.LAST ? i >= count - r : i < r;
            add(extra ? qr[0].add(BigInteger.ONE) : qr[0], share);
        }
    }

    /** Adds the deposit and returns its exact share; a percentage is rounded half-up to the minor unit. */
    private Fraction deposit(Deposit deposit) {
        BigInteger amount;
        Fraction share;
        if (deposit instanceof Deposit.FixedAmount d) {
            amount = magnitudeOf(d.amount(), "plan.deposit", 1);
            share = Fraction.of(amount);
        } else {
            BigDecimal percent = ((Deposit.Percentage) deposit).percent();
            BigDecimal exactAmount = new BigDecimal(magnitude).multiply(percent).movePointLeft(2);
            amount = exactAmount.setScale(0, Amounts.EN16931_ROUNDING).toBigIntegerExact();
            share = Fraction.of(exactAmount);
        }
        if (amount.compareTo(magnitude) > 0) {
            throw ValidationException.of(
                    "ECH-PLAN-07",
                    "plan.deposit",
                    "the deposit " + text(signed(amount)) + " is larger than the total " + text(total));
        }
        add(amount, share);
        return share;
    }

    /**
     * Adds parts: fixed amounts are taken off first, percentages are of the remainder, a balance part takes what
     * is left; without one, the units left over by the floored percentages are handed out by the rule.
     */
    private void parts(List<PlanPart> parts, RemainderRule rule, String path) {
        int n = parts.size();
        BigInteger[] amounts = new BigInteger[n];
        Fraction[] shares = new Fraction[n];
        BigInteger fixed = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            if (parts.get(i) instanceof PlanPart.Fixed f) {
                amounts[i] = magnitudeOf(f.amount(), path + "[" + i + "].amount", i + 1);
                shares[i] = Fraction.of(amounts[i]);
                fixed = fixed.add(amounts[i]);
            }
        }
        BigInteger remainder = magnitude.subtract(fixed);
        List<Integer> percentIndices = new ArrayList<>();
        int balance = -1;
        for (int i = 0; i < n; i++) {
            if (parts.get(i) instanceof PlanPart.PercentOfRemainder) {
                percentIndices.add(i);
            } else if (parts.get(i) instanceof PlanPart.Balance) {
                balance = i;
            }
        }
        if (percentIndices.isEmpty() && balance < 0) {
            if (remainder.signum() != 0) {
                throw ValidationException.of(
                        "ECH-PLAN-04",
                        path,
                        "the amounts sum to " + text(signed(fixed)) + ", not the total " + text(total));
            }
        } else if (remainder.signum() < 0) {
            int absorbing = balance >= 0 ? balance : percentIndices.get(percentIndices.size() - 1);
            throw ValidationException.of(
                    "ECH-PLAN-09",
                    path + "[" + absorbing + "]",
                    "installment " + (absorbing + 1) + " would be " + text(signed(remainder))
                            + ": the fixed amounts sum to " + text(signed(fixed)) + ", more than the total "
                            + text(total));
        }
        Fraction percentShares = Fraction.of(BigInteger.ZERO);
        BigInteger floors = BigInteger.ZERO;
        for (int i : percentIndices) {
            BigDecimal percent = ((PlanPart.PercentOfRemainder) parts.get(i)).percent();
            shares[i] = Fraction.of(new BigDecimal(remainder).multiply(percent).movePointLeft(2));
            amounts[i] = shares[i].floor();
            percentShares = percentShares.plus(shares[i]);
            floors = floors.add(amounts[i]);
        }
        BigInteger leftover = remainder.subtract(floors);
        if (balance >= 0) {
            amounts[balance] = leftover;
            shares[balance] = Fraction.of(remainder).plus(percentShares.negate());
        } else if (leftover.signum() > 0) {
            distribute(parts, amounts, shares, percentIndices, leftover, rule);
        }
        for (int i = 0; i < n; i++) {
            add(amounts[i], shares[i]);
        }
    }

    private static void distribute(
            List<PlanPart> parts,
            BigInteger[] amounts,
            Fraction[] shares,
            List<Integer> percentIndices,
            BigInteger leftover,
            RemainderRule rule) {
        if (rule == RemainderRule.LARGEST_REMAINDER) {
            List<Fraction> percentShares = new ArrayList<>();
            for (int i : percentIndices) {
                percentShares.add(shares[i]);
            }
            BigInteger sum = BigInteger.ZERO;
            for (int i : percentIndices) {
                sum = sum.add(amounts[i]);
            }
            List<BigInteger> allocated =
                    largestRemainder(sum.add(leftover), percentShares, allIndices(percentShares.size()));
            for (int k = 0; k < percentIndices.size(); k++) {
                amounts[percentIndices.get(k)] = allocated.get(k);
            }
            return;
        }
        List<Integer> nonZero = percentIndices.stream()
                .filter(i ->
                        ((PlanPart.PercentOfRemainder) parts.get(i)).percent().signum() > 0)
                .toList();
        int target = rule == RemainderRule.FIRST ? nonZero.get(0) : nonZero.get(nonZero.size() - 1);
        amounts[target] = amounts[target].add(leftover);
    }

    /**
     * Floors each exact share and gives one unit each to the shares with the largest fractional parts (ties by
     * position) until the floors sum to the total; the shares must sum exactly to the total.
     */
    private static List<BigInteger> largestRemainder(BigInteger total, List<Fraction> shares, List<Integer> order) {
        List<BigInteger> result = new ArrayList<>();
        BigInteger floors = BigInteger.ZERO;
        for (Fraction share : shares) {
            BigInteger floor = share.floor();
            result.add(floor);
            floors = floors.add(floor);
        }
        int leftover = total.subtract(floors).intValueExact();
        List<Integer> ranked = new ArrayList<>(order);
        ranked.sort(
                Comparator.<Integer, Fraction>comparing(i -> shares.get(i).fractionalPart(), (a, b) -> b.compareTo(a))
                        .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < leftover; k++) {
            int i = ranked.get(k);
            result.set(i, result.get(i).add(BigInteger.ONE));
        }
        return result;
    }

    private static List<Integer> allIndices(int size) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        return indices;
    }

    /** Returns the absolute value of an amount in minor units, after checking its currency, scale and sign. */
    private BigInteger magnitudeOf(MonetaryAmount amount, String path, int installment) {
        BigInteger value = unitsOf(amount, currency, path);
        if (value.signum() != 0 && value.signum() != sign) {
            throw ValidationException.of(
                    "ECH-PLAN-09",
                    path,
                    "installment " + installment + " would be " + text(value) + ", of the opposite sign of the total "
                            + text(total));
        }
        return value.abs();
    }

    /**
     * Returns an amount in minor units after checking its currency and scale.
     *
     * @throws ValidationException if the currency differs ({@code ECH-CUR-01}) or the amount has more decimals
     *     than the currency allows ({@code ECH-PLAN-08})
     */
    static BigInteger unitsOf(MonetaryAmount amount, CurrencyUnit currency, String path) {
        Objects.requireNonNull(amount, path);
        if (!amount.getCurrency().equals(currency)) {
            throw ValidationException.of(
                    "ECH-CUR-01",
                    path,
                    "currency " + amount.getCurrency() + " does not match the plan currency " + currency);
        }
        BigDecimal value = Amounts.decimal(amount);
        if (!Amounts.hasCurrencyScale(value, currency)) {
            throw ValidationException.of(
                    "ECH-PLAN-08",
                    path,
                    value.toPlainString() + " " + currency + " has more decimals than " + currency + " allows ("
                            + Amounts.minorUnitDigits(currency) + ")");
        }
        return value.movePointRight(Amounts.minorUnitDigits(currency)).toBigIntegerExact();
    }

    private BigInteger signed(BigInteger magnitudeValue) {
        return sign < 0 ? magnitudeValue.negate() : magnitudeValue;
    }

    private String text(BigInteger unitsValue) {
        return text(unitsValue, currency);
    }

    /** Returns an amount in minor units as text, such as {@code 1000.00 EUR}. */
    static String text(BigInteger unitsValue, CurrencyUnit currency) {
        BigDecimal value = new BigDecimal(unitsValue, Amounts.minorUnitDigits(currency));
        return Amounts.toPlainString(Amounts.money(value, currency)) + " " + currency.getCurrencyCode();
    }
}
