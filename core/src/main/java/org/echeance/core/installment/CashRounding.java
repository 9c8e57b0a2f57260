package org.echeance.core.installment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * A cash rounding rule: amounts paid in cash are multiples of an increment, such as 0.05 CHF or 1.00 NOK.
 *
 * <p>The rounding is one single step from the exact value to the increment: 0.499 NOK rounds to 0 with an
 * increment of 1.00 half-up, never first to 0.50 and then to 1 (the double rounding of Moneta issue 421).
 *
 * <p>For example {@code CashRounding.of(new BigDecimal("0.05"), RoundingMode.HALF_UP).round(new
 * BigDecimal("123.7456"))} is {@code 123.75}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param increment the smallest amount paid in cash, positive, such as {@code 0.05}
 * @param mode how values between two multiples are rounded; never {@link RoundingMode#UNNECESSARY}
 */
public record CashRounding(BigDecimal increment, RoundingMode mode) {
    /**
     * Creates a cash rounding rule.
     *
     * @throws ValidationException if the increment is not positive or the mode is {@code UNNECESSARY} (rule
     *     {@code ECH-PLAN-12})
     */
    public CashRounding {
        Objects.requireNonNull(increment, "increment");
        Objects.requireNonNull(mode, "mode");
        if (increment.signum() <= 0) {
            throw ValidationException.of(
                    "ECH-PLAN-12",
                    "plan.cashRounding.increment",
                    increment.toPlainString() + " is not a positive increment");
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw ValidationException.of(
                    "ECH-PLAN-12", "plan.cashRounding.mode", "UNNECESSARY does not round to an increment");
        }
        BigDecimal stripped = increment.stripTrailingZeros();
        increment = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Returns a cash rounding rule.
     *
     * @param increment the increment, positive
     * @param mode the rounding mode
     * @return the rule
     * @throws ValidationException if the increment is not positive or the mode is {@code UNNECESSARY} (rule
     *     {@code ECH-PLAN-12})
     */
    public static CashRounding of(BigDecimal increment, RoundingMode mode) {
        return new CashRounding(increment, mode);
    }

    /**
     * Returns the Swiss rule: multiples of 0.05, half-up (Rappenrundung).
     *
     * @return the rule with increment 0.05 and mode {@link RoundingMode#HALF_UP}
     */
    public static CashRounding swissFrancs() {
        return new CashRounding(new BigDecimal("0.05"), RoundingMode.HALF_UP);
    }

    /**
     * Rounds a value, in one step, to a multiple of the increment.
     *
     * @param value the exact value
     * @return the multiple of the increment, with the increment's scale
     */
    public BigDecimal round(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.divide(increment, 0, mode).multiply(increment);
    }

    @Override
    public String toString() {
        return increment.toPlainString() + " " + mode;
    }
}
