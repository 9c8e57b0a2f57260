package org.echeance.core.terms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Payment due at an end of month, with a number of days counted before or after it ("45 jours fin de mois").
 *
 * <p>French practice reads "45 jours fin de mois" in two ways (Code de commerce L441-10 I allows "45 jours fin de
 * mois" without saying which), so the reading is part of the value:
 *
 * <ul>
 *   <li>{@link Reading#END_OF_MONTH_THEN_DAYS}, made by {@link #thenDays(int)}: go to the end of the issue month,
 *       then add the days. The reading the legislative debates favour, and "fin de mois + N jours". An invoice of
 *       15 January 2026 at 45 days is due on 17 March 2026 (31 January + 45 days).
 *   <li>{@link Reading#DAYS_THEN_END_OF_MONTH}, made by {@link #afterDays(int)}: add the days to the issue date,
 *       then go to the end of that month. The same invoice is due on 31 March 2026 (15 January + 45 days is 1
 *       March, whose month ends on the 31st).
 * </ul>
 *
 * <p>With zero days both readings give the last day of the issue month ("fin de mois", {@link #ofIssueMonth()}),
 * so the reading of zero-day terms is always {@link Reading#END_OF_MONTH_THEN_DAYS} and {@code afterDays(0)}
 * equals {@code thenDays(0)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param days the number of days, from 0 to {@link NetDays#MAX_DAYS}
 * @param reading the order of the two steps
 */
public record EndOfMonth(int days, Reading reading) implements PaymentTerms {
    /** The order in which the end of month and the days are applied. */
    public enum Reading {
        /** Go to the end of the issue month, then add the days: "45 jours fin de mois", "fin de mois + 45 jours". */
        END_OF_MONTH_THEN_DAYS,
        /** Add the days to the issue date, then go to the end of that month. */
        DAYS_THEN_END_OF_MONTH
    }

    /**
     * Creates end-of-month terms.
     *
     * @throws NullPointerException if the reading is null
     * @throws org.echeance.core.validation.ValidationException if the number of days is negative or above {@link
     *     NetDays#MAX_DAYS} (rule {@code ECH-TERMS-01})
     */
    public EndOfMonth {
        Objects.requireNonNull(reading, "reading");
        NetDays.checkDays(days, "paymentTerms.days");
        if (days == 0) {
            reading = Reading.END_OF_MONTH_THEN_DAYS;
        }
    }

    /**
     * Returns terms due a number of days after the end of the issue month ("45 jours fin de mois", first reading).
     *
     * <p>For example, {@code EndOfMonth.thenDays(45).dueDate(LocalDate.of(2026, 1, 15))} is 17 March 2026.
     *
     * @param days the number of days after the end of the month
     * @return the terms
     * @throws org.echeance.core.validation.ValidationException if the number of days is out of range
     */
    public static EndOfMonth thenDays(int days) {
        return new EndOfMonth(days, Reading.END_OF_MONTH_THEN_DAYS);
    }

    /**
     * Returns terms due at the end of the month in which the issue date plus a number of days falls ("45 jours
     * fin de mois", second reading).
     *
     * <p>For example, {@code EndOfMonth.afterDays(45).dueDate(LocalDate.of(2026, 1, 15))} is 31 March 2026.
     *
     * @param days the number of days after the issue date
     * @return the terms
     * @throws org.echeance.core.validation.ValidationException if the number of days is out of range
     */
    public static EndOfMonth afterDays(int days) {
        return new EndOfMonth(days, Reading.DAYS_THEN_END_OF_MONTH);
    }

    /**
     * Returns terms due on the last day of the issue month ("fin de mois").
     *
     * @return the terms, with zero days
     */
    public static EndOfMonth ofIssueMonth() {
        return thenDays(0);
    }

    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        Objects.requireNonNull(issueDate, "issueDate");
        return switch (reading) {
            case END_OF_MONTH_THEN_DAYS -> endOfMonth(issueDate).plusDays(days);
            case DAYS_THEN_END_OF_MONTH -> endOfMonth(issueDate.plusDays(days));
        };
    }

    /**
     * Returns the wording of the terms.
     *
     * <p>The first reading keeps the usual words, {@code "45 jours fin de mois"} / {@code "45 days end of month"}.
     * The second is spelt out so that the invoice cannot be misread: {@code "45 jours date de facture, puis fin
     * de mois"} / {@code "45 days from the invoice date, then end of month"}. Zero days is {@code "Fin de mois"}
     * / {@code "End of month"}.
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        boolean french = Wording.isFrench(locale);
        if (days == 0) {
            return french ? "Fin de mois" : "End of month";
        }
        String count = Wording.days(days, french);
        return switch (reading) {
            case END_OF_MONTH_THEN_DAYS -> count + (french ? " fin de mois" : " end of month");
            case DAYS_THEN_END_OF_MONTH ->
                count + (french ? " date de facture, puis fin de mois" : " from the invoice date, then end of month");
        };
    }

    private static LocalDate endOfMonth(LocalDate date) {
        return YearMonth.from(date).atEndOfMonth();
    }
}
