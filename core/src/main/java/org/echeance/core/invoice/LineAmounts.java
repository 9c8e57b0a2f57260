package org.echeance.core.invoice;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The amounts an invoice computes for one of its lines.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param netPrice the item net price (BT-146): as entered, or derived from a VAT-inclusive price
 * @param netAmount the line net amount (BT-131), rounded to the currency's minor unit
 * @param vatInclusiveAmount the line amount including VAT, for invoices entered with VAT-inclusive prices
 */
public record LineAmounts(
        MonetaryAmount netPrice, MonetaryAmount netAmount, Optional<MonetaryAmount> vatInclusiveAmount) {
    /** Creates the amounts, rejecting null parts. */
    public LineAmounts {
        Objects.requireNonNull(netPrice, "netPrice");
        Objects.requireNonNull(netAmount, "netAmount");
        Objects.requireNonNull(vatInclusiveAmount, "vatInclusiveAmount");
    }
}
