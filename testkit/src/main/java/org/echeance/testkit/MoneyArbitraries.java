package org.echeance.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.echeance.core.money.Amounts;

/**
 * Generates currencies and amounts with exactly their currency's scale, for users' own property tests.
 *
 * <p>Amounts are drawn as a whole number of minor units, so they shrink towards zero one cent (or yen, or
 * millime) at a time, and each arbitrary adds the edge cases billing code gets wrong: zero, one minor unit, one
 * minor unit below a round number and a large amount.
 *
 * <p>For example, {@code MoneyArbitraries.amounts(Monetary.getCurrency("TND"))} gives {@code 12.345 TND}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyArbitraries {
    /** The largest amount generated, in minor units: ten billion of the major unit for a 2-decimal currency. */
    public static final long MAX_MINOR_UNITS = 1_000_000_000_000L;

    private static final List<String> CODES = List.of("EUR", "JPY", "TND");

    private MoneyArbitraries() {}

    /**
     * Returns the currencies the testkit covers: EUR (2 decimals), JPY (none) and TND (3).
     *
     * @return one currency per minor-unit size
     */
    public static Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of(CODES).map(Monetary::getCurrency);
    }

    /**
     * Returns amounts of a currency from minus to plus {@link #MAX_MINOR_UNITS} minor units, zero included.
     *
     * @param currency the currency
     * @return amounts with exactly the currency's scale
     */
    public static Arbitrary<MonetaryAmount> amounts(CurrencyUnit currency) {
        return minorUnits(-MAX_MINOR_UNITS, MAX_MINOR_UNITS).map(units -> ofMinor(units, currency));
    }

    /**
     * Returns amounts in any of the {@link #currencies()}, negative, zero and positive.
     *
     * @return amounts with exactly their currency's scale
     */
    public static Arbitrary<MonetaryAmount> amounts() {
        return currencies().flatMap(MoneyArbitraries::amounts);
    }

    /**
     * Returns amounts of a currency from zero to {@link #MAX_MINOR_UNITS} minor units.
     *
     * @param currency the currency
     * @return amounts of zero or more
     */
    public static Arbitrary<MonetaryAmount> nonNegativeAmounts(CurrencyUnit currency) {
        return minorUnits(0, MAX_MINOR_UNITS).map(units -> ofMinor(units, currency));
    }

    /**
     * Returns amounts of a currency from one minor unit to a maximum.
     *
     * @param currency the currency
     * @param maxMinorUnits the largest amount, in minor units, at least 1
     * @return amounts above zero
     */
    public static Arbitrary<MonetaryAmount> positiveAmounts(CurrencyUnit currency, long maxMinorUnits) {
        Objects.requireNonNull(currency, "currency");
        if (maxMinorUnits < 1) {
            throw new IllegalArgumentException("maxMinorUnits: " + maxMinorUnits + " is below one minor unit");
        }
        return minorUnits(1, maxMinorUnits).map(units -> ofMinor(units, currency));
    }

    /**
     * Returns whole numbers of minor units between two bounds, shrinking towards zero (or the bound nearest to
     * it), with edge cases 0, ±1, ±99, ±100 when they are in range.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return minor units
     */
    public static Arbitrary<Long> minorUnits(long min, long max) {
        return Arbitraries.longs()
                .between(min, max)
                .shrinkTowards(Math.max(min, Math.min(max, 0)))
                .edgeCases(config -> {
                    for (long value : new long[] {0, 1, -1, 99, -99, 100, -100, max, min}) {
                        if (value >= min && value <= max) {
                            config.add(value);
                        }
                    }
                });
    }

    /**
     * Returns the amount of a whole number of minor units, with exactly the currency's scale.
     *
     * <p>For example, {@code ofMinor(1234, EUR)} is 12.34 EUR.
     *
     * @param units the minor units
     * @param currency the currency
     * @return the amount
     */
    public static MonetaryAmount ofMinor(long units, CurrencyUnit currency) {
        return Amounts.money(BigDecimal.valueOf(units, Amounts.minorUnitDigits(currency)), currency);
    }
}
