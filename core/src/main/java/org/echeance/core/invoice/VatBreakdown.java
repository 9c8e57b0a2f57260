package org.echeance.core.invoice;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One group of the VAT breakdown (EN 16931 BG-23): a VAT category and rate, its taxable amount and its VAT.
 *
 * <p>The VAT amount is the taxable amount times the rate, rounded once half-up (BR-CO-17); never a sum of
 * per-line VAT.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vatRate the category (BT-118) and rate (BT-119)
 * @param taxableAmount the VAT category taxable amount (BT-116)
 * @param vatAmount the VAT category tax amount (BT-117)
 * @param exemptionReason the exemption reason text (BT-120), if any
 * @param exemptionReasonCode the exemption reason code (BT-121), if any
 * @param vatAmountInTaxCurrency the VAT of this group in the VAT accounting currency, when it differs from the
 *     invoice currency
 */
public record VatBreakdown(
        VatRate vatRate,
        MonetaryAmount taxableAmount,
        MonetaryAmount vatAmount,
        Optional<String> exemptionReason,
        Optional<String> exemptionReasonCode,
        Optional<MonetaryAmount> vatAmountInTaxCurrency) {

    /** Creates a breakdown group, rejecting null parts. */
    public VatBreakdown {
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(taxableAmount, "taxableAmount");
        Objects.requireNonNull(vatAmount, "vatAmount");
        Objects.requireNonNull(exemptionReason, "exemptionReason");
        Objects.requireNonNull(exemptionReasonCode, "exemptionReasonCode");
        Objects.requireNonNull(vatAmountInTaxCurrency, "vatAmountInTaxCurrency");
    }
}
