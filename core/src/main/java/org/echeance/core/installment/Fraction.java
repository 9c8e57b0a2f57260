package org.echeance.core.installment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number of minor units, kept in lowest terms with a positive denominator.
 *
 * <p>An installment's exact share of the total (a third of 1,000.00 EUR is 100000/3 cents) is kept as a fraction
 * so that a later rounding (to a cash increment) starts from the exact value, in one step, never from a value
 * already rounded to the minor unit. Equal fractions have equal numerators and denominators.
 *
 * @param numerator the numerator, of any sign
 * @param denominator the denominator, positive
 */
record Fraction(BigInteger numerator, BigInteger denominator) {
    Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator: " + denominator + " is not positive");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /** Returns a whole number of minor units as a fraction. */
    static Fraction of(BigInteger units) {
        return new Fraction(units, BigInteger.ONE);
    }

    /** Returns {@code numerator / denominator}. */
    static Fraction of(BigInteger numerator, BigInteger denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Returns a decimal number of minor units, exactly. */
    static Fraction of(BigDecimal units) {
        if (units.scale() <= 0) {
            return of(units.toBigIntegerExact());
        }
        return new Fraction(units.unscaledValue(), BigInteger.TEN.pow(units.scale()));
    }

    /** Returns the sum of this fraction and another. */
    Fraction plus(Fraction other) {
        return new Fraction(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** Returns this fraction divided by a positive whole number. */
    Fraction dividedBy(long divisor) {
        return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    /** Returns the opposite of this fraction. */
    Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    /** Returns the largest whole number not above this fraction. */
    BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** Returns the fractional part, {@code this - floor()}, from 0 inclusive to 1 exclusive. */
    Fraction fractionalPart() {
        return new Fraction(numerator.subtract(floor().multiply(denominator)), denominator);
    }

    /** Compares two fractions by value. */
    int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * Rounds this fraction, in one step, to a multiple of an increment.
     *
     * @param increment the increment in minor units, positive
     * @param mode how to round
     * @return the multiple of the increment, in minor units
     */
    BigInteger roundToMultipleOf(BigInteger increment, RoundingMode mode) {
        BigDecimal steps = new BigDecimal(numerator).divide(new BigDecimal(denominator.multiply(increment)), 0, mode);
        return steps.toBigIntegerExact().multiply(increment);
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
