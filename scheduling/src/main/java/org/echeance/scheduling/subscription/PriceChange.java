package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Price;
import org.echeance.core.validation.ValidationException;

/**
 * A new price of one subscription line, from a date on: an upgrade, a downgrade or a yearly increase.
 *
 * <p>The price is the line's unit price per billing period, as on the template line; the line's quantity stays.
 * From {@code effectiveDate} (inclusive) every day is billed at the new price, until a later change of the same
 * line. A period that a change cuts in two is billed in two prorated parts (see {@link Proration}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param effectiveDate the first day billed at the new price
 * @param lineId the id of the template line whose price changes
 * @param newPrice the new unit price per period
 */
public record PriceChange(LocalDate effectiveDate, String lineId, Price newPrice) {
    /**
     * Creates a price change.
     *
     * @throws ValidationException if the line id is blank (ECH-SUB-10)
     */
    public PriceChange {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(newPrice, "newPrice");
        if (lineId.isBlank()) {
            throw ValidationException.of("ECH-SUB-10", "priceChange.lineId", "line id is blank");
        }
    }

    /**
     * Returns a change to a plain net unit price, for a base quantity of one.
     *
     * <p>For example, {@code PriceChange.of(LocalDate.of(2025, 3, 15), "1", Money.of(45, "EUR"))}.
     *
     * @param effectiveDate the first day billed at the new price
     * @param lineId the id of the template line
     * @param newUnitPrice the new net unit price per period (BT-146)
     * @return the change
     * @throws ValidationException if the price is negative (ECH-SUB-05) or the line id blank (ECH-SUB-10)
     */
    public static PriceChange of(LocalDate effectiveDate, String lineId, MonetaryAmount newUnitPrice) {
        Objects.requireNonNull(newUnitPrice, "newUnitPrice");
        if (newUnitPrice.isNegative()) {
            throw ValidationException.of(
                    "ECH-SUB-05", "priceChange.newPrice", newUnitPrice + " is negative; a price is zero or more");
        }
        return new PriceChange(effectiveDate, lineId, Price.of(newUnitPrice));
    }
}
