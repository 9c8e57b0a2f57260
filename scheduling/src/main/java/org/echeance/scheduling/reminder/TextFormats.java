package org.echeance.scheduling.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Writes the values a reminder states, in French or in English, without the JDK's locale data (whose French
 * grouping space changed between releases): the output is the same on every JDK.
 *
 * <p>Amounts have the currency's scale ({@link Amounts#toPlainString(MonetaryAmount)}) and are grouped by
 * thousands: {@code 1 209,25} in French, with a no-break space (U+00A0) so that a line never breaks inside a
 * number, and {@code 1,209.25} in English. Dates are written in full: {@code 1er février 2026}, {@code 14 février
 * 2026} / {@code 1 February 2026}. Rates: {@code 12,15 %} / {@code 12.15%}, as on the invoice.
 */
final class TextFormats {
    /** The no-break space that groups the thousands of a French amount. */
    static final char NO_BREAK_SPACE = '\u00a0';

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

    private TextFormats() {}

    /** Checks if a locale asks for French: any locale whose language is {@code fr}. */
    static boolean isFrench(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /** Returns the number of an amount, with its currency's scale, grouped by thousands. */
    static String amount(MonetaryAmount amount, boolean french) {
        String plain = Amounts.toPlainString(amount);
        String sign = "";
        if (plain.startsWith("-")) {
            sign = "-";
            plain = plain.substring(1);
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        char group = french ? NO_BREAK_SPACE : ',';
        StringBuilder text = new StringBuilder(sign);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(group);
            }
            text.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            text.append(french ? ',' : '.').append(fraction);
        }
        return text.toString();
    }

    /** Returns an amount followed by its currency code: {@code 40,00 EUR} / {@code 40.00 EUR}. */
    static String amountWithCurrency(MonetaryAmount amount, boolean french) {
        return amount(amount, french) + " " + amount.getCurrency().getCurrencyCode();
    }

    /** Returns a date in full: {@code 1er mars 2026} / {@code 1 March 2026}. */
    static String date(LocalDate date, boolean french) {
        int month = date.getMonthValue() - 1;
        if (french) {
            String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return day + " " + FRENCH_MONTHS[month] + " " + date.getYear();
        }
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + date.getYear();
    }

    /** Returns a rate in percent without trailing zeros: {@code 12,15 %} / {@code 12.15%}. */
    static String percent(BigDecimal value, boolean french) {
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        return french ? plain.replace('.', ',') + " %" : plain + "%";
    }
}
