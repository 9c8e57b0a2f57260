package org.echeance.core.installment;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;

/**
 * The deposit asked before the balance ("acompte"): a fixed amount or a percentage of the total.
 *
 * <p>A percentage is taken of the plan's total and rounded half-up to the currency's minor unit: 30 % of 1,000.05
 * EUR is 300.02 (300.015 rounded). A deposit larger than the total is refused when the plan is built.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Deposit permits Deposit.FixedAmount, Deposit.Percentage {
    /**
     * Returns a deposit of a fixed amount.
     *
     * <p>The amount has the sign of the plan's total: negative for a negative (credit) total.
     *
     * @param amount the deposit, in the plan's currency
     * @return the deposit
     */
    static Deposit of(MonetaryAmount amount) {
        return new FixedAmount(amount);
    }

    /**
     * Returns a deposit of a percentage of the total.
     *
     * @param percent the percentage, from 0 to 100
     * @return the deposit
     * @throws ValidationException if the percentage is negative ({@code ECH-PLAN-02}) or above 100 ({@code
     *     ECH-PLAN-07})
     */
    static Deposit ofPercent(BigDecimal percent) {
        return new Percentage(percent);
    }

    /**
     * Returns a deposit of a percentage of the total, written as a decimal such as {@code "30"} or {@code "12.5"}.
     *
     * @param percent the percentage, from 0 to 100
     * @return the deposit
     * @throws NumberFormatException if the text is not a decimal
     * @throws ValidationException if the percentage is negative ({@code ECH-PLAN-02}) or above 100 ({@code
     *     ECH-PLAN-07})
     */
    static Deposit ofPercent(String percent) {
        return new Percentage(new BigDecimal(Objects.requireNonNull(percent, "percent")));
    }

    /**
     * A deposit of a fixed amount.
     *
     * @param amount the amount, in the plan's currency and with the sign of its total
     */
    record FixedAmount(MonetaryAmount amount) implements Deposit {
        /** Creates the deposit, rejecting a null amount. */
        public FixedAmount {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A deposit of a percentage of the total, rounded half-up to the minor unit.
     *
     * @param percent the percentage, from 0 to 100, kept without trailing zeros
     */
    record Percentage(BigDecimal percent) implements Deposit {
        /**
         * Creates the deposit.
         *
         * @throws ValidationException if the percentage is negative ({@code ECH-PLAN-02}) or above 100 ({@code
         *     ECH-PLAN-07})
         */
        public Percentage {
            percent = Percents.check(percent, "plan.deposit.percent");
            if (percent.compareTo(Percents.HUNDRED) > 0) {
                throw ValidationException.of(
                        "ECH-PLAN-07",
                        "plan.deposit.percent",
                        percent.toPlainString() + " % is more than the whole total");
            }
        }
    }
}
