package org.echeance.core.terms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Payment due on the issue date, as soon as the invoice is received ("paiement à réception").
 *
 * <p>All instances are equal. This class is immutable and thread-safe.
 */
public record OnReceipt() implements PaymentTerms {
    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate");
    }

    /**
     * Returns the wording of the terms: {@code "Paiement à réception"} in French, {@code "Due on receipt"} in
     * English.
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        return Wording.isFrench(locale) ? "Paiement à réception" : "Due on receipt";
    }
}
