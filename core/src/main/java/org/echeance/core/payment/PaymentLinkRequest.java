package org.echeance.core.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * What a {@link PaymentLinkProvider} needs to create the link a customer pays an invoice through.
 *
 * <p>The seller and the invoice number together name the invoice: invoice numbers are unique per seller only, so
 * two companies in one application may both have an invoice {@code FA-2026-00042}.
 *
 * <p>The rules: the seller id and the invoice number have 1 to 200 characters and no control character
 * (ECH-PAY-09); the amount is positive (ECH-PAY-01) with no more decimals than its currency's minor unit
 * (ECH-PAY-02); the customer's email address, when given, is a valid address and is kept in its normalised form,
 * the domain lower-cased.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sellerId the application's id of the seller who issued the invoice
 * @param invoiceNumber the invoice number (EN 16931 BT-1)
 * @param amount the amount to pay through the link, usually the amount due (BT-115)
 * @param dueDate the day the payment is due (BT-9)
 * @param customerEmail the address the provider may prefill or send its receipt to
 */
public record PaymentLinkRequest(
        String sellerId,
        String invoiceNumber,
        MonetaryAmount amount,
        LocalDate dueDate,
        Optional<String> customerEmail) {

    private static final int MAX_ID_LENGTH = 200;

    /**
     * Creates a request, normalising the email address.
     *
     * @throws NullPointerException if a part is null; an absent email address is an empty {@code Optional}
     * @throws ValidationException with every violation found: a blank, too long or control-character seller id or
     *     invoice number (ECH-PAY-09), an amount that is not positive (ECH-PAY-01) or finer than its currency's minor
     *     unit (ECH-PAY-02)
     * @throws InvalidIdentifierException if the email address is not valid
     */
    public PaymentLinkRequest {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(customerEmail, "customerEmail");
        List<Violation> violations = new ArrayList<>();
        PaymentTexts.textViolation(sellerId, "sellerId", MAX_ID_LENGTH).ifPresent(violations::add);
        PaymentTexts.textViolation(invoiceNumber, "invoiceNumber", MAX_ID_LENGTH)
                .ifPresent(violations::add);
        PaymentTexts.amountViolation(amount, "amount").ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        customerEmail = customerEmail.map(email -> EmailAddress.parse(email).toString());
    }

    /**
     * Returns a request without the customer's email address.
     *
     * @param sellerId the application's id of the seller
     * @param invoiceNumber the invoice number
     * @param amount the amount to pay
     * @param dueDate the due date
     * @return the request
     * @throws NullPointerException if an argument is null
     * @throws ValidationException as the canonical constructor does
     */
    public static PaymentLinkRequest of(
            String sellerId, String invoiceNumber, MonetaryAmount amount, LocalDate dueDate) {
        return new PaymentLinkRequest(sellerId, invoiceNumber, amount, dueDate, Optional.empty());
    }
}
