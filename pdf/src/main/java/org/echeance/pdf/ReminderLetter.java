package org.echeance.pdf;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.party.Party;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.scheduling.reminder.Reminder;

/**
 * A reminder to print as a letter: the reminder the scheduling engine produced (amount due, deadline, text), the
 * customer it is addressed to and, when they apply, the late-payment terms, the interest accrued and whether the
 * fixed recovery indemnity is claimed.
 *
 * <p>The letter prints a table of what is claimed: the amount due, the interest (computed by the caller, such as
 * the overdue module, at the terms' rate), the recovery indemnity of the terms when {@code claimIndemnity} is set and
 * the reminder is late, and the reminder's fee; then the total and the deadline. This class is immutable and
 * thread-safe.
 *
 * @param reminder the reminder
 * @param customer the customer, whose name and address head the letter
 * @param lateTerms the late-payment terms of the invoice, if any; their penalty mention is printed
 * @param interest the late-payment interest accrued on the amount due, if claimed
 * @param claimIndemnity whether the terms' fixed recovery indemnity is claimed (it is owed once per late invoice,
 *     so claim it on one letter)
 */
public record ReminderLetter(
        Reminder reminder,
        Party customer,
        Optional<LatePaymentTerms> lateTerms,
        Optional<MonetaryAmount> interest,
        boolean claimIndemnity) {

    /**
     * Creates a letter.
     *
     * @throws NullPointerException if a part is null
     * @throws CurrencyMismatchException if the interest is not in the reminder's currency
     */
    public ReminderLetter {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(lateTerms, "lateTerms");
        Objects.requireNonNull(interest, "interest");
        interest.ifPresent(i -> {
            if (!i.getCurrency().equals(reminder.amountDue().getCurrency())) {
                throw new CurrencyMismatchException(
                        "interest", i.getCurrency(), reminder.amountDue().getCurrency());
            }
        });
    }

    /**
     * Returns a letter for a reminder with no terms, interest or indemnity.
     *
     * @param reminder the reminder
     * @param customer the customer
     * @return the letter
     */
    public static ReminderLetter of(Reminder reminder, Party customer) {
        return new ReminderLetter(reminder, customer, Optional.empty(), Optional.empty(), false);
    }

    /**
     * Returns a copy of this letter that states late-payment terms and claims what they give: the interest passed
     * and, when the terms have one, the fixed recovery indemnity.
     *
     * @param terms the late-payment terms
     * @param accruedInterest the interest accrued on the amount due, if any
     * @return the letter
     */
    public ReminderLetter withLatePayment(LatePaymentTerms terms, Optional<MonetaryAmount> accruedInterest) {
        return new ReminderLetter(
                reminder,
                customer,
                Optional.of(Objects.requireNonNull(terms, "terms")),
                accruedInterest,
                terms.recoveryIndemnity().isPresent());
    }
}
