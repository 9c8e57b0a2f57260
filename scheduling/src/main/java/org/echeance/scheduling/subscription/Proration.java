package org.echeance.scheduling.subscription;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * Charges the parts of a billing period, exact to the currency's minor unit.
 *
 * <h2>The method</h2>
 *
 * <p>A part of a period with price {@code P} and {@code D} days (counted by the {@link ProrationPolicy}) that
 * bills {@code d} of those days is worth exactly {@code P × d / D}; that value is rarely a whole number of cents.
 * The amounts are found by the <em>largest remainder</em> method (Hamilton's apportionment), on whole minor units:
 *
 * <ol>
 *   <li>The period is cut into its billed parts, in date order, and one more share, the <em>rest</em>: every day
 *       of the period not billed at this price (days before a start, after a cancellation, paused, or billed at
 *       another price).
 *   <li>Each share gets the floor of its exact value {@code P × d / D}, in minor units.
 *   <li>The minor units still missing to make {@code P} (fewer than the number of shares) go one each to the
 *       shares with the largest remainders; on equal remainders, to billed parts before the rest, and among those
 *       to the earlier part.
 * </ol>
 *
 * <p>Consequences, proven by property tests:
 *
 * <ul>
 *   <li>The shares add up to {@code P} exactly. A period cut into consecutive parts that are all billed at one
 *       price (a price "change" to the same price, a pause of no day) is billed exactly {@code P}, never a cent
 *       more or less.
 *   <li>A single billed part (a start, a cancellation or a pause: one billed part and the rest) is worth {@code
 *       round_half_up(P × d / D)}: on a two-share split the larger remainder is the one at or above one half.
 *   <li>Every share is within one minor unit of its exact value.
 * </ul>
 *
 * <p>For example, a monthly price of 30.00 EUR for a subscription started on 15 January in the period [1 January,
 * 1 February) bills 17 of 31 days: {@code 30.00 × 17 / 31 = 16.4516…}, so 16.45 EUR. Cut at 15 January into two
 * billed parts of 14 and 17 days, the same price gives 13.55 + 16.45 = 30.00.
 *
 * <p>With {@link ProrationPolicy#NONE} the first non-empty part is charged the full price and the others nothing.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Proration {
    private Proration() {}

    /**
     * Returns the amount charged for one part of a billing period.
     *
     * <p>For {@link ProrationPolicy#ACTUAL_DAYS} and {@link ProrationPolicy#THIRTY_360} that is {@code
     * round_half_up(fullPrice × days of the part / days of the full period)} to the currency's minor unit; for
     * {@link ProrationPolicy#NONE}, the full price.
     *
     * @param fullPrice the price of the full period, with no more decimals than its currency's minor unit
     * @param fullPeriod the full period of the schedule, computed from the anchor
     * @param part the days billed, within the full period
     * @param policy how days are counted
     * @return the amount, in the currency of the price, with its scale
     * @throws ValidationException if the price has more decimals than its currency allows, or the part is not
     *     within the full period (ECH-SUB-14)
     */
    public static MonetaryAmount of(
            MonetaryAmount fullPrice, BillingPeriod fullPeriod, BillingPeriod part, ProrationPolicy policy) {
        Objects.requireNonNull(part, "part");
        return ofParts(fullPrice, fullPeriod, List.of(part), policy).get(0);
    }

    /**
     * Returns the amounts charged for parts of a billing period billed at one price, by the largest remainder
     * method described in the class documentation.
     *
     * <p>The parts are in date order and do not overlap; they need not touch. When they cover the full period the
     * amounts add up to {@code fullPrice} exactly.
     *
     * @param fullPrice the price of the full period, with no more decimals than its currency's minor unit
     * @param fullPeriod the full period of the schedule, computed from the anchor
     * @param parts the billed parts, in date order, within the full period, not overlapping; one at least
     * @param policy how days are counted
     * @return one amount per part, in the same order, in the price's currency with its scale
     * @throws ValidationException if the price has more decimals than its currency allows, or the parts are
     *     empty, out of order, overlapping or outside the full period (ECH-SUB-14)
     */
    public static List<MonetaryAmount> ofParts(
            MonetaryAmount fullPrice, BillingPeriod fullPeriod, List<BillingPeriod> parts, ProrationPolicy policy) {
        Objects.requireNonNull(fullPrice, "fullPrice");
        Objects.requireNonNull(fullPeriod, "fullPeriod");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(policy, "policy");
        checkScale(fullPrice, "fullPrice");
        checkParts(fullPeriod, parts);
        CurrencyUnit currency = fullPrice.getCurrency();
        List<MonetaryAmount> amounts = new ArrayList<>(parts.size());
        if (policy == ProrationPolicy.NONE) {
            amounts.add(fullPrice);
            for (int i = 1; i < parts.size(); i++) {
                amounts.add(Amounts.zero(currency));
            }
            return List.copyOf(amounts);
        }
        ProrationPolicy counting = policy;
        if (policy.dayCount(fullPeriod.startInclusive(), fullPeriod.endExclusive()) == 0) {
            counting = ProrationPolicy.ACTUAL_DAYS; // a one-day period on a 31st counts 0 days in 30E/360
        }
        long whole = counting.dayCount(fullPeriod.startInclusive(), fullPeriod.endExclusive());
        long[] weights = new long[parts.size() + 1];
        long billed = 0;
        for (int i = 0; i < parts.size(); i++) {
            BillingPeriod part = parts.get(i);
            weights[i] = counting.dayCount(part.startInclusive(), part.endExclusive());
            billed += weights[i];
        }
        weights[parts.size()] = whole - billed; // the rest: tie-break puts it after every billed part
        BigDecimal[] shares = apportion(Amounts.decimal(fullPrice), currency, weights);
        for (int i = 0; i < parts.size(); i++) {
            amounts.add(Amounts.money(shares[i], currency));
        }
        return List.copyOf(amounts);
    }

    /**
     * Splits an amount in proportion to weights, by the largest remainder method: the shares add up to the amount
     * exactly, each is within one minor unit of {@code amount × weight / Σ weights}, and on equal remainders the
     * earlier share gets the extra minor unit.
     *
     * <p>For example, {@code allocate(Money.of(100, "EUR"), List.of(1L, 1L, 1L))} is 33.34, 33.33 and 33.33 EUR.
     *
     * @param amount the amount to split, with no more decimals than its currency's minor unit; may be negative,
     *     in which case every share is the negation of the split of its absolute value
     * @param weights the weights, zero or more each, with a positive sum
     * @return one share per weight, in the same order, with the currency's scale
     * @throws ValidationException if the amount has more decimals than its currency allows, a weight is
     *     negative or all are zero (ECH-SUB-14)
     */
    public static List<MonetaryAmount> allocate(MonetaryAmount amount, List<Long> weights) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weights, "weights");
        checkScale(amount, "amount");
        long[] w = new long[weights.size()];
        long sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
            if (w[i] < 0) {
                throw ValidationException.of("ECH-SUB-14", "weights[" + i + "]", w[i] + " is negative");
            }
            sum = Math.addExact(sum, w[i]);
        }
        if (sum == 0) {
            throw ValidationException.of("ECH-SUB-14", "weights", "the weights add up to zero");
        }
        CurrencyUnit currency = amount.getCurrency();
        BigDecimal[] shares = apportion(Amounts.decimal(amount), currency, w);
        List<MonetaryAmount> result = new ArrayList<>(w.length);
        for (BigDecimal share : shares) {
            result.add(Amounts.money(share, currency));
        }
        return List.copyOf(result);
    }

    /**
     * Hamilton's apportionment on whole minor units; ties go to the lower index. The sum of the weights is
     * positive.
     */
    private static BigDecimal[] apportion(BigDecimal amount, CurrencyUnit currency, long[] weights) {
        int digits = Amounts.minorUnitDigits(currency);
        BigInteger units = amount.movePointRight(digits).toBigIntegerExact();
        boolean negative = units.signum() < 0;
        units = units.abs();
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            total = total.add(BigInteger.valueOf(weight));
        }
        int n = weights.length;
        BigInteger[] floors = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger left = units;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = units.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            floors[i] = qr[0];
            remainders[i] = qr[1];
            left = left.subtract(qr[0]);
        }
        // fewer than n units are left; each goes to the largest remainder not served yet, lower index first
        boolean[] served = new boolean[n];
        for (int k = left.intValueExact(); k > 0; k--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!served[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            served[best] = true;
            floors[best] = floors[best].add(BigInteger.ONE);
        }
        BigDecimal[] shares = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BigInteger value = negative ? floors[i].negate() : floors[i];
            shares[i] = new BigDecimal(value, digits);
        }
        return shares;
    }

    private static void checkScale(MonetaryAmount amount, String path) {
        if (!Amounts.hasCurrencyScale(Amounts.decimal(amount), amount.getCurrency())) {
            throw ValidationException.of(
                    "ECH-SUB-14",
                    path,
                    Amounts.decimal(amount).toPlainString() + " " + amount.getCurrency()
                            + " has more decimals than the currency allows; round it first");
        }
    }

    private static void checkParts(BillingPeriod fullPeriod, List<BillingPeriod> parts) {
        if (parts.isEmpty()) {
            throw ValidationException.of("ECH-SUB-14", "parts", "no part given; give one billed part at least");
        }
        BillingPeriod previous = null;
        for (int i = 0; i < parts.size(); i++) {
            BillingPeriod part = Objects.requireNonNull(parts.get(i), "parts[" + i + "]");
            if (!fullPeriod.encloses(part)) {
                throw ValidationException.of(
                        "ECH-SUB-14", "parts[" + i + "]", part + " is not within the full period " + fullPeriod);
            }
            if (previous != null && part.startInclusive().isBefore(previous.endExclusive())) {
                throw ValidationException.of(
                        "ECH-SUB-14",
                        "parts[" + i + "]",
                        part + " starts before the end of the previous part " + previous
                                + "; give the parts in date order, without overlap");
            }
            previous = part;
        }
    }
}
