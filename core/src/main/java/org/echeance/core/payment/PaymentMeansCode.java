package org.echeance.core.payment;

import java.util.Arrays;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * How a payment is made, as a UNTDID 4461 payment means code (EN 16931 BT-81).
 */
public enum PaymentMeansCode {
    /** Cash, code 10. */
    CASH("10"),
    /** Cheque, code 20. */
    CHEQUE("20"),
    /** Credit transfer (non-SEPA), code 30. */
    CREDIT_TRANSFER("30"),
    /** Payment by bank card, code 48. */
    BANK_CARD("48"),
    /** Direct debit (non-SEPA), code 49. */
    DIRECT_DEBIT("49"),
    /** SEPA credit transfer, code 58. */
    SEPA_CREDIT_TRANSFER("58"),
    /** SEPA direct debit, code 59. */
    SEPA_DIRECT_DEBIT("59"),
    /** Online payment service (a payment link), code 68. */
    ONLINE_PAYMENT_SERVICE("68");

    private final String code;

    PaymentMeansCode(String code) {
        this.code = code;
    }

    /**
     * Returns the UNTDID 4461 code.
     *
     * @return the code, such as {@code "58"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the payment means of a code.
     *
     * @param code the UNTDID 4461 code
     * @return the payment means
     * @throws ValidationException if Echeance does not support the code (BR-CL-16)
     */
    public static PaymentMeansCode fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values())
                .filter(m -> m.code.equals(code))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(
                        "BR-CL-16", "paymentMeans", "\"" + code + "\" is not a supported payment means code"));
    }
}
