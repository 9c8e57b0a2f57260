package org.echeance.overdue.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Writes the figures of the reports as plain text, in French or English, without the JDK's locale data (whose
 * French grouping space changed between releases), so the output is the same on every JDK. Not API.
 *
 * <p>Amounts have their currency's scale and are grouped by thousands: {@code 1 209,25} in French with a no-break
 * space (U+00A0), {@code 1,209.25} in English. Dates are {@code 31/03/2026} in French, {@code 2026-03-31} in
 * English.
 */
public final class Texts {
    /** The no-break space grouping the thousands of a French amount. */
    public static final char NO_BREAK_SPACE = '\u00a0';

    private Texts() {}

    /**
     * Checks if a locale asks for French.
     *
     * @param locale the locale
     * @return true if its language is {@code fr}
     */
    public static boolean isFrench(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * Writes an amount's number.
     *
     * @param amount the amount
     * @param french true for French
     * @return the number, grouped, with the currency's scale
     */
    public static String amount(MonetaryAmount amount, boolean french) {
        return number(Amounts.toPlainString(amount), french);
    }

    /**
     * Writes a decimal with a number of decimals, rounded half-up.
     *
     * @param value the value
     * @param decimals the decimals shown
     * @param french true for French
     * @return the number, grouped
     */
    public static String decimal(BigDecimal value, int decimals, boolean french) {
        return number(value.setScale(decimals, RoundingMode.HALF_UP).toPlainString(), french);
    }

    /**
     * Writes a date.
     *
     * @param date the date
     * @param french true for French
     * @return {@code 31/03/2026} or {@code 2026-03-31}
     */
    public static String date(LocalDate date, boolean french) {
        if (french) {
            return String.format(
                    Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        return date.toString();
    }

    private static String number(String plain, boolean french) {
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
     * Lays out rows of cells as columns separated by two spaces, the first {@code leftColumns} columns aligned left
     * and the others right; lines end without trailing spaces and with {@code \n}.
     *
     * @param rows the rows, the heading first
     * @param leftColumns how many columns are text (aligned left)
     * @return the table
     */
    public static String table(List<List<String>> rows, int leftColumns) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                int length = row.get(i).length();
                if (i >= widths.size()) {
                    widths.add(length);
                } else if (length > widths.get(i)) {
                    widths.set(i, length);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = row.get(i);
                String pad = " ".repeat(widths.get(i) - cell.length());
                line.append(i < leftColumns ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
