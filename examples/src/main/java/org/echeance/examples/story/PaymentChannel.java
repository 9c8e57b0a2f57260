package org.echeance.examples.story;

import java.net.URI;
import org.echeance.core.customer.Customer;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.payment.BankTransfer;
import org.echeance.core.payment.Card;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Cheque;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.payment.PaymentMethod;
import org.echeance.core.payment.SepaDirectDebit;
import org.echeance.core.payment.SequenceType;

/**
 * How a customer of the story sends its money: each channel gives the {@link PaymentMethod} of a payment as the
 * bank, the payment service provider or the cashier would report it.
 */
public enum PaymentChannel {
    /** A SEPA credit transfer quoting the customer's RF creditor reference. */
    BANK_TRANSFER(PaymentMeansCode.SEPA_CREDIT_TRANSFER),
    /** A SEPA direct debit under the customer's mandate, collected on the due date. */
    DIRECT_DEBIT(PaymentMeansCode.SEPA_DIRECT_DEBIT),
    /** A card payment at the counter or online. */
    CARD(PaymentMeansCode.BANK_CARD),
    /** A cheque sent by post. */
    CHEQUE(PaymentMeansCode.CHEQUE),
    /** Cash at the office. */
    CASH(PaymentMeansCode.CASH),
    /** A payment page whose link is on the invoice. */
    PAYMENT_LINK(PaymentMeansCode.ONLINE_PAYMENT_SERVICE);

    /** The seller's SEPA creditor identifier (ICS), fictitious but valid. */
    public static final String CREDITOR_ID = "FR72ZZZ123456";

    private final PaymentMeansCode meansCode;

    PaymentChannel(PaymentMeansCode meansCode) {
        this.meansCode = meansCode;
    }

    /**
     * Returns the payment means code printed on the customer's invoices (BT-81).
     *
     * @return the code
     */
    public PaymentMeansCode meansCode() {
        return meansCode;
    }

    /**
     * Returns the customer's RF creditor reference, built from its customer number.
     *
     * @param customer the customer
     * @return the reference
     */
    public static RfCreditorReference reference(Customer customer) {
        return RfCreditorReference.of(customer.customerNumber());
    }

    /**
     * Returns the customer's SEPA mandate reference.
     *
     * @param customer the customer
     * @return the mandate reference
     */
    public static String mandate(Customer customer) {
        return "MDT-" + customer.customerNumber();
    }

    /**
     * Returns the method of one payment through this channel.
     *
     * @param customer the customer who pays
     * @param invoiceNumber the invoice paid, quoted where the channel carries a reference
     * @param sequence the payment's number, for cheque numbers and card digits
     * @param firstDebit true if this is the first collection under the mandate
     * @return the method
     */
    public PaymentMethod method(Customer customer, String invoiceNumber, long sequence, boolean firstDebit) {
        switch (this) {
            case BANK_TRANSFER:
                return BankTransfer.ofReference(reference(customer));
            case DIRECT_DEBIT:
                return SepaDirectDebit.of(
                        mandate(customer), CREDITOR_ID, firstDebit ? SequenceType.FRST : SequenceType.RCUR);
            case CARD:
                return Card.of(
                        String.format("%04d", 1000 + sequence % 9000), sequence % 3 == 0 ? "Mastercard" : "Visa");
            case CHEQUE:
                return Cheque.of(String.format("%07d", 4_200_000 + sequence));
            case CASH:
                return new Cash();
            case PAYMENT_LINK:
                return PaymentLink.of(URI.create("https://pay.atelier-durand.example/i/" + invoiceNumber));
            default:
                throw new IllegalStateException("unknown channel " + this);
        }
    }
}
