package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * An allowance (discount) or a charge, on the whole document (EN 16931 BG-20, BG-21) or on one line (BG-27,
 * BG-28).
 *
 * <p>The amount is stated, or computed from a base amount and a percentage as {@code round(base × percentage /
 * 100)} half-up to the currency's minor unit; when all three are given they must agree. A document-level
 * allowance or charge carries a VAT rate (BR-32, BR-37); a line-level one does not (it follows its line). A
 * reason text or a reason code is required by EN 16931 (BR-33, BR-38, BR-42, BR-44); the validator checks it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind allowance or charge
 * @param amount the amount (BT-92, BT-99, BT-136, BT-141), in the currency's minor unit
 * @param baseAmount the base amount (BT-93, BT-100, BT-137, BT-142), if stated
 * @param percentage the percentage (BT-94, BT-101, BT-138, BT-143), if stated
 * @param reasonCode the reason code (UNTDID 5189 for allowances, 7161 for charges), if any
 * @param reason the reason text, if any
 * @param vatRate the VAT category and rate (BT-95/96, BT-102/103) of a document-level allowance or charge
 */
public record AllowanceCharge(
        Kind kind,
        MonetaryAmount amount,
        Optional<MonetaryAmount> baseAmount,
        Optional<BigDecimal> percentage,
        Optional<String> reasonCode,
        Optional<String> reason,
        Optional<VatRate> vatRate) {

    /** Whether the amount is taken off (allowance) or added (charge). */
    public enum Kind {
        /** An allowance: reduces the amount. */
        ALLOWANCE,
        /** A charge: increases the amount. */
        CHARGE
    }

    /**
     * Creates an allowance or charge, checking that its amount has the currency's scale and agrees with its
     * base and percentage.
     *
     * @throws ValidationException if the amount has too many decimals (BR-DEC-01, BR-DEC-05) or does not agree
     *     with base × percentage / 100
     */
    public AllowanceCharge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(baseAmount, "baseAmount");
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(vatRate, "vatRate");
        String decRule = kind == Kind.ALLOWANCE ? "BR-DEC-01" : "BR-DEC-05";
        if (!Amounts.hasCurrencyScale(Amounts.decimal(amount), amount.getCurrency())) {
            throw ValidationException.of(
                    decRule, "allowanceCharge.amount", amount + " has more decimals than its currency allows");
        }
        if (baseAmount.isPresent() && !baseAmount.get().getCurrency().equals(amount.getCurrency())) {
            throw ValidationException.of(
                    "ECH-CUR-01",
                    "allowanceCharge.baseAmount",
                    "currency " + baseAmount.get().getCurrency() + " differs from the amount's "
                            + amount.getCurrency());
        }
        if (baseAmount.isPresent() && percentage.isPresent()) {
            BigDecimal expected = expectedAmount(baseAmount.get(), percentage.get());
            if (expected.compareTo(Amounts.decimal(amount)) != 0) {
                throw ValidationException.of(
                        "ECH-AC-02",
                        "allowanceCharge.amount",
                        amount + " is not base × percentage / 100 = " + expected.toPlainString());
            }
        }
    }

    /**
     * Returns an allowance of a fixed amount.
     *
     * @param amount the amount
     * @return the allowance, without reason or VAT rate
     */
    public static AllowanceCharge allowance(MonetaryAmount amount) {
        return of(Kind.ALLOWANCE, amount);
    }

    /**
     * Returns a charge of a fixed amount.
     *
     * @param amount the amount
     * @return the charge, without reason or VAT rate
     */
    public static AllowanceCharge charge(MonetaryAmount amount) {
        return of(Kind.CHARGE, amount);
    }

    /**
     * Returns an allowance of a percentage of a base amount, rounded half-up to the currency's minor unit.
     *
     * <p>For example {@code allowanceOf(new BigDecimal("10"), Money.of(123.45, "EUR"))} is 12.35 EUR.
     *
     * @param percentage the percentage
     * @param base the base amount
     * @return the allowance
     */
    public static AllowanceCharge allowanceOf(BigDecimal percentage, MonetaryAmount base) {
        return ofPercentage(Kind.ALLOWANCE, percentage, base);
    }

    /**
     * Returns a charge of a percentage of a base amount, rounded half-up to the currency's minor unit.
     *
     * @param percentage the percentage
     * @param base the base amount
     * @return the charge
     */
    public static AllowanceCharge chargeOf(BigDecimal percentage, MonetaryAmount base) {
        return ofPercentage(Kind.CHARGE, percentage, base);
    }

    /**
     * Returns a copy with a reason code and text.
     *
     * @param code the reason code, such as {@code "95"} (discount) or {@code "FC"} (freight)
     * @param text the reason text
     * @return the copy
     */
    public AllowanceCharge withReason(String code, String text) {
        return new AllowanceCharge(
                kind,
                amount,
                baseAmount,
                percentage,
                Optional.of(Objects.requireNonNull(code, "code")),
                Optional.of(Objects.requireNonNull(text, "text")),
                vatRate);
    }

    /**
     * Returns a copy with a reason text only.
     *
     * @param text the reason text
     * @return the copy
     */
    public AllowanceCharge withReason(String text) {
        return new AllowanceCharge(
                kind,
                amount,
                baseAmount,
                percentage,
                reasonCode,
                Optional.of(Objects.requireNonNull(text, "text")),
                vatRate);
    }

    /**
     * Returns a copy with a VAT rate, as a document-level allowance or charge needs.
     *
     * @param rate the VAT category and rate
     * @return the copy
     */
    public AllowanceCharge withVatRate(VatRate rate) {
        return new AllowanceCharge(
                kind,
                amount,
                baseAmount,
                percentage,
                reasonCode,
                reason,
                Optional.of(Objects.requireNonNull(rate, "rate")));
    }

    /**
     * Checks if this is a charge.
     *
     * @return true for a charge, false for an allowance
     */
    public boolean isCharge() {
        return kind == Kind.CHARGE;
    }

    /**
     * Returns the amount with the sign it has on the total: negative for an allowance.
     *
     * @return the signed amount as a decimal
     */
    public BigDecimal signedAmount() {
        BigDecimal value = Amounts.decimal(amount);
        return isCharge() ? value : value.negate();
    }

    private static AllowanceCharge of(Kind kind, MonetaryAmount amount) {
        return new AllowanceCharge(
                kind, amount, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AllowanceCharge ofPercentage(Kind kind, BigDecimal percentage, MonetaryAmount base) {
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(base, "base");
        MonetaryAmount amount = Amounts.money(expectedAmount(base, percentage), base.getCurrency());
        return new AllowanceCharge(
                kind,
                amount,
                Optional.of(base),
                Optional.of(percentage),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static BigDecimal expectedAmount(MonetaryAmount base, BigDecimal percentage) {
        return Amounts.round(Amounts.decimal(base).multiply(percentage).movePointLeft(2), base.getCurrency());
    }
}
