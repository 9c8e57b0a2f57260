package org.echeance.core.invoice;

import java.util.Arrays;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * The VAT category of a line, allowance or charge (EN 16931 BT-151, BT-95, BT-102, BT-118), from UNCL 5305.
 */
public enum VatCategory {
    /** Standard rate, code S: rate above zero. */
    STANDARD("S", "BR-S-05"),
    /** Zero rated goods, code Z: rate zero. */
    ZERO_RATED("Z", "BR-Z-05"),
    /** Exempt from VAT, code E: rate zero, exemption reason required. */
    EXEMPT("E", "BR-E-05"),
    /** VAT reverse charge, code AE: rate zero, the buyer pays the VAT. */
    REVERSE_CHARGE("AE", "BR-AE-05"),
    /** Intra-community supply of goods and services, code K: rate zero. */
    INTRA_COMMUNITY("K", "BR-IC-05"),
    /** Export outside the EU, code G: rate zero. */
    EXPORT("G", "BR-G-05"),
    /** Services outside the scope of VAT, code O: no rate at all. */
    OUTSIDE_SCOPE("O", "BR-O-05"),
    /** Canary Islands general indirect tax (IGIC), code L: rate zero or more. */
    CANARY_ISLANDS("L", "BR-AF-05"),
    /** Tax for production, services and importation in Ceuta and Melilla (IPSI), code M: rate zero or more. */
    CEUTA_MELILLA("M", "BR-AG-05");

    private final String code;
    private final String rateRule;

    VatCategory(String code, String rateRule) {
        this.code = code;
        this.rateRule = rateRule;
    }

    /**
     * Returns the UNCL 5305 code.
     *
     * @return the code, such as {@code "S"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the id of the EN 16931 rule that constrains the rate of this category.
     *
     * @return the rule id, such as {@code "BR-S-05"}
     */
    public String rateRule() {
        return rateRule;
    }

    /**
     * Checks if documents must state why no VAT is charged (BT-120 or BT-121).
     *
     * @return true for E, AE, K, G and O
     */
    public boolean requiresExemptionReason() {
        return this == EXEMPT
                || this == REVERSE_CHARGE
                || this == INTRA_COMMUNITY
                || this == EXPORT
                || this == OUTSIDE_SCOPE;
    }

    /**
     * Returns the id of the rule that requires the exemption reason in this category's breakdown.
     *
     * @return the rule id, such as {@code "BR-E-10"}
     */
    public String exemptionReasonRule() {
        return switch (this) {
            case EXEMPT -> "BR-E-10";
            case REVERSE_CHARGE -> "BR-AE-10";
            case INTRA_COMMUNITY -> "BR-IC-10";
            case EXPORT -> "BR-G-10";
            case OUTSIDE_SCOPE -> "BR-O-10";
            default -> "BR-CO-04";
        };
    }

    /**
     * Returns the category of a UNCL 5305 code.
     *
     * @param code the code, such as {@code "AE"}
     * @return the category
     * @throws ValidationException if the code is not an EN 16931 VAT category (BR-CL-17)
     */
    public static VatCategory fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values())
                .filter(c -> c.code.equals(code))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(
                        "BR-CL-17", "vatCategory", "\"" + code + "\" is not a VAT category code"));
    }
}
