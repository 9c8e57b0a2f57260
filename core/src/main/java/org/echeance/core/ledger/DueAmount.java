package org.echeance.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;

/**
 * An amount of an invoice that falls due on a date: the whole invoice, or one installment of its plan.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param installmentNumber the installment's number, from 1 (1 for an invoice paid at once)
 * @param dueDate the due date
 * @param amount the amount, not negative
 */
public record DueAmount(int installmentNumber, LocalDate dueDate, MonetaryAmount amount) {
    /**
     * Creates a due amount.
     *
     * @throws ValidationException if the number is below 1 or the amount is negative
     */
    public DueAmount {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (installmentNumber < 1) {
            throw ValidationException.of(
                    "ECH-LEDGER-01", "installmentNumber", installmentNumber + " is not an installment number (from 1)");
        }
        if (amount.isNegative()) {
            throw ValidationException.of("ECH-LEDGER-01", "amount", amount + " is negative");
        }
    }
}
