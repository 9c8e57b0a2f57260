package org.echeance.core.installment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/** Checks and normalises the percentages of plan shapes. */
final class Percents {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percents() {}

    /**
     * Checks a percentage is not negative and returns it without trailing zeros.
     *
     * @throws ValidationException if it is negative (rule {@code ECH-PLAN-02})
     */
    static BigDecimal check(BigDecimal percent, String path) {
        Objects.requireNonNull(percent, path);
        if (percent.signum() < 0) {
            throw ValidationException.of(
                    "ECH-PLAN-02", path, percent.toPlainString() + " % is negative; a share is zero or more");
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns the sum of percentages. */
    static BigDecimal sum(List<BigDecimal> percents) {
        return percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
