package org.echeance.overdue.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.validation.ValidationException;

/**
 * The annual penalty rates in force over time: one rate from a day on, until the next.
 *
 * <p>French law (Code de commerce L441-10 II) takes the ECB main refinancing rate plus 10 points, the rate of 1
 * January applying from January to June and that of 1 July from July to December: {@link #frenchDefault(List)}
 * builds that schedule with {@link LatePaymentTerms#frenchDefault(BigDecimal)}. A contractual rate stated on the
 * invoice is one rate for the whole delay ({@link #fixed(LatePaymentTerms)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param periods the periods, with strictly increasing start days
 */
public record PenaltyRates(List<RatePeriod> periods) {
    /**
     * Creates a schedule.
     *
     * @throws ValidationException if there is no period or the start days do not strictly increase ({@code
     *     ECH-OVERDUE-30}), or a rate is out of the range {@link LatePaymentTerms} accepts ({@code ECH-TERMS-04})
     */
    public PenaltyRates {
        periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        if (periods.isEmpty()) {
            throw ValidationException.of("ECH-OVERDUE-30", "periods", "[] has no rate");
        }
        for (int i = 0; i < periods.size(); i++) {
            LatePaymentTerms.ofConsumer(periods.get(i).annualRatePercent());
            if (i > 0 && !periods.get(i).from().isAfter(periods.get(i - 1).from())) {
                throw ValidationException.of(
                        "ECH-OVERDUE-30",
                        "periods[" + i + "].from",
                        periods.get(i).from() + " is not after the previous start "
                                + periods.get(i - 1).from());
            }
        }
    }

    /**
     * Returns one rate for every day: the rate of late-payment terms.
     *
     * @param terms the terms stated on the invoice
     * @return the schedule
     */
    public static PenaltyRates fixed(LatePaymentTerms terms) {
        Objects.requireNonNull(terms, "terms");
        return new PenaltyRates(List.of(new RatePeriod(LocalDate.MIN, terms.annualRatePercent())));
    }

    /**
     * Returns the French default schedule from the ECB main refinancing rates of 1 January and 1 July: each rate
     * plus 10 points applies for its half-year.
     *
     * <p>For example, with the ECB rate at 2.15 % on 1 July 2025 and on 1 January 2026, the penalty rate is 12.15 %
     * from 1 July 2025 on.
     *
     * @param ecbRates the ECB rates, each starting on 1 January or 1 July, in increasing order
     * @return the schedule
     * @throws ValidationException if a period does not start on 1 January or 1 July ({@code ECH-OVERDUE-30})
     */
    public static PenaltyRates frenchDefault(List<RatePeriod> ecbRates) {
        Objects.requireNonNull(ecbRates, "ecbRates");
        List<RatePeriod> periods = new ArrayList<>();
        for (int i = 0; i < ecbRates.size(); i++) {
            RatePeriod ecb = ecbRates.get(i);
            boolean halfYear = ecb.from().getDayOfMonth() == 1
                    && (ecb.from().getMonth() == Month.JANUARY || ecb.from().getMonth() == Month.JULY);
            if (!halfYear) {
                throw ValidationException.of(
                        "ECH-OVERDUE-30",
                        "ecbRates[" + i + "].from",
                        ecb.from() + " is not 1 January or 1 July; the French rate is fixed per half-year"
                                + " (L441-10 II)");
            }
            periods.add(new RatePeriod(
                    ecb.from(),
                    LatePaymentTerms.frenchDefault(ecb.annualRatePercent()).annualRatePercent()));
        }
        return new PenaltyRates(periods);
    }

    /**
     * Returns the rate in force on a day.
     *
     * @param day the day
     * @return the rate in percent, or empty before the first period
     */
    public Optional<BigDecimal> rateOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        BigDecimal rate = null;
        for (RatePeriod period : periods) {
            if (!period.from().isAfter(day)) {
                rate = period.annualRatePercent();
            }
        }
        return Optional.ofNullable(rate);
    }
}
