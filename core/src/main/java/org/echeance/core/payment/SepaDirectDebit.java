package org.echeance.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.Iban;
import org.echeance.core.validation.ValidationException;

/**
 * A SEPA direct debit (prélèvement SEPA): the creditor collects from the debtor's account under a mandate the debtor
 * signed.
 *
 * <p>A mandate is identified by the pair of the creditor identifier and the unique mandate reference. The rules:
 *
 * <ul>
 *   <li>the mandate reference ({@code mandateId}, SEPA AT-01, EN 16931 BT-89) has 1 to 35 characters of the SEPA
 *       character set: letters A-Z and a-z, digits, space and {@code / - ? : ( ) . , ' +}; it neither starts nor ends
 *       with a space or a {@code /}, and has no {@code //}; it is kept as given;
 *   <li>the creditor identifier ({@code creditorId}, SEPA AT-02, EN 16931 BT-90) is a country code of the SEPA
 *       schemes, two check digits, a three-character creditor business code ({@code ZZZ} when unused) and the national
 *       identifier, 8 to 35 letters and digits; French identifiers (ICS) have 13 characters, German 18 and Spanish 16.
 *       Its check digits are ISO 7064 MOD 97-10, computed like an IBAN's over the national identifier followed by the
 *       country code and {@code 00}, the business code left out. Spaces are removed and letters upper-cased, so
 *       {@code "fr72 zzz 123456"} is kept as {@code FR72ZZZ123456};
 *   <li>the debtor's account ({@code debtorIban}, EN 16931 BT-91), when known, is in a SEPA country.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mandateId the unique mandate reference, such as {@code MANDAT-2026-0042}
 * @param creditorId the SEPA creditor identifier, such as {@code FR72ZZZ123456}
 * @param sequenceType where this collection stands in the mandate's life
 * @param debtorIban the account debited, if known
 */
public record SepaDirectDebit(String mandateId, String creditorId, SequenceType sequenceType, Optional<Iban> debtorIban)
        implements PaymentMethod {

    private static final int MAX_MANDATE_LENGTH = 35;
    private static final String MANDATE_CHARACTERS = "/-?:().,'+ ";

    /**
     * Creates a SEPA direct debit, normalising the creditor identifier to upper case without spaces.
     *
     * @throws NullPointerException if a part is null
     * @throws ValidationException if the mandate reference breaks the rules above (ECH-PAY-04), the creditor
     *     identifier is malformed, outside SEPA or fails its check digits (ECH-PAY-05), or the debtor's IBAN is from a
     *     country outside SEPA (ECH-PAY-06)
     */
    public SepaDirectDebit {
        Objects.requireNonNull(mandateId, "mandateId");
        Objects.requireNonNull(creditorId, "creditorId");
        Objects.requireNonNull(sequenceType, "sequenceType");
        Objects.requireNonNull(debtorIban, "debtorIban");
        checkMandateId(mandateId);
        creditorId = SepaCreditorIds.normalise(creditorId, "creditorId");
        if (debtorIban.isPresent() && !SepaCountries.contains(debtorIban.get().countryCode())) {
            throw ValidationException.of(
                    "ECH-PAY-06",
                    "debtorIban",
                    debtorIban.get() + " is from " + debtorIban.get().countryCode()
                            + ", outside the SEPA schemes; a SEPA direct debit collects from a SEPA account");
        }
    }

    /**
     * Returns a collection under a mandate from an account not yet known.
     *
     * @param mandateId the unique mandate reference
     * @param creditorId the SEPA creditor identifier
     * @param sequenceType where this collection stands in the mandate's life
     * @return the direct debit
     * @throws NullPointerException if an argument is null
     * @throws ValidationException as the canonical constructor does
     */
    public static SepaDirectDebit of(String mandateId, String creditorId, SequenceType sequenceType) {
        return new SepaDirectDebit(mandateId, creditorId, sequenceType, Optional.empty());
    }

    private static void checkMandateId(String mandateId) {
        String quoted = PaymentTexts.quote(mandateId);
        if (mandateId.isEmpty()) {
            throw ValidationException.of("ECH-PAY-04", "mandateId", quoted + " is empty");
        }
        if (mandateId.length() > MAX_MANDATE_LENGTH) {
            throw ValidationException.of(
                    "ECH-PAY-04",
                    "mandateId",
                    quoted + " has " + mandateId.length() + " characters, more than " + MAX_MANDATE_LENGTH);
        }
        for (int i = 0; i < mandateId.length(); i++) {
            char c = mandateId.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || MANDATE_CHARACTERS.indexOf(c) >= 0;
            if (!allowed) {
                throw ValidationException.of(
                        "ECH-PAY-04",
                        "mandateId",
                        quoted + " contains " + PaymentTexts.describe(mandateId, i)
                                + ", outside the SEPA character set");
            }
        }
        if (mandateId.startsWith(" ") || mandateId.endsWith(" ")) {
            throw ValidationException.of("ECH-PAY-04", "mandateId", quoted + " starts or ends with a space");
        }
        if (mandateId.startsWith("/") || mandateId.endsWith("/") || mandateId.contains("//")) {
            throw ValidationException.of(
                    "ECH-PAY-04",
                    "mandateId",
                    quoted + " starts or ends with '/' or contains '//', which SEPA refuses");
        }
    }

    /**
     * Returns a copy of this direct debit with another sequence type, for example {@link SequenceType#RCUR} for the
     * collections after the first.
     *
     * @param type the sequence type
     * @return the copy
     * @throws NullPointerException if {@code type} is null
     */
    public SepaDirectDebit withSequenceType(SequenceType type) {
        return new SepaDirectDebit(mandateId, creditorId, type, debtorIban);
    }

    /**
     * Returns the creditor business code: characters 5 to 7 of the creditor identifier, {@code ZZZ} when unused.
     *
     * @return the three-character business code
     */
    public String creditorBusinessCode() {
        return creditorId.substring(4, 7);
    }

    /**
     * Returns {@link PaymentMeansCode#SEPA_DIRECT_DEBIT} (59).
     *
     * @return the payment means code
     */
    @Override
    public PaymentMeansCode meansCode() {
        return PaymentMeansCode.SEPA_DIRECT_DEBIT;
    }
}
