package org.echeance.json.internal;

import org.echeance.core.payment.BankTransfer;
import org.echeance.core.payment.Card;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Cheque;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentMethod;
import org.echeance.core.payment.SepaDirectDebit;

/** Codecs of payments, payment methods and payment instructions. */
public final class PaymentCodecs {
    private PaymentCodecs() {}

    /** Payment instructions (BG-16). */
    public static final ObjectCodec<PaymentInstructions> PAYMENT_INSTRUCTIONS =
            new RecordCodec<>(PaymentInstructions.class);

    /** Payment methods: {@code bank-transfer}, {@code sepa-direct-debit}, {@code card}, … */
    public static final Union<PaymentMethod> PAYMENT_METHOD = Union.<PaymentMethod>of("payment method")
            .with("bank-transfer", BankTransfer.class, new RecordCodec<>(BankTransfer.class))
            .with("sepa-direct-debit", SepaDirectDebit.class, new RecordCodec<>(SepaDirectDebit.class))
            .with("card", Card.class, new RecordCodec<>(Card.class))
            .with("cheque", Cheque.class, new RecordCodec<>(Cheque.class))
            .with("cash", Cash.class, new RecordCodec<>(Cash.class))
            .with("payment-link", PaymentLink.class, new RecordCodec<>(PaymentLink.class));

    /** Payments received. */
    public static final ObjectCodec<Payment> PAYMENT = new RecordCodec<>(Payment.class);
}
