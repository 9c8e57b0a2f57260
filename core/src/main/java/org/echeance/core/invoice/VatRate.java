package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * A VAT category with its rate in percent: the key of the VAT breakdown (EN 16931 BG-23, BT-118 and BT-119).
 *
 * <p>The rate is kept without trailing zeros, so {@code 20}, {@code 20.0} and {@code 20.00} are one rate and
 * one breakdown group. Each category's rate rule is checked: standard rate above zero (BR-S-05), zero for Z,
 * E, AE, K and G, none for O (stored as zero; writers omit it), zero or more for L and M.
 *
 * <p>For example {@code VatRate.standard("20")} or {@code VatRate.of(VatCategory.EXEMPT, BigDecimal.ZERO)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category the VAT category
 * @param percent the rate in percent, such as {@code 5.5}
 */
public record VatRate(VatCategory category, BigDecimal percent) {
    /**
     * Creates a rate, checking it against its category's rule.
     *
     * @throws ValidationException if the rate breaks the category's rule
     */
    public VatRate {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(percent, "percent");
        percent = normalise(percent);
        boolean ok = switch (category) {
            case STANDARD -> percent.signum() > 0;
            case CANARY_ISLANDS, CEUTA_MELILLA -> percent.signum() >= 0;
            default -> percent.signum() == 0;
        };
        if (!ok || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw ValidationException.of(
                    category.rateRule(),
                    "vatRate",
                    "rate " + percent.toPlainString() + " % is not allowed for VAT category " + category.code());
        }
    }

    /**
     * Returns a rate of a category.
     *
     * @param category the category
     * @param percent the rate in percent
     * @return the rate
     */
    public static VatRate of(VatCategory category, BigDecimal percent) {
        return new VatRate(category, percent);
    }

    /**
     * Returns a standard rate (category S).
     *
     * @param percent the rate in percent, such as {@code "20"} or {@code "5.5"}
     * @return the rate
     */
    public static VatRate standard(String percent) {
        return new VatRate(VatCategory.STANDARD, new BigDecimal(percent));
    }

    /**
     * Returns the zero rate of a category whose rate is always zero (Z, E, AE, K, G, O).
     *
     * @param category the category
     * @return the rate
     */
    public static VatRate zero(VatCategory category) {
        return new VatRate(category, BigDecimal.ZERO);
    }

    /**
     * Returns the rate as a fraction, for example {@code 0.2} for 20 %.
     *
     * @return the rate divided by 100
     */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    @Override
    public String toString() {
        return category.code() + " " + percent.toPlainString() + " %";
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
