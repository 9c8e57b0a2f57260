package org.echeance.einvoice.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The totals a document states (EN 16931 BG-22 and the VAT breakdown BG-23), as written, kept beside the totals
 * Echeance recomputes so that a reader can report every difference.
 *
 * <p>The VAT total in the invoice currency (BT-110) and in the VAT accounting currency (BT-111) are told apart by
 * the currency each amount carries, never by their order in the document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sumOfLineNetAmounts sum of invoice line net amounts (BT-106), if stated
 * @param allowanceTotal sum of allowances on document level (BT-107), if stated
 * @param chargeTotal sum of charges on document level (BT-108), if stated
 * @param taxExclusiveAmount invoice total amount without VAT (BT-109), if stated
 * @param vatTotal invoice total VAT amount (BT-110), if stated
 * @param vatTotalInTaxCurrency invoice total VAT amount in accounting currency (BT-111), if stated
 * @param taxInclusiveAmount invoice total amount with VAT (BT-112), if stated
 * @param prepaidAmount paid amount (BT-113), if stated
 * @param roundingAmount rounding amount (BT-114), if stated
 * @param amountDue amount due for payment (BT-115), if stated
 * @param vatBreakdown the VAT breakdown groups, in document order
 */
public record StatedTotals(
        Optional<MonetaryAmount> sumOfLineNetAmounts,
        Optional<MonetaryAmount> allowanceTotal,
        Optional<MonetaryAmount> chargeTotal,
        Optional<MonetaryAmount> taxExclusiveAmount,
        Optional<MonetaryAmount> vatTotal,
        Optional<MonetaryAmount> vatTotalInTaxCurrency,
        Optional<MonetaryAmount> taxInclusiveAmount,
        Optional<MonetaryAmount> prepaidAmount,
        Optional<MonetaryAmount> roundingAmount,
        Optional<MonetaryAmount> amountDue,
        List<StatedVatGroup> vatBreakdown) {

    /** Creates the stated totals, rejecting null parts and copying the list. */
    public StatedTotals {
        Objects.requireNonNull(sumOfLineNetAmounts, "sumOfLineNetAmounts");
        Objects.requireNonNull(allowanceTotal, "allowanceTotal");
        Objects.requireNonNull(chargeTotal, "chargeTotal");
        Objects.requireNonNull(taxExclusiveAmount, "taxExclusiveAmount");
        Objects.requireNonNull(vatTotal, "vatTotal");
        Objects.requireNonNull(vatTotalInTaxCurrency, "vatTotalInTaxCurrency");
        Objects.requireNonNull(taxInclusiveAmount, "taxInclusiveAmount");
        Objects.requireNonNull(prepaidAmount, "prepaidAmount");
        Objects.requireNonNull(roundingAmount, "roundingAmount");
        Objects.requireNonNull(amountDue, "amountDue");
        vatBreakdown = List.copyOf(Objects.requireNonNull(vatBreakdown, "vatBreakdown"));
    }

    /**
     * Returns a stated document total by its business term.
     *
     * <p>For example {@code amount("BT-109")} is the total without VAT.
     *
     * @param businessTerm one of {@code BT-106} to {@code BT-115}
     * @return the amount, if the document states it
     * @throws IllegalArgumentException if the term is not a document total
     */
    public Optional<MonetaryAmount> amount(String businessTerm) {
        Objects.requireNonNull(businessTerm, "businessTerm");
        Optional<MonetaryAmount> found = Map.of(
                        "BT-106", sumOfLineNetAmounts,
                        "BT-107", allowanceTotal,
                        "BT-108", chargeTotal,
                        "BT-109", taxExclusiveAmount,
                        "BT-110", vatTotal,
                        "BT-111", vatTotalInTaxCurrency,
                        "BT-112", taxInclusiveAmount,
                        "BT-113", prepaidAmount,
                        "BT-114", roundingAmount,
                        "BT-115", amountDue)
                .get(businessTerm);
        if (found == null) {
            throw new IllegalArgumentException(businessTerm + " is not a document total (BT-106 to BT-115)");
        }
        return found;
    }
}
