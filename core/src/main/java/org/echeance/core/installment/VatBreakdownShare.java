package org.echeance.core.installment;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.validation.ValidationException;

/**
 * One VAT group's amounts within an installment: the part of the invoice's VAT breakdown group (EN 16931 BG-23)
 * that the installment carries.
 *
 * <p>Used where VAT falls due on payment (French "TVA sur les encaissements" for services): each installment
 * says how much taxable amount and VAT of each rate it pays. Within a plan, the shares of one group sum exactly
 * to the invoice's group, column by column.
 *
 * <p>Equality compares amounts by value ({@code 9.5 EUR} equals {@code 9.50 EUR}). This class is immutable and
 * thread-safe.
 *
 * @param vatRate the VAT category (BT-118) and rate (BT-119) of the group
 * @param taxableAmount the share of the group's taxable amount (BT-116)
 * @param vatAmount the share of the group's VAT amount (BT-117)
 */
public record VatBreakdownShare(VatRate vatRate, MonetaryAmount taxableAmount, MonetaryAmount vatAmount) {
    /**
     * Creates a share.
     *
     * @throws ValidationException if the two amounts are in different currencies ({@code ECH-CUR-01})
     */
    public VatBreakdownShare {
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(taxableAmount, "taxableAmount");
        Objects.requireNonNull(vatAmount, "vatAmount");
        if (!vatAmount.getCurrency().equals(taxableAmount.getCurrency())) {
            throw ValidationException.of(
                    "ECH-CUR-01",
                    "vatAmount",
                    "currency " + vatAmount.getCurrency() + " does not match the taxable amount's currency "
                            + taxableAmount.getCurrency());
        }
    }

    /**
     * Returns the whole of an invoice's breakdown group as a share.
     *
     * @param group the breakdown group
     * @return its VAT rate, taxable amount and VAT amount
     */
    public static VatBreakdownShare from(VatBreakdown group) {
        Objects.requireNonNull(group, "group");
        return new VatBreakdownShare(group.vatRate(), group.taxableAmount(), group.vatAmount());
    }
}
