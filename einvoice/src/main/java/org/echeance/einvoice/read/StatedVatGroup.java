package org.echeance.einvoice.read;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One group of the VAT breakdown as a document states it (EN 16931 BG-23), before any check.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param categoryCode the VAT category code as written (BT-118), such as {@code "S"}
 * @param percent the rate as written (BT-119), if stated
 * @param taxableAmount the VAT category taxable amount (BT-116), if stated
 * @param vatAmount the VAT category tax amount (BT-117), if stated
 * @param exemptionReason the exemption reason text (BT-120), if stated
 * @param exemptionReasonCode the exemption reason code (BT-121), if stated
 */
public record StatedVatGroup(
        String categoryCode,
        Optional<BigDecimal> percent,
        Optional<MonetaryAmount> taxableAmount,
        Optional<MonetaryAmount> vatAmount,
        Optional<String> exemptionReason,
        Optional<String> exemptionReasonCode) {

    /** Creates a group, rejecting null parts. */
    public StatedVatGroup {
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(taxableAmount, "taxableAmount");
        Objects.requireNonNull(vatAmount, "vatAmount");
        Objects.requireNonNull(exemptionReason, "exemptionReason");
        Objects.requireNonNull(exemptionReasonCode, "exemptionReasonCode");
    }

    /**
     * Returns the group's key as {@code CATEGORY RATE %}, the way {@link org.echeance.core.invoice.VatRate} prints
     * itself, such as {@code "S 25 %"}; a missing rate counts as zero.
     *
     * @return the key
     */
    public String key() {
        BigDecimal rate = percent.orElse(BigDecimal.ZERO).stripTrailingZeros();
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
        return categoryCode + " " + rate.toPlainString() + " %";
    }
}
