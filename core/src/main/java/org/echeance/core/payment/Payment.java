package org.echeance.core.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * A payment received from a customer, as a bank statement, a payment service provider (PSP) or a cashier reports it:
 * when, how much, how, and what the payer quoted.
 *
 * <p><b>Idempotency.</b> Banks and PSPs deliver their reports at least once: a webhook is retried, a statement file is
 * imported twice. The {@code idempotencyKey} names the report so that it is recorded once. Take it from the source,
 * never generate it: the PSP's transaction id (for example a Stripe charge id), the bank's entry reference, the
 * cashier's receipt number. Reuse the same key on retry; replaying a key returns the first result and changes
 * nothing. Keys are compared exactly, character for character; the ledger that records payments keeps them and
 * implements the replay.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>the idempotency key has 1 to 200 characters (Unicode code points), no control character and no space at
 *       either end, since {@code "tx_1"} and {@code "tx_1 "} would be two different keys (ECH-PAY-03);
 *   <li>the amount is positive (ECH-PAY-01): a refund or a reversal is its own ledger entry, not a negative payment;
 *       and it has no more decimals than its currency's minor unit, 2 for EUR (ECH-PAY-02);
 *   <li>the payer reference, the free text the payer quoted (SEPA unstructured remittance information), has 1 to 140
 *       characters and no control character (ECH-PAY-09).
 * </ul>
 *
 * <p>Two payments are equal when all their parts are; amounts compare by value, so {@code 9.5 EUR} equals {@code 9.50
 * EUR}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param idempotencyKey the key that identifies this report, such as the PSP transaction id
 * @param receivedOn the day the money was received (the value date on a bank statement)
 * @param amount the amount received
 * @param method how the money came in
 * @param payerReference the reference the payer quoted, such as an invoice number or an RF creditor reference
 */
public record Payment(
        String idempotencyKey,
        LocalDate receivedOn,
        MonetaryAmount amount,
        PaymentMethod method,
        Optional<String> payerReference) {

    private static final int MAX_KEY_LENGTH = 200;
    private static final int MAX_REFERENCE_LENGTH = 140;

    /**
     * Creates a payment.
     *
     * @throws NullPointerException if a part is null; an absent payer reference is an empty {@code Optional}
     * @throws ValidationException with every violation found: the amount is zero or negative (ECH-PAY-01) or finer
     *     than its currency's minor unit (ECH-PAY-02); the idempotency key is blank, longer than 200 characters, has a control character
     *     or a space at either end (ECH-PAY-03); the payer reference is blank, has a control character or more
     *     than 140 characters (ECH-PAY-09)
     */
    public Payment {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(payerReference, "payerReference");
        List<Violation> violations = new ArrayList<>();
        keyViolation(idempotencyKey).ifPresent(violations::add);
        PaymentTexts.amountViolation(amount, "amount").ifPresent(violations::add);
        payerReference
                .flatMap(reference -> PaymentTexts.textViolation(reference, "payerReference", MAX_REFERENCE_LENGTH))
                .ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Returns a payment received by bank transfer quoting an RF creditor reference; the reference is also the payer
     * reference, in its electronic form.
     *
     * <p>For example, {@code bankTransfer("BQ-2026-03-02-0017", date, Money.of(2880, "EUR"),
     * RfCreditorReference.of("FA-2026-00042"))}.
     *
     * @param idempotencyKey the key that identifies this report, such as the bank's entry reference
     * @param receivedOn the day the money was received
     * @param amount the amount received
     * @param reference the RF creditor reference the payer quoted
     * @return the payment
     * @throws NullPointerException if an argument is null
     * @throws ValidationException as the canonical constructor does
     */
    public static Payment bankTransfer(
            String idempotencyKey, LocalDate receivedOn, MonetaryAmount amount, RfCreditorReference reference) {
        Objects.requireNonNull(reference, "reference");
        return new Payment(
                idempotencyKey,
                receivedOn,
                amount,
                BankTransfer.ofReference(reference),
                Optional.of(reference.toString()));
    }

    /**
     * Returns a payment without a payer reference.
     *
     * @param idempotencyKey the key that identifies this report, such as the PSP transaction id
     * @param receivedOn the day the money was received
     * @param amount the amount received
     * @param method how the money came in
     * @return the payment
     * @throws NullPointerException if an argument is null
     * @throws ValidationException as the canonical constructor does
     */
    public static Payment of(String idempotencyKey, LocalDate receivedOn, MonetaryAmount amount, PaymentMethod method) {
        return new Payment(idempotencyKey, receivedOn, amount, method, Optional.empty());
    }

    /**
     * Returns a copy of this payment with the reference the payer quoted.
     *
     * @param reference the reference, such as an invoice number
     * @return the copy
     * @throws NullPointerException if {@code reference} is null
     * @throws ValidationException if the reference is blank, has a control character or more than 140 characters
     *     (ECH-PAY-09)
     */
    public Payment withPayerReference(String reference) {
        Objects.requireNonNull(reference, "reference");
        return new Payment(idempotencyKey, receivedOn, amount, method, Optional.of(reference));
    }

    private static Optional<Violation> keyViolation(String key) {
        String quoted = PaymentTexts.quote(key);
        if (key.isBlank()) {
            return Optional.of(new Violation("ECH-PAY-03", "idempotencyKey", quoted + " is blank"));
        }
        int length = key.codePointCount(0, key.length());
        if (length > MAX_KEY_LENGTH) {
            return Optional.of(new Violation(
                    "ECH-PAY-03",
                    "idempotencyKey",
                    quoted + " has " + length + " characters, more than " + MAX_KEY_LENGTH));
        }
        int control = PaymentTexts.firstControl(key);
        if (control >= 0) {
            return Optional.of(new Violation(
                    "ECH-PAY-03",
                    "idempotencyKey",
                    quoted + " contains " + PaymentTexts.describe(key, control) + ", a control character"));
        }
        if (!key.strip().equals(key)) {
            return Optional.of(new Violation(
                    "ECH-PAY-03",
                    "idempotencyKey",
                    quoted + " starts or ends with a space; the key must be the source's id exactly"));
        }
        return Optional.empty();
    }
}
