package org.echeance.core.invoice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * An invoicing period (EN 16931 BG-14 for the document, BG-26 for a line): a start date, an end date, or both.
 *
 * <p>Unlike Echeance's internal half-open periods, both dates are <em>inclusive</em>, as the standard defines
 * them (BT-73, BT-74): a calendar month is 1 to 31 January.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startDate the first day, inclusive, if stated
 * @param endDate the last day, inclusive, if stated
 */
public record InvoicePeriod(Optional<LocalDate> startDate, Optional<LocalDate> endDate) {
    /**
     * Creates a period.
     *
     * @throws ValidationException if neither date is given (BR-CO-19) or the end is before the start (BR-29)
     */
    public InvoicePeriod {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (startDate.isEmpty() && endDate.isEmpty()) {
            throw ValidationException.of("BR-CO-19", "period", "a period needs a start date, an end date or both");
        }
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
            throw ValidationException.of(
                    "BR-29", "period.endDate", endDate.get() + " is before the start date " + startDate.get());
        }
    }

    /**
     * Returns the period from a first to a last day, both inclusive.
     *
     * @param firstDay the first day
     * @param lastDay the last day
     * @return the period
     */
    public static InvoicePeriod ofClosed(LocalDate firstDay, LocalDate lastDay) {
        return new InvoicePeriod(
                Optional.of(Objects.requireNonNull(firstDay, "firstDay")),
                Optional.of(Objects.requireNonNull(lastDay, "lastDay")));
    }
}
