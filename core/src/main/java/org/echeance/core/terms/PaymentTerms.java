package org.echeance.core.terms;

import java.time.LocalDate;

/**
 * When an invoice must be paid, as agreed with the customer: the rule that turns an issue date into a due date.
 *
 * <p>A closed family: {@link NetDays} today; the other French and EU term shapes (end of month, fixed day,
 * installments…) join it as further permitted types.
 */
public sealed interface PaymentTerms permits NetDays {
    /**
     * Returns the due date of an invoice issued on a date.
     *
     * @param issueDate the invoice's issue date
     * @return the due date, on or after the issue date
     */
    LocalDate dueDate(LocalDate issueDate);

    /**
     * Returns net terms of a number of days after the issue date.
     *
     * @param days the number of days, zero or more
     * @return the terms
     */
    static PaymentTerms net(int days) {
        return new NetDays(days);
    }
}
