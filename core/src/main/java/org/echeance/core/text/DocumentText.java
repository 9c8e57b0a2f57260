package org.echeance.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Writes the values a document states — amounts, dates, rates — in French or in English, the same way in every
 * module (reminders, mails, reports), without the JDK's locale data, whose French grouping space changed between
 * releases: the output is the same on every JDK.
 *
 * <p>Amounts keep their currency's scale ({@link Amounts#toPlainString(MonetaryAmount)}) and are grouped by
 * thousands: {@code 1 234,56} in French, with a no-break space (U+00A0) so that a line never breaks inside a
 * number, and {@code 1,234.56} in English. Dates are written in full in sentences ({@code 1er mars 2026}, {@code
 * 23 novembre 2026} / {@code 23 November 2026}) and numerically in tables ({@code 31/03/2026} / {@code 2026-03-31}).
 * Rates: {@code 12,15 %} / {@code 12.15%}, as on the invoice.
 */
public enum DocumentText {
    /** French: {@code 1 234,56}, {@code 1er mars 2026}, {@code 31/03/2026}, {@code 12,15 %}. */
    FRENCH,
    /** English: {@code 1,234.56}, {@code 1 March 2026}, {@code 2026-03-31}, {@code 12.15%}. */
    ENGLISH;

    /** The no-break space that groups the thousands of a French amount. */
    public static final char NO_BREAK_SPACE = '\u00a0';

    private static final String[] FRENCH_MONTHS = {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre"
    };
    private static final String[] ENGLISH_MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    /**
     * Returns the texts of a locale: French for any locale whose language is {@code fr}, English otherwise.
     *
     * @param locale the locale
     * @return the texts
     */
    public static DocumentText of(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? FRENCH : ENGLISH;
    }

    /**
     * Returns the texts of a language code: French for {@code fr}, English otherwise.
     *
     * @param language a language code such as {@code fr} or {@code en}
     * @return the texts
     */
    public static DocumentText ofLanguage(String language) {
        return "fr".equals(Objects.requireNonNull(language, "language")) ? FRENCH : ENGLISH;
    }

    /**
     * Checks if these are the French texts.
     *
     * @return true for {@link #FRENCH}
     */
    public boolean isFrench() {
        return this == FRENCH;
    }

    /**
     * Writes the number of an amount, with its currency's scale, grouped by thousands.
     *
     * @param amount the amount
     * @return for example {@code 1 209,25} or {@code 1,209.25}
     */
    public String amount(MonetaryAmount amount) {
        return number(Amounts.toPlainString(Objects.requireNonNull(amount, "amount")));
    }

    /**
     * Writes an amount followed by its currency code.
     *
     * @param amount the amount
     * @return for example {@code 40,00 EUR} or {@code 40.00 EUR}
     */
    public String amountWithCurrency(MonetaryAmount amount) {
        return amount(amount) + " " + amount.getCurrency().getCurrencyCode();
    }

    /**
     * Writes a decimal number with a number of decimals, rounded half-up, grouped by thousands.
     *
     * @param value the value
     * @param decimals the decimals shown, 0 or more
     * @return for example {@code 73,71} or {@code 73.71}
     */
    public String decimal(BigDecimal value, int decimals) {
        return number(Objects.requireNonNull(value, "value")
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString());
    }

    /**
     * Writes a date in full, for sentences.
     *
     * @param date the date
     * @return for example {@code 1er mars 2026} or {@code 1 March 2026}
     */
    public String date(LocalDate date) {
        int month = Objects.requireNonNull(date, "date").getMonthValue() - 1;
        if (this == FRENCH) {
            String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return day + " " + FRENCH_MONTHS[month] + " " + date.getYear();
        }
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + date.getYear();
    }

    /**
     * Writes a date with digits only, for tables.
     *
     * @param date the date
     * @return for example {@code 31/03/2026} or {@code 2026-03-31}
     */
    public String numericDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (this == FRENCH) {
            return String.format(
                    Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        return date.toString();
    }

    /**
     * Writes a rate in percent without trailing zeros.
     *
     * @param percent the rate in percent, such as {@code 12.15}
     * @return {@code 12,15 %} or {@code 12.15%}
     */
    public String percent(BigDecimal percent) {
        BigDecimal stripped = Objects.requireNonNull(percent, "percent").stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        return this == FRENCH ? plain.replace('.', ',') + " %" : plain + "%";
    }

    private String number(String plain) {
        String sign = "";
        if (plain.startsWith("-")) {
            sign = "-";
            plain = plain.substring(1);
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        char group = this == FRENCH ? NO_BREAK_SPACE : ',';
        StringBuilder text = new StringBuilder(sign);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(group);
            }
            text.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            text.append(this == FRENCH ? ',' : '.').append(fraction);
        }
        return text.toString();
    }
}
