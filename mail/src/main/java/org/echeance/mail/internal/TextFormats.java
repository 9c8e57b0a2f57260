package org.echeance.mail.internal;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Writes the amounts and dates a mail states, in French or in English, the way the reminders of the scheduling
 * module write them, so that an invoice mail and the reminders that follow it read alike. The JDK's locale data is
 * not used (its French grouping space changed between releases): the output is the same on every JDK.
 *
 * <p>Amounts have the currency's scale ({@link Amounts#toPlainString(MonetaryAmount)}) and are grouped by thousands:
 * {@code 1 234,56} in French, with a no-break space (U+00A0) so that a line never breaks inside a number, and
 * {@code 1,234.56} in English. Dates are written in full: {@code 1er mars 2026}, {@code 23 novembre 2026} / {@code 23
 * November 2026}, never as {@code 03/11/2026}, which reads differently on either side of the Atlantic.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class TextFormats {
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

    private TextFormats() {}

    /**
     * Checks if a language code asks for French.
     *
     * @param language a language code such as {@code fr}
     * @return true for {@code fr}
     */
    public static boolean isFrench(String language) {
        return "fr".equals(Objects.requireNonNull(language, "language"));
    }

    /**
     * Returns the number of an amount, with its currency's scale, grouped by thousands.
     *
     * <p>For example {@code 1 234,56} (French, no-break space) or {@code 1,234.56} (English).
     *
     * @param amount the amount
     * @param french whether to write it the French way
     * @return the text, without the currency
     */
    public static String amount(MonetaryAmount amount, boolean french) {
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

    /**
     * Returns a date in full: {@code 1er mars 2026} / {@code 1 March 2026}.
     *
     * @param date the date
     * @param french whether to write it in French
     * @return the text
     */
    public static String date(LocalDate date, boolean french) {
        int month = date.getMonthValue() - 1;
        if (french) {
            String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return day + " " + FRENCH_MONTHS[month] + " " + date.getYear();
        }
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + date.getYear();
    }
}
