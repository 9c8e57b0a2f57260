package org.echeance.core.terms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * Payment due a number of days after the issue date ("30 jours net").
 *
 * <p>For example {@code new NetDays(30).dueDate(LocalDate.of(2026, 1, 31))} is 2 March 2026.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param days the number of days after the issue date, zero or more
 */
public record NetDays(int days) implements PaymentTerms {
    /** The longest net term accepted: ten years, far above any legal cap, to catch typos. */
    public static final int MAX_DAYS = 3660;

    /**
     * Creates net terms.
     *
     * @throws ValidationException if the number of days is negative or above {@link #MAX_DAYS} (rule {@code
     *     ECH-TERMS-01})
     */
    public NetDays {
        checkDays(days, "paymentTerms.days");
    }

    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate").plusDays(days);
    }

    /**
     * Returns the wording of the terms: {@code "30 jours net"} in French, {@code "30 days net"} in English.
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        boolean french = Wording.isFrench(locale);
        return Wording.days(days, french) + " net";
    }

    @Override
    public String toString() {
        return "net " + days + " days";
    }

    /** Checks a number of days of a term, shared by the terms that count days (rule {@code ECH-TERMS-01}). */
    static void checkDays(int days, String path) {
        if (days < 0 || days > MAX_DAYS) {
            throw ValidationException.of("ECH-TERMS-01", path, days + " is not a number of days from 0 to " + MAX_DAYS);
        }
    }
}
