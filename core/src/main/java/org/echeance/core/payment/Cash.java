package org.echeance.core.payment;

/**
 * A payment in cash (espèces), handed to a cashier.
 *
 * <p>French law caps the amount a business may take in cash (Code monétaire et financier, articles L112-6 and
 * D112-3); Echeance does not know the payer's situation and leaves that check to the application.
 *
 * <p>This class is immutable and thread-safe; all instances are equal.
 */
public record Cash() implements PaymentMethod {
    /**
     * Returns {@link PaymentMeansCode#CASH} (10).
     *
     * @return the payment means code
     */
    @Override
    public PaymentMeansCode meansCode() {
        return PaymentMeansCode.CASH;
    }
}
