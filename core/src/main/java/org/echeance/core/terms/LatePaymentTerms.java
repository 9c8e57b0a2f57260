package org.echeance.core.terms;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * What a late payer owes, as printed on the invoice: the annual rate of the late-payment penalties and the
 * indemnité forfaitaire pour frais de recouvrement (fixed recovery indemnity).
 *
 * <p>Code de commerce L441-10 II sets the French rules (see also the Late Payment Directive 2011/7/EU):
 *
 * <ul>
 *   <li>the default rate is the European Central Bank's main refinancing rate plus 10 points ({@link
 *       #frenchDefault(BigDecimal)}); the ECB rate of 1 January applies from January to June, that of 1 July from
 *       July to December, and the caller passes the right one;
 *   <li>a contractual rate may not be below 3 times the statutory interest rate ({@link
 *       #validateFrenchFloor(BigDecimal)}, rule {@code FR-L441-10-II});
 *   <li>between businesses, each late invoice also owes a fixed indemnity of 40 EUR (D441-5, {@link
 *       #FRENCH_RECOVERY_INDEMNITY}); a consumer never owes it, so it is optional ({@link
 *       #ofConsumer(BigDecimal)}).
 * </ul>
 *
 * <p>Penalties run from the day after the due date with no reminder needed. This value only states the terms;
 * computing interest on an overdue invoice belongs to the {@code overdue} module.
 *
 * <p>The rate is kept without trailing zeros, so {@code 12.15} and {@code 12.150} give equal values; indemnities
 * compare by value ({@code 40 EUR} equals {@code 40.00 EUR}). This class is immutable and thread-safe.
 *
 * @param annualRatePercent the annual rate of the penalties in percent, from 0 to {@link #MAX_RATE_PERCENT}
 * @param recoveryIndemnity the fixed recovery indemnity, positive, empty for a consumer
 */
public record LatePaymentTerms(BigDecimal annualRatePercent, Optional<MonetaryAmount> recoveryIndemnity) {
    /** The points French law adds to the ECB main refinancing rate for the default penalty rate (L441-10 II). */
    public static final BigDecimal FRENCH_MARGIN_POINTS = BigDecimal.TEN;

    /** The fixed recovery indemnity between businesses in France: 40 EUR per late invoice (D441-5). */
    public static final MonetaryAmount FRENCH_RECOVERY_INDEMNITY =
            Amounts.money(BigDecimal.valueOf(40), Monetary.getCurrency("EUR"));

    /** The highest annual rate accepted, in percent, to catch typos such as 1215 for 12.15. */
    public static final BigDecimal MAX_RATE_PERCENT = BigDecimal.valueOf(100);

    private static final BigDecimal FLOOR_FACTOR = BigDecimal.valueOf(3);

    /**
     * Creates late-payment terms.
     *
     * @throws NullPointerException if either part is null
     * @throws ValidationException if the rate is negative or above {@link #MAX_RATE_PERCENT} (rule {@code
     *     ECH-TERMS-04}), or the indemnity is zero or negative (rule {@code ECH-TERMS-05})
     */
    public LatePaymentTerms {
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        Objects.requireNonNull(recoveryIndemnity, "recoveryIndemnity");
        annualRatePercent = Wording.strip(annualRatePercent);
        if (annualRatePercent.signum() < 0 || annualRatePercent.compareTo(MAX_RATE_PERCENT) > 0) {
            throw ValidationException.of(
                    "ECH-TERMS-04",
                    "latePaymentTerms.annualRatePercent",
                    annualRatePercent.toPlainString() + " is not an annual rate from 0 to " + MAX_RATE_PERCENT
                            + " percent");
        }
        if (recoveryIndemnity.isPresent() && !recoveryIndemnity.get().isPositive()) {
            throw ValidationException.of(
                    "ECH-TERMS-05",
                    "latePaymentTerms.recoveryIndemnity",
                    Amounts.toPlainString(recoveryIndemnity.get()) + " "
                            + recoveryIndemnity.get().getCurrency().getCurrencyCode()
                            + " is not a positive amount");
        }
    }

    /**
     * Returns the French default terms between businesses: the ECB main refinancing rate plus 10 points, and the
     * 40 EUR recovery indemnity.
     *
     * <p>For example, with the ECB rate at 2.15 %, {@code frenchDefault(new BigDecimal("2.15"))} has a rate of
     * 12.15 %.
     *
     * @param ecbRefinancingRatePercent the ECB main refinancing rate in percent, of 1 January for an invoice due
     *     from January to June, of 1 July otherwise
     * @return the terms
     * @throws NullPointerException if the rate is null
     * @throws ValidationException if the resulting rate is out of range
     */
    public static LatePaymentTerms frenchDefault(BigDecimal ecbRefinancingRatePercent) {
        Objects.requireNonNull(ecbRefinancingRatePercent, "ecbRefinancingRatePercent");
        return of(ecbRefinancingRatePercent.add(FRENCH_MARGIN_POINTS), FRENCH_RECOVERY_INDEMNITY);
    }

    /**
     * Returns terms between businesses with a rate and a recovery indemnity.
     *
     * @param annualRatePercent the annual penalty rate in percent
     * @param recoveryIndemnity the fixed recovery indemnity, usually {@link #FRENCH_RECOVERY_INDEMNITY}
     * @return the terms
     * @throws NullPointerException if either argument is null
     * @throws ValidationException if the rate or the indemnity is out of range
     */
    public static LatePaymentTerms of(BigDecimal annualRatePercent, MonetaryAmount recoveryIndemnity) {
        Objects.requireNonNull(recoveryIndemnity, "recoveryIndemnity");
        return new LatePaymentTerms(annualRatePercent, Optional.of(recoveryIndemnity));
    }

    /**
     * Returns terms between businesses with a contractual rate, checked against the French legal floor.
     *
     * @param annualRatePercent the annual penalty rate in percent
     * @param recoveryIndemnity the fixed recovery indemnity
     * @param legalInterestRatePercent the statutory interest rate (taux de l'intérêt légal) in percent
     * @return the terms
     * @throws NullPointerException if any argument is null
     * @throws ValidationException if the rate or the indemnity is out of range, or the rate is below 3 times the
     *     legal interest rate (rule {@code FR-L441-10-II})
     * @see #validateFrenchFloor(BigDecimal)
     */
    public static LatePaymentTerms of(
            BigDecimal annualRatePercent, MonetaryAmount recoveryIndemnity, BigDecimal legalInterestRatePercent) {
        return of(annualRatePercent, recoveryIndemnity).validateFrenchFloor(legalInterestRatePercent);
    }

    /**
     * Returns terms for a consumer: a penalty rate and no recovery indemnity, which a consumer never owes.
     *
     * @param annualRatePercent the annual penalty rate in percent
     * @return the terms
     * @throws NullPointerException if the rate is null
     * @throws ValidationException if the rate is out of range
     */
    public static LatePaymentTerms ofConsumer(BigDecimal annualRatePercent) {
        return new LatePaymentTerms(annualRatePercent, Optional.empty());
    }

    /**
     * Returns a copy of these terms without the recovery indemnity, for a consumer.
     *
     * @return the terms with the same rate and no indemnity
     */
    public LatePaymentTerms withoutRecoveryIndemnity() {
        return new LatePaymentTerms(annualRatePercent, Optional.empty());
    }

    /**
     * Checks the rate against the French legal floor: at least 3 times the statutory interest rate (Code de
     * commerce L441-10 II).
     *
     * <p>For example, with a legal interest rate of 2.5 %, a rate of 7.5 % passes and 7.49 % fails.
     *
     * @param legalInterestRatePercent the statutory interest rate (taux de l'intérêt légal) in percent; France
     *     publishes one for creditors who are professionals and one for the others, each half-year
     * @return these terms, to chain
     * @throws NullPointerException if the legal rate is null
     * @throws ValidationException if the legal rate is negative (rule {@code ECH-TERMS-06}), or the rate is below 3
     *     times it (rule {@code FR-L441-10-II})
     */
    public LatePaymentTerms validateFrenchFloor(BigDecimal legalInterestRatePercent) {
        Objects.requireNonNull(legalInterestRatePercent, "legalInterestRatePercent");
        if (legalInterestRatePercent.signum() < 0) {
            throw ValidationException.of(
                    "ECH-TERMS-06",
                    "legalInterestRatePercent",
                    legalInterestRatePercent.toPlainString() + " is a negative interest rate");
        }
        BigDecimal floor = Wording.strip(legalInterestRatePercent.multiply(FLOOR_FACTOR));
        if (annualRatePercent.compareTo(floor) < 0) {
            throw ValidationException.of(
                    "FR-L441-10-II",
                    "latePaymentTerms.annualRatePercent",
                    annualRatePercent.toPlainString() + " percent is below " + floor.toPlainString()
                            + " percent, 3 times the legal interest rate of "
                            + Wording.strip(legalInterestRatePercent).toPlainString()
                            + " percent (Code de commerce L441-10 II)");
        }
        return this;
    }

    /**
     * Returns the late-payment penalty mention printed on an invoice.
     *
     * <p>For example {@code "Pénalités de retard : 12,15 % l'an, exigibles dès le jour suivant la date d'échéance
     * sans qu'un rappel soit nécessaire"} / {@code "Late payment penalties: 12.15% a year, due from the day after
     * the due date without any reminder"}.
     *
     * @param locale the language of the invoice
     * @return the mention, without a trailing full stop
     * @throws NullPointerException if the locale is null
     */
    public String penaltyMention(Locale locale) {
        boolean french = Wording.isFrench(locale);
        String rate = Wording.percent(annualRatePercent, french);
        if (french) {
            return "Pénalités de retard : " + rate + " l'an, exigibles dès le jour suivant la date d'échéance"
                    + " sans qu'un rappel soit nécessaire";
        }
        return "Late payment penalties: " + rate + " a year, due from the day after the due date without any reminder";
    }

    /**
     * Returns the recovery indemnity mention printed on an invoice between businesses.
     *
     * <p>For example {@code "Indemnité forfaitaire pour frais de recouvrement : 40 EUR"} / {@code "Fixed
     * compensation for recovery costs: 40 EUR"}.
     *
     * @param locale the language of the invoice
     * @return the mention, empty when there is no indemnity (a consumer)
     * @throws NullPointerException if the locale is null
     */
    public Optional<String> recoveryIndemnityMention(Locale locale) {
        boolean french = Wording.isFrench(locale);
        return recoveryIndemnity.map(amount -> (french
                        ? "Indemnité forfaitaire pour frais de recouvrement : "
                        : "Fixed compensation for recovery costs: ")
                + Wording.amount(amount, french));
    }

    /**
     * Returns the legal mentions printed on an invoice: the {@link #penaltyMention(Locale) penalty mention}, then,
     * between businesses, the {@link #recoveryIndemnityMention(Locale) recovery indemnity mention}, one per line
     * (separated by {@code "\n"}).
     *
     * @param locale the language of the invoice
     * @return the mentions, without trailing full stops or line break
     * @throws NullPointerException if the locale is null
     */
    public String describe(Locale locale) {
        String penalty = penaltyMention(locale);
        return recoveryIndemnityMention(locale)
                .map(indemnity -> penalty + "\n" + indemnity)
                .orElse(penalty);
    }
}
