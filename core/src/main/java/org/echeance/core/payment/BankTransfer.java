package org.echeance.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;

/**
 * A credit transfer (virement): the payer orders their bank to move money into the payee's account, quoting a
 * reference so that the payee can match it to the invoice.
 *
 * <p>Every part may be absent: a bank statement line may name neither the payee's account nor a structured
 * reference, and a free-text reference travels as the payment's {@linkplain Payment#payerReference() payer
 * reference}. The {@linkplain #meansCode() means code} is SEPA credit transfer (58) when the payee's IBAN is from a
 * country in the SEPA schemes' scope, and credit transfer (30) otherwise, including when the IBAN is unknown.
 *
 * <p>The SEPA countries, from the EPC list of SEPA scheme countries (EPC409-09) as of 2025, by ISO 3166 code: the EU
 * member states AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE,
 * SI, SK; the EEA states IS, LI, NO; AD, CH, GB, MC, SM, VA; GI, GG, IM, JE; AL, ME, MD, MK, RS (who joined in 2024
 * and 2025); and the territories with codes of their own AX, BL, GF, GP, MF, MQ, PM, RE, YT.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param payeeIban the account paid into (EN 16931 BT-84)
 * @param payeeBic the bank of that account (BT-86)
 * @param creditorReference the structured reference the payer quotes (ISO 11649), such as {@code RF18539007547034}
 */
public record BankTransfer(
        Optional<Iban> payeeIban, Optional<Bic> payeeBic, Optional<RfCreditorReference> creditorReference)
        implements PaymentMethod {

    /**
     * Creates a bank transfer.
     *
     * @throws NullPointerException if a part is null; an absent part is an empty {@code Optional}
     */
    public BankTransfer {
        Objects.requireNonNull(payeeIban, "payeeIban");
        Objects.requireNonNull(payeeBic, "payeeBic");
        Objects.requireNonNull(creditorReference, "creditorReference");
    }

    /**
     * Returns a transfer into an account, quoting an RF creditor reference.
     *
     * @param payeeIban the account paid into
     * @param payeeBic the bank of that account
     * @param creditorReference the reference the payer quotes
     * @return the transfer
     * @throws NullPointerException if an argument is null
     */
    public static BankTransfer of(Iban payeeIban, Bic payeeBic, RfCreditorReference creditorReference) {
        return new BankTransfer(
                Optional.of(Objects.requireNonNull(payeeIban, "payeeIban")),
                Optional.of(Objects.requireNonNull(payeeBic, "payeeBic")),
                Optional.of(Objects.requireNonNull(creditorReference, "creditorReference")));
    }

    /**
     * Returns a transfer known only by the RF creditor reference it quotes, as a bank statement often reports it.
     *
     * @param creditorReference the reference the payer quoted
     * @return the transfer, without account or bank
     * @throws NullPointerException if {@code creditorReference} is null
     */
    public static BankTransfer ofReference(RfCreditorReference creditorReference) {
        return new BankTransfer(
                Optional.empty(),
                Optional.empty(),
                Optional.of(Objects.requireNonNull(creditorReference, "creditorReference")));
    }

    /**
     * Checks if the payee's account is in the SEPA schemes' scope, judged by its IBAN country code.
     *
     * <p>The currency is not part of this value: a SEPA credit transfer is in euro, and the caller that knows the
     * invoice's currency decides whether another currency still goes as a plain credit transfer.
     *
     * @return true if the IBAN is known and its country is a SEPA country
     */
    public boolean isSepa() {
        return payeeIban
                .filter(iban -> SepaCountries.contains(iban.countryCode()))
                .isPresent();
    }

    /**
     * Returns {@link PaymentMeansCode#SEPA_CREDIT_TRANSFER} (58) for an IBAN of a SEPA country, {@link
     * PaymentMeansCode#CREDIT_TRANSFER} (30) otherwise.
     *
     * @return the payment means code
     */
    @Override
    public PaymentMeansCode meansCode() {
        return isSepa() ? PaymentMeansCode.SEPA_CREDIT_TRANSFER : PaymentMeansCode.CREDIT_TRANSFER;
    }
}
