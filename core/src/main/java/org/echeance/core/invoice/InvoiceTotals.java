package org.echeance.core.invoice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The computed amounts of an invoice (EN 16931 BG-22 document totals, BG-23 VAT breakdown and BT-131 per line).
 *
 * <p>Never typed in: an invoice computes them from its lines, allowances and charges, in the order and with
 * the rounding the standard prescribes (each line net amount rounded first, then sums, then VAT per category
 * rounded once), so that BR-CO-10 to BR-CO-17 hold exactly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lines the amounts of each line, in line order
 * @param allowanceChargeNetAmounts the net amount of each document-level allowance or charge, in their order
 *     (as entered, or derived from a VAT-inclusive amount)
 * @param sumOfLineNetAmounts sum of invoice line net amounts (BT-106)
 * @param allowanceTotal sum of allowances on document level (BT-107)
 * @param chargeTotal sum of charges on document level (BT-108)
 * @param taxExclusiveAmount invoice total amount without VAT (BT-109)
 * @param vatBreakdown the VAT breakdown (BG-23), ordered by category and then by decreasing rate
 * @param vatTotal invoice total VAT amount (BT-110)
 * @param vatTotalInTaxCurrency invoice total VAT amount in accounting currency (BT-111), when one is set
 * @param taxInclusiveAmount invoice total amount with VAT (BT-112)
 * @param prepaidAmount paid amount (BT-113)
 * @param roundingAmount rounding amount (BT-114)
 * @param amountDue amount due for payment (BT-115)
 */
public record InvoiceTotals(
        List<LineAmounts> lines,
        List<MonetaryAmount> allowanceChargeNetAmounts,
        MonetaryAmount sumOfLineNetAmounts,
        MonetaryAmount allowanceTotal,
        MonetaryAmount chargeTotal,
        MonetaryAmount taxExclusiveAmount,
        List<VatBreakdown> vatBreakdown,
        MonetaryAmount vatTotal,
        Optional<MonetaryAmount> vatTotalInTaxCurrency,
        MonetaryAmount taxInclusiveAmount,
        MonetaryAmount prepaidAmount,
        MonetaryAmount roundingAmount,
        MonetaryAmount amountDue) {

    /** Creates the totals, rejecting null parts and copying the lists. */
    public InvoiceTotals {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        allowanceChargeNetAmounts =
                List.copyOf(Objects.requireNonNull(allowanceChargeNetAmounts, "allowanceChargeNetAmounts"));
        Objects.requireNonNull(sumOfLineNetAmounts, "sumOfLineNetAmounts");
        Objects.requireNonNull(allowanceTotal, "allowanceTotal");
        Objects.requireNonNull(chargeTotal, "chargeTotal");
        Objects.requireNonNull(taxExclusiveAmount, "taxExclusiveAmount");
        vatBreakdown = List.copyOf(Objects.requireNonNull(vatBreakdown, "vatBreakdown"));
        Objects.requireNonNull(vatTotal, "vatTotal");
        Objects.requireNonNull(vatTotalInTaxCurrency, "vatTotalInTaxCurrency");
        Objects.requireNonNull(taxInclusiveAmount, "taxInclusiveAmount");
        Objects.requireNonNull(prepaidAmount, "prepaidAmount");
        Objects.requireNonNull(roundingAmount, "roundingAmount");
        Objects.requireNonNull(amountDue, "amountDue");
    }

    /**
     * Returns the breakdown group of a VAT rate.
     *
     * @param rate the VAT category and rate
     * @return the group, or empty if no line, allowance or charge has that rate
     */
    public Optional<VatBreakdown> breakdownOf(VatRate rate) {
        Objects.requireNonNull(rate, "rate");
        return vatBreakdown.stream().filter(b -> b.vatRate().equals(rate)).findFirst();
    }
}
