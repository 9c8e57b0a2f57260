package org.echeance.scheduling.subscription;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.InvoiceLine;

/**
 * What one template line of a subscription billed for a period, and what it bills for that period after a change.
 *
 * <p>Amounts are line net amounts (BT-131, VAT excluded), summed over the draft lines the template line produced
 * (a line cut by a price change produces several).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param template the template line
 * @param billed the net amount billed for the period
 * @param due the net amount the period bills after the change
 */
public record LineAdjustment(InvoiceLine template, MonetaryAmount billed, MonetaryAmount due) {
    /** Creates a line adjustment, rejecting null parts. */
    public LineAdjustment {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(billed, "billed");
        Objects.requireNonNull(due, "due");
    }

    /**
     * Returns what the change adds: positive for an extra charge, negative for a credit.
     *
     * @return {@code due - billed}
     */
    public MonetaryAmount difference() {
        return due.subtract(billed);
    }
}
