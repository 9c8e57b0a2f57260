package org.echeance.numbering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A sample document for {@link PatternNumbering#preview(String, PreviewSample, int)}: what a pattern is shown
 * with, outside any store.
 *
 * <p>For example {@code PreviewSample.of(LocalDate.of(2026, 3, 15)).withCustomer("C-0042", "Boulangerie Martin")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param issueDate the issue date, for the date tokens
 * @param series the series code, for {@code {series}}
 * @param customerNumber the customer number, for {@code {customer}}
 * @param customerName the buyer's legal name, for {@code {initials}}
 * @param productCode the product code, for {@code {product}}
 * @param start the first counter value shown, 1 or more
 */
public record PreviewSample(
        LocalDate issueDate,
        String series,
        Optional<String> customerNumber,
        Optional<String> customerName,
        Optional<String> productCode,
        long start) {
    /** The series of a sample unless told otherwise. */
    public static final String DEFAULT_SERIES = "FA";

    /**
     * Creates a sample.
     *
     * @throws ValidationException (ECH-NUM-25) if the series is blank or the start is below 1
     */
    public PreviewSample {
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(productCode, "productCode");
        if (series.isBlank()) {
            throw ValidationException.of("ECH-NUM-25", "series", "series is blank");
        }
        if (start < 1) {
            throw ValidationException.of("ECH-NUM-25", "start", start + " is below 1; counters start at 1");
        }
    }

    /**
     * Returns a sample issued on a date, in series {@value #DEFAULT_SERIES}, without customer or product, starting
     * at 1.
     *
     * @param issueDate the issue date
     * @return the sample
     */
    public static PreviewSample of(LocalDate issueDate) {
        return new PreviewSample(issueDate, DEFAULT_SERIES, Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    /**
     * Returns a copy of this sample in another series.
     *
     * @param code the series code
     * @return the copy
     */
    public PreviewSample withSeries(String code) {
        return new PreviewSample(issueDate, code, customerNumber, customerName, productCode, start);
    }

    /**
     * Returns a copy of this sample with a customer number and the buyer's legal name.
     *
     * @param number the customer number, for {@code {customer}}
     * @param name the buyer's legal name, for {@code {initials}}
     * @return the copy
     */
    public PreviewSample withCustomer(String number, String name) {
        return new PreviewSample(
                issueDate,
                series,
                Optional.of(Objects.requireNonNull(number, "number")),
                Optional.of(Objects.requireNonNull(name, "name")),
                productCode,
                start);
    }

    /**
     * Returns a copy of this sample with a product code.
     *
     * @param code the product code, for {@code {product}}
     * @return the copy
     */
    public PreviewSample withProductCode(String code) {
        return new PreviewSample(
                issueDate,
                series,
                customerNumber,
                customerName,
                Optional.of(Objects.requireNonNull(code, "code")),
                start);
    }

    /**
     * Returns a copy of this sample whose first counter value is {@code value}.
     *
     * @param value the first counter value, 1 or more
     * @return the copy
     */
    public PreviewSample withStart(long value) {
        return new PreviewSample(issueDate, series, customerNumber, customerName, productCode, value);
    }
}
