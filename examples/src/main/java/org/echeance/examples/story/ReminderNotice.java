package org.echeance.examples.story;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.scheduling.reminder.Reminder;

/**
 * A reminder the story's scheduler produced, with what a letter needs beside it: the customer it is addressed to,
 * the late-payment terms of the invoice, the interest accrued on the amount due (from the second reminder on) and
 * whether the fixed recovery indemnity is claimed (on the formal notice). It maps one to one onto the {@code pdf}
 * module's reminder letter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reminder the reminder, with its rendered subject and body
 * @param customer the customer
 * @param terms the late-payment terms stated on the invoice
 * @param accruedInterest the interest accrued on the installment by the reminder's day (the overdue module's
 *     {@code LatePaymentInterest}, following its partial payments), if claimed
 * @param claimIndemnity true if the letter claims the 40 EUR recovery indemnity
 */
public record ReminderNotice(
        Reminder reminder,
        Customer customer,
        LatePaymentTerms terms,
        Optional<MonetaryAmount> accruedInterest,
        boolean claimIndemnity) {
    /** Creates a notice, rejecting null parts. */
    public ReminderNotice {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(accruedInterest, "accruedInterest");
    }
}
