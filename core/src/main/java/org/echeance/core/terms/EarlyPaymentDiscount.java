package org.echeance.core.terms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * A discount for early payment (escompte): a percentage off the amount due if the invoice is paid within a number
 * of days of its issue date.
 *
 * <p>Code de commerce L441-9 makes the invoice state its escompte terms, even when there are none: {@link #none()}
 * is that case, printed "Pas d'escompte pour paiement anticipé". A real discount has a percentage strictly between
 * 0 and 100; {@code none()} alone has 0 percent (and 0 days).
 *
 * <p>For example, {@code EarlyPaymentDiscount.of(new BigDecimal("2"), 10)} takes 2 % off an invoice paid at most
 * 10 days after its issue date: 1,200.00 EUR becomes 1,176.00 EUR.
 *
 * <p>The percentage is kept without trailing zeros, so {@code 2}, {@code 2.0} and {@code 2.00} give equal values.
 * This class is immutable and thread-safe.
 *
 * @param percent the discount in percent, above 0 and below 100 (0 only for {@link #none()})
 * @param days the number of days after the issue date within which payment earns the discount
 */
public record EarlyPaymentDiscount(BigDecimal percent, int days) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final EarlyPaymentDiscount NONE = new EarlyPaymentDiscount(BigDecimal.ZERO, 0);

    /**
     * Creates an early-payment discount.
     *
     * @throws NullPointerException if the percentage is null
     * @throws ValidationException if the percentage is not above 0 and below 100 (rule {@code ECH-TERMS-03}), or
     *     is 0 with a number of days other than 0; or if the number of days is negative or above {@link
     *     NetDays#MAX_DAYS} (rule {@code ECH-TERMS-01})
     */
    public EarlyPaymentDiscount {
        Objects.requireNonNull(percent, "percent");
        percent = Wording.strip(percent);
        NetDays.checkDays(days, "earlyPaymentDiscount.days");
        boolean isNone = percent.signum() == 0 && days == 0;
        if (!isNone && (percent.signum() <= 0 || percent.compareTo(HUNDRED) >= 0)) {
            throw ValidationException.of(
                    "ECH-TERMS-03",
                    "earlyPaymentDiscount.percent",
                    percent.toPlainString() + " is not a percentage above 0 and below 100");
        }
    }

    /**
     * Returns a discount of a percentage for payment within a number of days of the issue date.
     *
     * @param percent the discount in percent, above 0 and below 100
     * @param days the number of days, from 0 (payment on the issue date) to {@link NetDays#MAX_DAYS}
     * @return the discount
     * @throws NullPointerException if the percentage is null
     * @throws ValidationException if the percentage or the number of days is out of range
     */
    public static EarlyPaymentDiscount of(BigDecimal percent, int days) {
        return new EarlyPaymentDiscount(percent, days);
    }

    /**
     * Returns the absence of any discount, whose wording is the mention L441-9 asks for: "Pas d'escompte pour
     * paiement anticipé" / "No discount for early payment".
     *
     * @return the no-discount value, 0 percent and 0 days
     */
    public static EarlyPaymentDiscount none() {
        return NONE;
    }

    /**
     * Checks if this is the absence of a discount ({@link #none()}).
     *
     * @return true if no discount is given
     */
    public boolean isNone() {
        return percent.signum() == 0;
    }

    /**
     * Returns the last day on which a payment earns the discount: the issue date plus the number of days.
     *
     * <p>For {@link #none()} this is the issue date, though no payment earns anything.
     *
     * @param issueDate the invoice's issue date
     * @return the deadline, inclusive
     * @throws NullPointerException if the issue date is null
     */
    public LocalDate deadline(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate").plusDays(days);
    }

    /**
     * Checks if a payment made on a date earns the discount: a discount is given and the payment is not later
     * than the {@link #deadline(LocalDate) deadline}.
     *
     * @param issueDate the invoice's issue date
     * @param paymentDate the date of payment
     * @return true if the discounted amount settles the invoice
     * @throws NullPointerException if either date is null
     */
    public boolean isEarned(LocalDate issueDate, LocalDate paymentDate) {
        Objects.requireNonNull(paymentDate, "paymentDate");
        return !isNone() && !paymentDate.isAfter(deadline(issueDate));
    }

    /**
     * Returns the amount to pay when the discount is earned: the amount due less the percentage, rounded half-up to
     * the currency's minor unit.
     *
     * <p>For example, 2.5 % off 1.00 EUR is 0.975, so 0.98 EUR. {@link #none()} returns the amount due, rounded
     * the same way.
     *
     * @param due the amount due
     * @return the discounted amount, in the currency of the amount due
     * @throws NullPointerException if the amount is null
     */
    public MonetaryAmount discountedAmount(MonetaryAmount due) {
        Objects.requireNonNull(due, "due");
        CurrencyUnit currency = due.getCurrency();
        BigDecimal amount = Amounts.decimal(due);
        BigDecimal kept = HUNDRED.subtract(percent);
        return Amounts.rounded(amount.multiply(kept).divide(HUNDRED, MathContext.UNLIMITED), currency);
    }

    /**
     * Returns the amount the discount takes off: the amount due less the {@link #discountedAmount(MonetaryAmount)
     * discounted amount}, so that the two add up to the amount due (rounded to the currency) exactly.
     *
     * @param due the amount due
     * @return the discount, in the currency of the amount due; zero for {@link #none()}
     * @throws NullPointerException if the amount is null
     */
    public MonetaryAmount discount(MonetaryAmount due) {
        Objects.requireNonNull(due, "due");
        CurrencyUnit currency = due.getCurrency();
        BigDecimal rounded = Amounts.round(Amounts.decimal(due), currency);
        return Amounts.money(rounded.subtract(Amounts.decimal(discountedAmount(due))), currency);
    }

    /**
     * Returns the escompte mention printed on an invoice.
     *
     * <p>For example {@code "Escompte de 2 % pour paiement sous 10 jours"} / {@code "2% discount for payment
     * within 10 days"}; with 0 days {@code "Escompte de 3 % pour paiement comptant"} / {@code "3% discount for
     * immediate payment"}; for {@link #none()} {@code "Pas d'escompte pour paiement anticipé"} / {@code "No
     * discount for early payment"}.
     *
     * @param locale the language of the invoice
     * @return the mention, without a trailing full stop
     * @throws NullPointerException if the locale is null
     */
    public String describe(Locale locale) {
        boolean french = Wording.isFrench(locale);
        if (isNone()) {
            return french ? "Pas d'escompte pour paiement anticipé" : "No discount for early payment";
        }
        String rate = Wording.percent(percent, french);
        if (french) {
            return "Escompte de " + rate + " pour paiement "
                    + (days == 0 ? "comptant" : "sous " + Wording.days(days, true));
        }
        return rate + " discount for "
                + (days == 0 ? "immediate payment" : "payment within " + Wording.days(days, false));
    }
}
