package org.echeance.examples.story;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * The demo's own late-payment interest: simple interest on an amount at an annual rate for a number of days, on a
 * 365-day year, rounded half-up to the cent.
 *
 * <p>For example 2,880.00 EUR at 12.15 % for 75 days is 2880 × 0.1215 × 75 / 365 = 71.90 EUR (71.9014 rounded).
 * It ignores the half-year rate changes of L441-10; the {@code overdue} module's interest calculation replaces it
 * once that module is available.
 */
public final class LateInterest {
    private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LateInterest() {}

    /**
     * Returns the simple interest on an amount.
     *
     * @param amount the amount paid late
     * @param annualRatePercent the annual rate in percent, such as {@code 12.15}
     * @param days the days late, zero or more
     * @return the interest, in the amount's currency, rounded half-up to its minor unit
     * @throws IllegalArgumentException if the days are negative
     */
    public static MonetaryAmount simple(MonetaryAmount amount, BigDecimal annualRatePercent, long days) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        if (days < 0) {
            throw new IllegalArgumentException("days: " + days + " is negative");
        }
        int scale = Amounts.minorUnitDigits(amount.getCurrency());
        BigDecimal interest = Amounts.decimal(amount)
                .multiply(annualRatePercent)
                .multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(DAYS_A_YEAR), scale, RoundingMode.HALF_UP);
        return Amounts.money(interest, amount.getCurrency());
    }
}
