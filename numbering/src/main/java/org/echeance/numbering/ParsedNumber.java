package org.echeance.numbering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The parts read back from a document number by {@link NumberPattern#parseNumber(String)}: each part is present
 * when the pattern holds its token.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year, from {@code {yyyy}}, or 2000 plus the two digits of {@code {yy}}
 * @param month the month, 1 to 12, from {@code {MM}}
 * @param day the day of the month, 1 to 31, from {@code {dd}}
 * @param sequence the counter value, 1 or more, from {@code {seq}} or {@code {seq:N}}
 * @param series the series code, from {@code {series}}
 * @param customer the customer number, from {@code {customer}}
 * @param initials the buyer's initials, from {@code {initials}}
 * @param product the product code, from {@code {product}}
 */
public record ParsedNumber(
        OptionalInt year,
        OptionalInt month,
        OptionalInt day,
        OptionalLong sequence,
        Optional<String> series,
        Optional<String> customer,
        Optional<String> initials,
        Optional<String> product) {

    /**
     * Creates the parts, rejecting null.
     *
     * @throws NullPointerException if a part is null rather than empty
     */
    public ParsedNumber {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(product, "product");
    }

    /**
     * Returns the issue date, when the pattern holds the year, the month and the day.
     *
     * @return the date, if the number carries all of it
     */
    public Optional<LocalDate> date() {
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt()));
    }
}
