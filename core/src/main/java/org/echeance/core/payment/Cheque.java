package org.echeance.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A payment by cheque (chèque), known by its number and the bank it is drawn on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param chequeNumber the number printed on the cheque, such as {@code "0001234"}, at most 35 characters
 * @param bank the bank the cheque is drawn on, at most 140 characters
 */
public record Cheque(Optional<String> chequeNumber, Optional<String> bank) implements PaymentMethod {
    private static final int MAX_NUMBER_LENGTH = 35;
    private static final int MAX_BANK_LENGTH = 140;

    /**
     * Creates a cheque payment.
     *
     * @throws NullPointerException if a part is null; an absent part is an empty {@code Optional}
     * @throws ValidationException if a part is blank, has a control character or is too long (ECH-PAY-09)
     */
    public Cheque {
        PaymentTexts.optional(chequeNumber, "chequeNumber", MAX_NUMBER_LENGTH);
        PaymentTexts.optional(bank, "bank", MAX_BANK_LENGTH);
    }

    /**
     * Returns a cheque payment known by its number.
     *
     * @param chequeNumber the number printed on the cheque
     * @return the cheque payment
     * @throws NullPointerException if {@code chequeNumber} is null
     * @throws ValidationException as the canonical constructor does
     */
    public static Cheque of(String chequeNumber) {
        return new Cheque(Optional.of(Objects.requireNonNull(chequeNumber, "chequeNumber")), Optional.empty());
    }

    /**
     * Returns {@link PaymentMeansCode#CHEQUE} (20).
     *
     * @return the payment means code
     */
    @Override
    public PaymentMeansCode meansCode() {
        return PaymentMeansCode.CHEQUE;
    }
}
