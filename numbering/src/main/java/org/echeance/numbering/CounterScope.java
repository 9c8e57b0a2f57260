package org.echeance.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * When a series' counter starts again at 1: never, each year, month or day, for each customer, or for each customer
 * and year or month.
 *
 * <p>A reset is not a job that must run: the scope gives a key ({@link #keyFor(LocalDate, Optional)}) that is part
 * of the {@link CounterKey}, so a new year simply reads a counter that does not exist yet and starts at 1. The
 * period is that of the document's issue date, so a document dated December 31 issued after one dated January 1
 * still takes the next number of its own year.
 *
 * <p>A counter that restarts must be told apart in the number: a yearly counter needs {@code {yyyy}} or
 * {@code {yy}} in the pattern, a monthly one the month and year, a daily one the day, month and year, a
 * per-customer one {@code {customer}} (and no {@code {product}}, whose boundary with the customer number a value
 * could move); {@link #checkPattern(NumberPattern)} refuses a pattern that would repeat numbers.
 */
public enum CounterScope {
    /** One counter for the series, never reset; key {@code ""}. */
    GLOBAL(false, false, false, false),
    /** A counter per year of issue; key {@code 2026}. French practice accepts a yearly prefix with a reset. */
    YEARLY(true, false, false, false),
    /** A counter per month of issue; key {@code 2026-03}. */
    MONTHLY(true, true, false, false),
    /** A counter per day of issue; key {@code 2026-03-15}. */
    DAILY(true, true, true, false),
    /** A counter per customer, never reset; key the customer number, {@code C-0042}. */
    PER_CUSTOMER(false, false, false, true),
    /** A counter per customer and year of issue; key {@code C-0042/2026}. */
    PER_CUSTOMER_YEARLY(true, false, false, true),
    /** A counter per customer and month of issue; key {@code C-0042/2026-03}. */
    PER_CUSTOMER_MONTHLY(true, true, false, true);

    private final boolean year;
    private final boolean month;
    private final boolean day;
    private final boolean customer;

    CounterScope(boolean year, boolean month, boolean day, boolean customer) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.customer = customer;
    }

    /**
     * Checks if the counter restarts for each customer, so that requests must carry a customer number.
     *
     * @return true for the per-customer scopes
     */
    public boolean isPerCustomer() {
        return customer;
    }

    /**
     * Returns the scope key of a document: the part of the {@link CounterKey} that changes when the counter
     * restarts.
     *
     * <p>Dates are written with 4-digit years, so that keys of different periods never collide: {@code ""}
     * (global), {@code 2026} (yearly), {@code 2026-03} (monthly), {@code 2026-03-15} (daily), {@code C-0042} (per
     * customer), {@code C-0042/2026} (per customer and year), {@code C-0042/2026-03} (per customer and month). The
     * period comes last, so a customer number holding {@code /} cannot make two keys equal.
     *
     * @param issueDate the document's issue date
     * @param customerNumber the customer number, needed by the per-customer scopes
     * @return the key
     * @throws ValidationException if a per-customer scope has no or an empty customer number ({@code ECH-NUM-20})
     *     or if the year is outside 1 to 9999 ({@code ECH-NUM-24})
     */
    public String keyFor(LocalDate issueDate, Optional<String> customerNumber) {
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(customerNumber, "customerNumber");
        if (year && (issueDate.getYear() < 1 || issueDate.getYear() > 9999)) {
            throw ValidationException.of(
                    "ECH-NUM-24", "issueDate", "year " + issueDate.getYear() + " is outside 1 to 9999");
        }
        StringBuilder key = new StringBuilder();
        if (customer) {
            String number = customerNumber
                    .filter(n -> !n.isEmpty())
                    .orElseThrow(() -> ValidationException.of(
                            "ECH-NUM-20", "customerNumber", "counter scope " + this + " needs the customer number"));
            key.append(number);
            if (year) {
                key.append('/');
            }
        }
        if (year) {
            key.append(String.format("%04d", issueDate.getYear()));
        }
        if (month) {
            key.append('-').append(String.format("%02d", issueDate.getMonthValue()));
        }
        if (day) {
            key.append('-').append(String.format("%02d", issueDate.getDayOfMonth()));
        }
        return key.toString();
    }

    /**
     * Checks that a pattern cannot repeat a number under this scope: every period or customer the counter restarts
     * for must show in the number.
     *
     * <p>A pattern without a counter (built with {@link NumberPattern.Builder#allowWithoutCounter()}) is not
     * checked: its uniqueness is the caller's.
     *
     * @param pattern the pattern
     * @throws ValidationException with the reason, rule {@code ECH-NUM-18}, for example a yearly scope without
     *     {@code {yyyy}} or {@code {yy}}, or a per-customer scope with {@code {product}}
     */
    public void checkPattern(NumberPattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.hasCounter()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (customer && !pattern.hasCustomer()) {
            missing.add("{customer}");
        }
        if (year && !pattern.hasYear()) {
            missing.add("{yyyy} or {yy}");
        }
        if (month && !pattern.hasMonth()) {
            missing.add("{MM}");
        }
        if (day && !pattern.hasDay()) {
            missing.add("{dd}");
        }
        if (customer && pattern.hasProduct()) {
            throw ValidationException.of(
                    "ECH-NUM-18",
                    "pattern",
                    "\"" + pattern + "\" can repeat numbers: counter scope " + this + " restarts the counter for each"
                            + " customer, and {customer} and {product} are both free text whose boundary a value can"
                            + " move (customer C-1 with product X and customer C with product 1-X)");
        }
        if (!missing.isEmpty()) {
            throw ValidationException.of(
                    "ECH-NUM-18",
                    "pattern",
                    "\"" + pattern + "\" can repeat numbers: counter scope " + this + " restarts the counter at 1 "
                            + restartsFor() + ", but the pattern has no " + String.join(", no ", missing)
                            + " to tell those numbers apart");
        }
    }

    private String restartsFor() {
        List<String> parts = new ArrayList<>();
        if (customer) {
            parts.add("each customer");
        }
        if (day) {
            parts.add("each day");
        } else if (month) {
            parts.add("each month");
        } else if (year) {
            parts.add("each year");
        }
        return "for " + String.join(" and ", parts);
    }
}
