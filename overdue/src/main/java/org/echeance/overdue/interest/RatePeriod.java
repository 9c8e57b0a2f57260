package org.echeance.overdue.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An annual penalty rate in force from a day on, until the next period of a {@link PenaltyRates} schedule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the first day the rate applies
 * @param annualRatePercent the annual rate in percent, for example {@code 12.15}
 */
public record RatePeriod(LocalDate from, BigDecimal annualRatePercent) {
    /**
     * Creates a rate period.
     *
     * @throws NullPointerException if a part is null
     */
    public RatePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    }
}
