package org.echeance.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;

/**
 * How the buyer is asked to pay an invoice (EN 16931 BG-16): the means, the remittance information and, for a
 * transfer, the account to pay into.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param means the payment means (BT-81)
 * @param remittanceInformation the text the payer quotes, such as an RF creditor reference (BT-83)
 * @param account the payee's IBAN (BT-84), for a credit transfer
 * @param accountName the account's name (BT-85)
 * @param bic the payee's bank (BT-86)
 */
public record PaymentInstructions(
        PaymentMeansCode means,
        Optional<String> remittanceInformation,
        Optional<Iban> account,
        Optional<String> accountName,
        Optional<Bic> bic) {

    /** Creates the instructions, rejecting null parts. */
    public PaymentInstructions {
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(remittanceInformation, "remittanceInformation");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(bic, "bic");
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
                Optional.of(Objects.requireNonNull(bic, "bic")));
    }

    /**
     * Returns instructions with only a payment means.
     *
     * @param means the payment means
     * @return the instructions
     */
    public static PaymentInstructions of(PaymentMeansCode means) {
        return new PaymentInstructions(means, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
