package org.echeance.core.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Writes the words printed on an invoice for payment terms, in French or English.
 *
 * <p>French is chosen for any locale whose language is French ({@code fr}, {@code fr-FR}, {@code fr-BE}…),
 * English for every other locale. Numbers are written without grouping, with a decimal comma in French.
 */
final class Wording {
    private Wording() {}

    /** Checks if a locale asks for French wording. */
    static boolean isFrench(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "fr".equals(locale.getLanguage());
    }

    /** Returns "N jours" / "N days", singular where the language wants it (French: 0 and 1; English: 1). */
    static String days(int days, boolean french) {
        if (french) {
            return days + (days <= 1 ? " jour" : " jours");
        }
        return days + (days == 1 ? " day" : " days");
    }

    /** Returns a decimal without trailing zeros, with a decimal comma in French: {@code 12,15} / {@code 12.15}. */
    static String decimal(BigDecimal value, boolean french) {
        String plain = strip(value).toPlainString();
        return french ? plain.replace('.', ',') : plain;
    }

    /** Returns a percentage as printed: {@code 12,15 %} in French, {@code 12.15%} in English. */
    static String percent(BigDecimal value, boolean french) {
        return decimal(value, french) + (french ? " %" : "%");
    }

    /**
     * Returns an amount as printed: whole amounts without decimals ({@code 40 EUR}), others with the currency's
     * scale ({@code 40,50 EUR} / {@code 40.50 EUR}).
     */
    static String amount(MonetaryAmount amount, boolean french) {
        BigDecimal value = Amounts.decimal(amount);
        String plain = value.stripTrailingZeros().scale() <= 0
                ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : Amounts.toPlainString(amount);
        return (french ? plain.replace('.', ',') : plain) + " "
                + amount.getCurrency().getCurrencyCode();
    }

    /** Returns a day of the month as an ordinal: {@code 1er}, {@code 10} / {@code 1st}, {@code 22nd}, {@code 11th}. */
    static String dayOrdinal(int day, boolean french) {
        if (french) {
            return day == 1 ? "1er" : Integer.toString(day);
        }
        String suffix;
        if (day % 100 >= 11 && day % 100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (day % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return day + suffix;
    }

    /**
     * Returns a decimal with its trailing zeros removed and never in exponent form: {@code 10.00} becomes
     * {@code 10}, {@code 1.50} becomes {@code 1.5}.
     */
    static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
