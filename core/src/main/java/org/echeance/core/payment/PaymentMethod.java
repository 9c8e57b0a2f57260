package org.echeance.core.payment;

/**
 * How a customer pays or paid: the closed family of payment methods Echeance knows, each with the details that
 * identify it.
 *
 * <p>A payment method describes both sides of a payment: on an invoice, how the seller asks to be paid (see {@link
 * PaymentInstructions#from(PaymentMethod)}); on a {@link Payment}, how the money came in, as the bank, the payment
 * service provider or the cashier reports it. The members are {@link BankTransfer}, {@link SepaDirectDebit}, {@link
 * Card}, {@link Cheque}, {@link Cash} and {@link PaymentLink}; each checks its parts when it is built.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PaymentMethod permits BankTransfer, SepaDirectDebit, Card, Cheque, Cash, PaymentLink {
    /**
     * Returns the payment means code of this method (UNTDID 4461, EN 16931 BT-81).
     *
     * <p>For example, a transfer to a French IBAN is {@link PaymentMeansCode#SEPA_CREDIT_TRANSFER} (58) and a card
     * payment {@link PaymentMeansCode#BANK_CARD} (48).
     *
     * @return the payment means code
     */
    PaymentMeansCode meansCode();
}
