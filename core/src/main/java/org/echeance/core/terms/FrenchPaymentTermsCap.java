package org.echeance.core.terms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.echeance.core.validation.Violation;

/**
 * Checks payment terms against the French cap of Code de commerce L441-10 I, rule {@code FR-L441-10}.
 *
 * <p>Between businesses, the agreed term may not exceed 60 days from the issue date or, by derogation when the
 * contract says so expressly, "45 jours fin de mois":
 *
 * <ul>
 *   <li>any terms pass when their due date is at most 60 days after the issue date;
 *   <li>{@link EndOfMonth} terms also pass when their due date is at most "45 days end of month". The law does
 *       not say which reading of those words it means (see {@link EndOfMonth.Reading}), so the checker computes
 *       both (end of month then 45 days; 45 days then end of month) and accepts a due date up to the later of the
 *       two. The checker does not know whether the contract stipulates the derogation expressly.
 * </ul>
 *
 * <p>For example, for an invoice issued on 15 January 2026, net terms pass up to 16 March 2026 and end-of-month
 * terms up to 31 March 2026 (15 January + 45 days is 1 March, then end of month; the other reading gives 17
 * March). Not checked: sector exceptions (L441-11), periodic invoices (45 days, L441-10 I), and the 30 days from
 * delivery that apply when nothing was agreed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrenchPaymentTermsCap {
    /** The rule id of the cap. */
    public static final String RULE = "FR-L441-10";

    /** The general cap: days from the issue date. */
    public static final int MAX_DAYS = 60;

    /** The days of the "45 jours fin de mois" derogation. */
    public static final int END_OF_MONTH_DAYS = 45;

    private FrenchPaymentTermsCap() {}

    /**
     * Checks that terms give a due date within the L441-10 I cap for an invoice issued on a date.
     *
     * @param terms the payment terms
     * @param issueDate the invoice's issue date
     * @return the violations found, one at most with rule {@link #RULE} and path {@code paymentTerms}; empty if the
     *     terms are within the cap
     * @throws NullPointerException if either argument is null
     */
    public static List<Violation> check(PaymentTerms terms, LocalDate issueDate) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(issueDate, "issueDate");
        LocalDate due = terms.dueDate(issueDate);
        LocalDate limit = latestDueDate(terms, issueDate);
        if (!due.isAfter(limit)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(issueDate, due);
        String cap = terms instanceof EndOfMonth
                ? MAX_DAYS + " days after the issue date or " + END_OF_MONTH_DAYS + " days end of month"
                : MAX_DAYS + " days after the issue date";
        return List.of(new Violation(
                RULE,
                "paymentTerms",
                "the due date " + due + " is " + days + " days after the issue date " + issueDate + " and later than "
                        + limit + ", the limit of " + cap + " (Code de commerce L441-10 I)"));
    }

    /**
     * Returns the latest due date the cap allows for terms of the same shape.
     *
     * @param terms the payment terms; only whether they are {@link EndOfMonth} terms matters
     * @param issueDate the invoice's issue date
     * @return the issue date plus 60 days, or for end-of-month terms the latest of that and both readings of 45
     *     days end of month
     * @throws NullPointerException if either argument is null
     */
    public static LocalDate latestDueDate(PaymentTerms terms, LocalDate issueDate) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(issueDate, "issueDate");
        LocalDate limit = issueDate.plusDays(MAX_DAYS);
        if (terms instanceof EndOfMonth) {
            LocalDate endOfMonthThenDays =
                    YearMonth.from(issueDate).atEndOfMonth().plusDays(END_OF_MONTH_DAYS);
            LocalDate daysThenEndOfMonth =
                    YearMonth.from(issueDate.plusDays(END_OF_MONTH_DAYS)).atEndOfMonth();
            limit = latest(limit, latest(endOfMonthThenDays, daysThenEndOfMonth));
        }
        return limit;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
