package org.echeance.core.installment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;

/**
 * One installment of a plan: its number, when it falls due and how much.
 *
 * <p>Equality compares amounts by value ({@code 9.5 EUR} equals {@code 9.50 EUR}); format an amount with {@link
 * org.echeance.core.money.Amounts#toPlainString(MonetaryAmount)} to see the currency's scale. This class is
 * immutable and thread-safe.
 *
 * @param number the installment's number, from 1, in due-date order
 * @param dueDate the date it falls due
 * @param amount the amount due, in the plan's currency
 * @param vatShares the share of each VAT group of the invoice that the installment carries, in the order of the
 *     invoice's breakdown; empty when the plan was built from a bare amount
 */
public record Installment(int number, LocalDate dueDate, MonetaryAmount amount, List<VatBreakdownShare> vatShares) {
    /**
     * Creates an installment.
     *
     * @throws ValidationException if the number is below 1 ({@code ECH-PLAN-13})
     */
    public Installment {
        if (number < 1) {
            throw ValidationException.of(
                    "ECH-PLAN-13", "installment.number", number + " is not an installment number; they start at 1");
        }
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        vatShares = List.copyOf(Objects.requireNonNull(vatShares, "vatShares"));
    }

    /**
     * Returns an installment without VAT shares.
     *
     * @param number the installment's number, from 1
     * @param dueDate the date it falls due
     * @param amount the amount due
     * @return the installment
     * @throws ValidationException if the number is below 1 ({@code ECH-PLAN-13})
     */
    public static Installment of(int number, LocalDate dueDate, MonetaryAmount amount) {
        return new Installment(number, dueDate, amount, List.of());
    }
}
