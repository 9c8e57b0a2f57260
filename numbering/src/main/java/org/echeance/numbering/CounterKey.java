package org.echeance.numbering;

import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * Identifies one counter: a seller, a series and a scope.
 *
 * <p>A reset is not a job: the scope is part of the key ({@code "2026"} for a yearly counter, {@code "2026-03"}
 * for a monthly one, a customer number for a per-customer counter, {@code ""} for a counter that never resets),
 * so a new year is simply a new counter starting at 1. Counters of different sellers never share a value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sellerId the seller the counter belongs to
 * @param series the series, such as {@code "FA"} for invoices and {@code "AV"} for credit notes
 * @param scope the scope key derived from the pattern and the document, possibly empty
 */
public record CounterKey(String sellerId, String series, String scope) {
    /** The longest seller id, series or scope accepted, so that keys fit any database column. */
    public static final int MAX_LENGTH = 100;

    /**
     * Creates a key.
     *
     * @throws ValidationException if the seller or series is blank, or a part is longer than {@link #MAX_LENGTH}
     */
    public CounterKey {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(scope, "scope");
        if (sellerId.isBlank() || series.isBlank()) {
            throw ValidationException.of(
                    "ECH-NUM-01",
                    "counterKey",
                    "seller \"" + sellerId + "\" and series \"" + series + "\" must be set");
        }
        if (sellerId.length() > MAX_LENGTH || series.length() > MAX_LENGTH || scope.length() > MAX_LENGTH) {
            throw ValidationException.of(
                    "ECH-NUM-01", "counterKey", "seller, series and scope are at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * Returns a key.
     *
     * @param sellerId the seller
     * @param series the series
     * @param scope the scope key
     * @return the key
     */
    public static CounterKey of(String sellerId, String series, String scope) {
        return new CounterKey(sellerId, series, scope);
    }
}
