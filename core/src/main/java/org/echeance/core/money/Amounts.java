package org.echeance.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Converts between {@link MonetaryAmount} at the API boundary and {@link BigDecimal} inside calculations, and
 * rounds amounts the way EN 16931 asks.
 *
 * <p>Moneta's own defaults are not used: its default rounding is half-even and its arithmetic keeps any scale.
 * Echeance rounds explicitly, {@link RoundingMode#HALF_UP} to the currency's minor unit (ISO 4217 exponent: 2
 * for EUR, 0 for JPY, 3 for BHD), at the points the standard names. Half-up on a negative amount rounds away
 * from zero, so negating an input negates the rounded result.
 *
 * <p>Moneta's {@code Money} keeps an amount's value exactly but not its scale: it strips trailing zeros, so
 * {@code Money.of(2880.00, "EUR").toString()} reads {@code EUR 2880}. Echeance therefore compares amounts by value
 * and formats them with {@link #toPlainString(MonetaryAmount)}, which restores the currency's scale ({@code
 * 2880.00}) and keeps any finer digits of a unit price ({@code 14.9917}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amounts {
    /** The rounding mode EN 16931 uses for every amount (BR-DEC rules with commercial rounding). */
    public static final RoundingMode EN16931_ROUNDING = RoundingMode.HALF_UP;

    private Amounts() {}

    /**
     * Returns the number of decimals of the currency's minor unit.
     *
     * @param currency the currency
     * @return the ISO 4217 exponent, at least 0
     */
    public static int minorUnitDigits(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * Rounds a decimal half-up to the minor unit of the currency.
     *
     * <p>For example, {@code round(new BigDecimal("0.025"), EUR)} is {@code 0.03}.
     *
     * @param value the value to round
     * @param currency the currency whose minor unit is the target scale
     * @return the rounded value, with exactly the currency's scale
     */
    public static BigDecimal round(BigDecimal value, CurrencyUnit currency) {
        Objects.requireNonNull(value, "value");
        return value.setScale(minorUnitDigits(currency), EN16931_ROUNDING);
    }

    /**
     * Returns the decimal value of an amount, exactly, without rounding.
     *
     * @param amount the amount
     * @return its number as a {@code BigDecimal}
     */
    public static BigDecimal decimal(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Returns the decimal value of an amount after checking its currency.
     *
     * @param amount the amount
     * @param expected the currency the amount must have
     * @param path the field path named in the error
     * @return its number as a {@code BigDecimal}
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public static BigDecimal decimal(MonetaryAmount amount, CurrencyUnit expected, String path) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.getCurrency().equals(expected)) {
            throw new CurrencyMismatchException(path, amount.getCurrency(), expected);
        }
        return decimal(amount);
    }

    /**
     * Creates an amount of a currency from a decimal, exactly: nothing is rounded.
     *
     * @param value the value, already rounded where a rule asks for it
     * @param currency the currency
     * @return the amount
     */
    public static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        return Money.of(value, currency);
    }

    /**
     * Creates an amount rounded half-up to the currency's minor unit.
     *
     * @param value the value
     * @param currency the currency
     * @return the amount, its value rounded to the currency's minor unit
     */
    public static MonetaryAmount rounded(BigDecimal value, CurrencyUnit currency) {
        return Money.of(round(value, currency), currency);
    }

    /**
     * Returns zero in a currency.
     *
     * @param currency the currency
     * @return zero in that currency
     */
    public static MonetaryAmount zero(CurrencyUnit currency) {
        return money(BigDecimal.ZERO, currency);
    }

    /**
     * Checks if a decimal has no more decimals than the currency's minor unit allows.
     *
     * @param value the value
     * @param currency the currency
     * @return true if rounding to the currency would not change the value
     */
    public static boolean hasCurrencyScale(BigDecimal value, CurrencyUnit currency) {
        return value.stripTrailingZeros().scale() <= minorUnitDigits(currency);
    }

    /**
     * Formats an amount as a plain decimal with the currency's scale (never exponent notation).
     *
     * <p>For example, 100 EUR is {@code "100.00"} and 100 JPY is {@code "100"}.
     *
     * @param amount the amount
     * @return the plain decimal text
     */
    public static String toPlainString(MonetaryAmount amount) {
        BigDecimal value = decimal(amount);
        int scale = Math.max(value.stripTrailingZeros().scale(), minorUnitDigits(amount.getCurrency()));
        return value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
