package org.echeance.core.terms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * Payment due on a fixed day of the month after the issue month ("le 10 du mois suivant").
 *
 * <p>The day is clamped to the length of that month, explicitly: terms on the 30th or 31st of the next month fall
 * on 28 February (29 in a leap year) for an invoice issued in January, and the 31st becomes the 30th in April,
 * June, September and November. For example, {@code new FixedDayOfNextMonth(30).dueDate(LocalDate.of(2028, 1,
 * 31))} is 29 February 2028 and {@code new FixedDayOfNextMonth(10).dueDate(LocalDate.of(2026, 12, 15))} is 10
 * January 2027.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day the day of the month, from 1 to 31
 */
public record FixedDayOfNextMonth(int day) implements PaymentTerms {
    /**
     * Creates fixed-day terms.
     *
     * @throws ValidationException if the day is not from 1 to 31 (rule {@code ECH-TERMS-02})
     */
    public FixedDayOfNextMonth {
        if (day < 1 || day > 31) {
            throw ValidationException.of(
                    "ECH-TERMS-02", "paymentTerms.day", day + " is not a day of the month from 1 to 31");
        }
    }

    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        YearMonth next =
                YearMonth.from(Objects.requireNonNull(issueDate, "issueDate")).plusMonths(1);
        return next.atDay(Math.min(day, next.lengthOfMonth()));
    }

    /**
     * Returns the wording of the terms: {@code "Le 10 du mois suivant"} in French, {@code "On the 10th of the
     * following month"} in English (the 1st is {@code "Le 1er du mois suivant"}).
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        boolean french = Wording.isFrench(locale);
        String ordinal = Wording.dayOrdinal(day, french);
        return french ? "Le " + ordinal + " du mois suivant" : "On the " + ordinal + " of the following month";
    }
}
