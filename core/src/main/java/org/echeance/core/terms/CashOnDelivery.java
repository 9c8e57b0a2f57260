package org.echeance.core.terms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Payment due when the goods are delivered ("paiement à la livraison").
 *
 * <p>The due date is the delivery date when it is known, else the issue date. An invoice issued after the delivery
 * is due on its issue date: a due date never comes before the issue date (BR-FR-CO-07).
 *
 * <p>All instances are equal. This class is immutable and thread-safe.
 */
public record CashOnDelivery() implements PaymentTerms {
    /**
     * Returns the issue date: without a delivery date, the invoice is due when issued.
     *
     * @param issueDate the invoice's issue date
     * @return the issue date
     * @throws NullPointerException if the issue date is null
     */
    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate");
    }

    /**
     * Returns the delivery date, or the issue date when the delivery date is unknown or before it.
     *
     * <p>For example, issued on 10 March 2026 and delivered on 13 March 2026, the invoice is due on 13 March 2026.
     *
     * @param issueDate the invoice's issue date
     * @param deliveryDate the delivery date, if known
     * @return the later of the two dates
     * @throws NullPointerException if either argument is null
     */
    @Override
    public LocalDate dueDate(LocalDate issueDate, Optional<LocalDate> deliveryDate) {
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        return deliveryDate.filter(delivery -> delivery.isAfter(issueDate)).orElse(issueDate);
    }

    /**
     * Returns the wording of the terms: {@code "Paiement à la livraison"} in French, {@code "Cash on delivery"} in
     * English.
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        return Wording.isFrench(locale) ? "Paiement à la livraison" : "Cash on delivery";
    }
}
