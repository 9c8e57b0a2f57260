package org.echeance.core.installment;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One installment of a plan built part by part: a fixed amount, a percentage of the remainder, or the balance.
 *
 * <p>The parts are read the way a payment term is meant (the lesson of OCA account-payment issue 924): the fixed
 * amounts are taken off the total first, the percentages are then percentages of what remains, and the last
 * installment is the total minus all the others. With 1,000.00 EUR, a fixed 400 and 33 %, 33 %, 34 % of the
 * remainder give 400.00, 198.00, 198.00 and 204.00, never percentages of the whole 1,000.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PlanPart permits PlanPart.Fixed, PlanPart.PercentOfRemainder, PlanPart.Balance {
    /**
     * Returns a part of a fixed amount.
     *
     * @param amount the amount, in the plan's currency and with the sign of its total
     * @return the part
     */
    static PlanPart fixed(MonetaryAmount amount) {
        return new Fixed(amount);
    }

    /**
     * Returns a part that is a percentage of the remainder: the total minus every fixed part.
     *
     * @param percent the percentage of the remainder, zero or more
     * @return the part
     * @throws org.echeance.core.validation.ValidationException if the percentage is negative ({@code ECH-PLAN-02})
     */
    static PlanPart percentOfRemainder(BigDecimal percent) {
        return new PercentOfRemainder(percent);
    }

    /**
     * Returns a part that is a percentage of the remainder, written as a decimal such as {@code "33"}.
     *
     * @param percent the percentage of the remainder, zero or more
     * @return the part
     * @throws NumberFormatException if the text is not a decimal
     * @throws org.echeance.core.validation.ValidationException if the percentage is negative ({@code ECH-PLAN-02})
     */
    static PlanPart percentOfRemainder(String percent) {
        return new PercentOfRemainder(new BigDecimal(Objects.requireNonNull(percent, "percent")));
    }

    /**
     * Returns the balance part: whatever the other parts leave, the last part of a plan.
     *
     * @return the part
     */
    static PlanPart balance() {
        return new Balance();
    }

    /**
     * A fixed amount, taken off the total before any percentage.
     *
     * @param amount the amount, in the plan's currency and with the sign of its total
     */
    record Fixed(MonetaryAmount amount) implements PlanPart {
        /** Creates the part, rejecting a null amount. */
        public Fixed {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A percentage of the remainder (the total minus every fixed part).
     *
     * @param percent the percentage, zero or more, kept without trailing zeros
     */
    record PercentOfRemainder(BigDecimal percent) implements PlanPart {
        /**
         * Creates the part.
         *
         * @throws org.echeance.core.validation.ValidationException if the percentage is negative ({@code
         *     ECH-PLAN-02})
         */
        public PercentOfRemainder {
            percent = Percents.check(percent, "plan.parts.percent");
        }
    }

    /** The balance: the total minus every other part. Only the last part of a plan may be the balance. */
    record Balance() implements PlanPart {}
}
