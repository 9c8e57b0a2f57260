package org.echeance.core.terms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Payment in advance: the invoice is due on its issue date and the goods or services are delivered only after
 * the payment ("paiement d'avance").
 *
 * <p>Typical of a pro forma or deposit invoice, or a shop that ships once paid. All instances are equal. This
 * class is immutable and thread-safe.
 */
public record Prepayment() implements PaymentTerms {
    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate");
    }

    /**
     * Checks if the customer pays before delivery: always true.
     *
     * @return true
     */
    @Override
    public boolean isPrepayment() {
        return true;
    }

    /**
     * Returns the wording of the terms: {@code "Paiement d'avance, avant livraison"} in French, {@code "Payment in
     * advance, before delivery"} in English.
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        return Wording.isFrench(locale) ? "Paiement d'avance, avant livraison" : "Payment in advance, before delivery";
    }
}
