package org.echeance.einvoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/** How numbers and dates are spelled in the written documents: plain decimals, never exponents. */
public final class Formats {
    private static final DateTimeFormatter CII_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private Formats() {}

    /**
     * Spells an amount with the currency's scale, such as {@code 100.00} (BR-DEC rules: two decimals for EUR).
     *
     * @param amount the amount, already rounded by the invoice
     * @return the plain decimal
     */
    public static String amount(MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }

    /**
     * Spells a unit price keeping every decimal it has, and at least the currency's scale: {@code 1.2345} stays
     * {@code 1.2345}, {@code 10} becomes {@code 10.00}.
     *
     * @param price the price
     * @return the plain decimal
     */
    public static String price(MonetaryAmount price) {
        return Amounts.toPlainString(price);
    }

    /**
     * Spells a quantity with the scale it was given, such as {@code 2}, {@code 1.500} or {@code -6}.
     *
     * @param quantity the quantity
     * @return the plain decimal
     */
    public static String quantity(BigDecimal quantity) {
        return quantity.toPlainString();
    }

    /**
     * Spells a percentage without trailing zeros, such as {@code 20} or {@code 5.5}.
     *
     * @param percent the percentage
     * @return the plain decimal
     */
    public static String percent(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * Spells a date in the CII format 102, {@code yyyyMMdd}.
     *
     * @param date the date
     * @return the text, such as {@code 20260115}
     */
    public static String ciiDate(LocalDate date) {
        return CII_DATE.format(date);
    }

    /**
     * Spells a date in the UBL (ISO 8601) format, {@code yyyy-MM-dd}.
     *
     * @param date the date
     * @return the text, such as {@code 2026-01-15}
     */
    public static String ublDate(LocalDate date) {
        return date.toString();
    }
}
