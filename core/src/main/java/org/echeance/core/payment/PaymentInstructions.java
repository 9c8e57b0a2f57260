package org.echeance.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;

/**
 * How the buyer is asked to pay an invoice (EN 16931 BG-16): the means, the remittance information and, for a
 * transfer, the account to pay into (BG-17) or, for a direct debit, the mandate and the account debited (BG-19).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param means the payment means (BT-81)
 * @param remittanceInformation the text the payer quotes, such as an RF creditor reference (BT-83)
 * @param account the payee's IBAN (BT-84), for a credit transfer
 * @param accountName the account's name (BT-85)
 * @param bic the payee's bank (BT-86)
 * @param mandateReference the unique mandate reference (BT-89), for a direct debit
 * @param creditorId the SEPA creditor identifier (bank assigned creditor identifier, BT-90), for a direct debit
 * @param debitedAccount the buyer's account debited (BT-91), for a direct debit
 */
public record PaymentInstructions(
        PaymentMeansCode means,
        Optional<String> remittanceInformation,
        Optional<Iban> account,
        Optional<String> accountName,
        Optional<Bic> bic,
        Optional<String> mandateReference,
        Optional<String> creditorId,
        Optional<Iban> debitedAccount) {

    /** Creates the instructions, rejecting null parts. */
    public PaymentInstructions {
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(remittanceInformation, "remittanceInformation");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(mandateReference, "mandateReference");
        Objects.requireNonNull(creditorId, "creditorId");
        Objects.requireNonNull(debitedAccount, "debitedAccount");
    }

    /**
     * Returns instructions to pay by SEPA credit transfer into an account.
     *
     * @param iban the payee's IBAN
     * @param bic the payee's BIC
     * @param remittance the reference to quote
     * @return the instructions
     */
    public static PaymentInstructions sepaCreditTransfer(Iban iban, Bic bic, String remittance) {
        return new PaymentInstructions(
                PaymentMeansCode.SEPA_CREDIT_TRANSFER,
                Optional.of(Objects.requireNonNull(remittance, "remittance")),
                Optional.of(Objects.requireNonNull(iban, "iban")),
                Optional.empty(),
                Optional.of(Objects.requireNonNull(bic, "bic")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns instructions with only a payment means.
     *
     * @param means the payment means
     * @return the instructions
     */
    public static PaymentInstructions of(PaymentMeansCode means) {
        return new PaymentInstructions(
                means,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns the instructions that ask the buyer to pay by a payment method.
     *
     * <p>A {@link BankTransfer} gives its means code (58 for an IBAN of a SEPA country, 30 otherwise), its IBAN
     * (BT-84), its BIC (BT-86) and its RF creditor reference, in electronic form, as the remittance information
     * (BT-83). A {@link SepaDirectDebit} gives means code 59, its mandate reference (BT-89), its creditor identifier
     * (BT-90) and the debtor's IBAN as the debited account (BT-91), and no payee account. The other methods give
     * their means code only: EN 16931 has no field for a payment link's URL, and a card's last digits (BT-87) are not
     * carried here.
     *
     * <p>A bank transfer without an IBAN gives instructions without the account to pay into, which the EN 16931
     * validator reports (BR-61).
     *
     * @param method the payment method
     * @return the instructions
     * @throws NullPointerException if {@code method} is null
     */
    public static PaymentInstructions from(PaymentMethod method) {
        Objects.requireNonNull(method, "method");
        if (method instanceof BankTransfer transfer) {
            return new PaymentInstructions(
                    transfer.meansCode(),
                    transfer.creditorReference().map(Object::toString),
                    transfer.payeeIban(),
                    Optional.empty(),
                    transfer.payeeBic(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        if (method instanceof SepaDirectDebit debit) {
            return new PaymentInstructions(
                    debit.meansCode(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(debit.mandateId()),
                    Optional.of(debit.creditorId()),
                    debit.debtorIban());
        }
        return of(method.meansCode());
    }
}
