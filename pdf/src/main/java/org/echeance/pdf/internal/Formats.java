package org.echeance.pdf.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Numbers, amounts, percentages and dates as a locale writes them. Narrow no-break spaces (used by the JDK for
 * French grouping) become plain no-break spaces, which every font has. One instance serves one document, on one
 * thread.
 */
final class Formats {
    private final Locale locale;
    private final DateTimeFormatter dates;
    /** The money formats made so far, by currency and decimals: one document formats many amounts alike. */
    private final Map<String, NumberFormat> moneyFormats = new HashMap<>();

    Formats(Locale locale, String datePattern) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(datePattern, locale);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** An amount with its currency's decimals, such as {@code 2 880,00 €}. */
    String money(MonetaryAmount amount) {
        return money(Amounts.decimal(amount), amount.getCurrency(), 0);
    }

    /** A price that keeps its own finer decimals, such as {@code 14,9917 €}. */
    String price(MonetaryAmount amount) {
        BigDecimal value = Amounts.decimal(amount);
        return money(
                value,
                amount.getCurrency(),
                Math.max(0, value.stripTrailingZeros().scale()));
    }

    private String money(BigDecimal value, CurrencyUnit currency, int extraDigits) {
        int digits = Amounts.minorUnitDigits(currency);
        int maxDigits = Math.max(digits, extraDigits);
        NumberFormat format = moneyFormats.computeIfAbsent(currency.getCurrencyCode() + "/" + maxDigits, key -> {
            NumberFormat created = NumberFormat.getCurrencyInstance(locale);
            created.setCurrency(Currency.getInstance(currency.getCurrencyCode()));
            created.setMinimumFractionDigits(digits);
            created.setMaximumFractionDigits(maxDigits);
            if (created instanceof DecimalFormat) {
                ((DecimalFormat) created).setParseBigDecimal(true);
            }
            return created;
        });
        return clean(format.format(value));
    }

    /** An amount with its currency's decimals and without its symbol, such as {@code 2 880,00}. */
    String amount(MonetaryAmount amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = Amounts.minorUnitDigits(amount.getCurrency());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return clean(format.format(Amounts.decimal(amount)));
    }

    /** A quantity with the decimals it was given, without trailing zeros: {@code 6,5}. */
    String quantity(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        BigDecimal stripped = value.stripTrailingZeros();
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
        return clean(format.format(stripped));
    }

    /** A percentage without trailing zeros: {@code 5,5 %} / {@code 5.5%}. */
    String percent(BigDecimal value) {
        String number = quantity(value);
        return "fr".equals(locale.getLanguage()) ? number + "\u00A0%" : number + "%";
    }

    private static String clean(String text) {
        return text.replace('\u202F', '\u00A0');
    }
}
