package org.echeance.core.terms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When an invoice must be paid, as agreed with the customer: the rule that turns an issue date into a due date.
 *
 * <p>A closed family of the term shapes used in France and the EU:
 *
 * <ul>
 *   <li>{@link NetDays}: a number of days after the issue date ("30 jours net");
 *   <li>{@link EndOfMonth}: end of month, with days before or after it ("45 jours fin de mois", both readings);
 *   <li>{@link FixedDayOfNextMonth}: a day of the month after the issue date ("le 10 du mois suivant");
 *   <li>{@link OnReceipt}: on the issue date ("paiement à réception");
 *   <li>{@link CashOnDelivery}: on the delivery date ("paiement à la livraison");
 *   <li>{@link Prepayment}: before delivery ("paiement d'avance").
 * </ul>
 *
 * <p>Every due date is on or after the issue date (BR-FR-CO-07). Early-payment discounts ({@link
 * EarlyPaymentDiscount}) and late-payment penalties ({@link LatePaymentTerms}) are separate values printed next to
 * the terms; {@link FrenchPaymentTermsCap} checks the legal cap of Code de commerce L441-10 I.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PaymentTerms
        permits NetDays, EndOfMonth, FixedDayOfNextMonth, OnReceipt, CashOnDelivery, Prepayment, InstallmentTerms {
    /**
     * Returns the due date of an invoice issued on a date.
     *
     * @param issueDate the invoice's issue date
     * @return the due date, on or after the issue date
     * @throws NullPointerException if the issue date is null
     */
    LocalDate dueDate(LocalDate issueDate);

    /**
     * Returns the due date of an invoice issued on a date for goods or services delivered on another date.
     *
     * <p>Only {@link CashOnDelivery} depends on the delivery date; every other term ignores it and returns {@link
     * #dueDate(LocalDate)}.
     *
     * @param issueDate the invoice's issue date
     * @param deliveryDate the delivery date, if known
     * @return the due date, on or after the issue date
     * @throws NullPointerException if either argument is null
     */
    default LocalDate dueDate(LocalDate issueDate, Optional<LocalDate> deliveryDate) {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        return dueDate(issueDate);
    }

    /**
     * Checks if the customer pays before the goods or services are delivered.
     *
     * @return true for {@link Prepayment}, false for every other term
     */
    default boolean isPrepayment() {
        return false;
    }

    /**
     * Returns the wording of the terms as printed on an invoice.
     *
     * <p>The wording is French for a French-language locale and English for any other locale; for example, {@code
     * PaymentTerms.net(30).describe(Locale.FRANCE)} is {@code "30 jours net"}.
     *
     * @param locale the language of the invoice
     * @return the wording, one line without a trailing full stop
     * @throws NullPointerException if the locale is null
     */
    String describe(Locale locale);

    /**
     * Returns net terms of a number of days after the issue date.
     *
     * @param days the number of days, from 0 to {@link NetDays#MAX_DAYS}
     * @return the terms
     * @throws org.echeance.core.validation.ValidationException if the number of days is out of range
     */
    static PaymentTerms net(int days) {
        return new NetDays(days);
    }

    /**
     * Returns terms due on the issue date ("paiement à réception").
     *
     * @return the terms
     */
    static PaymentTerms onReceipt() {
        return new OnReceipt();
    }

    /**
     * Returns terms due on the delivery date ("paiement à la livraison").
     *
     * @return the terms
     */
    static PaymentTerms cashOnDelivery() {
        return new CashOnDelivery();
    }

    /**
     * Returns terms of payment before delivery ("paiement d'avance").
     *
     * @return the terms
     */
    static PaymentTerms prepayment() {
        return new Prepayment();
    }
}
