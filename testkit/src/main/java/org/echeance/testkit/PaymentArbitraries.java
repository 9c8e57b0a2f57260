package org.echeance.testkit;

import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.BankTransfer;
import org.echeance.core.payment.Card;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Cheque;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentMethod;
import org.echeance.core.payment.SepaDirectDebit;
import org.echeance.core.payment.SequenceType;

/**
 * Generates payment methods, payments and payment sequences: the payments that settle an amount, one after the
 * other.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentArbitraries {
    private PaymentArbitraries() {}

    /**
     * Returns payment methods of every kind: bank transfer (with or without account and RF reference), SEPA direct
     * debit, card, cheque, cash and payment link.
     *
     * @return payment methods
     */
    public static Arbitrary<PaymentMethod> paymentMethods() {
        Arbitrary<PaymentMethod> transfer = Combinators.combine(
                        IdentifierArbitraries.ibans().optional(0.7),
                        IdentifierArbitraries.bics().optional(0.5),
                        Arbitraries.of("FA-2026-00042", "1", "INV7")
                                .map(RfCreditorReference::of)
                                .optional(0.5))
                .as(BankTransfer::new);
        Arbitrary<PaymentMethod> debit = Combinators.combine(
                        Arbitraries.of("MANDAT-2026-0042", "M-1", "RUM/2025 (B)"),
                        Arbitraries.of(SequenceType.class),
                        IdentifierArbitraries.frenchIbans().optional(0.5))
                .as((mandate, sequence, iban) -> new SepaDirectDebit(mandate, "FR72ZZZ123456", sequence, iban));
        Arbitrary<PaymentMethod> card = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(4).optional(0.8),
                        Arbitraries.of("CB", "Visa", "Mastercard").optional(0.8))
                .as(Card::new);
        Arbitrary<PaymentMethod> cheque = Combinators.combine(
                        Arbitraries.strings()
                                .numeric()
                                .ofMinLength(6)
                                .ofMaxLength(10)
                                .optional(0.8),
                        Arbitraries.of("Crédit Agricole", "La Banque Postale").optional(0.5))
                .as(Cheque::new);
        Arbitrary<PaymentMethod> link = Combinators.combine(
                        Arbitraries.of("https://pay.example.com/i/42", "https://paiement.example.fr/p?id=7&lang=fr")
                                .map(URI::create),
                        Arbitraries.of("stripe", "payplug").optional(0.5))
                .as(PaymentLink::new);
        return Arbitraries.oneOf(transfer, debit, card, cheque, Arbitraries.just(new Cash()), link);
    }

    /**
     * Returns payments received in a currency: a unique-looking idempotency key, a date, a positive amount, a
     * method and sometimes the payer's reference.
     *
     * @param currency the currency
     * @return payments
     */
    public static Arbitrary<Payment> payments(CurrencyUnit currency) {
        return Combinators.combine(
                        Arbitraries.strings().withChars("abcdef0123456789").ofLength(12),
                        ScheduleArbitraries.dates(),
                        MoneyArbitraries.positiveAmounts(currency, 100_000_000),
                        paymentMethods(),
                        Arbitraries.of("VIR SEPA DUPONT", "Chèque n° 1234567").optional(0.4))
                .as((key, date, amount, method, reference) ->
                        new Payment("psp-" + key, date, amount, method, reference));
    }

    /**
     * Returns payments in any of the {@link MoneyArbitraries#currencies()}.
     *
     * @return payments
     */
    public static Arbitrary<Payment> payments() {
        return MoneyArbitraries.currencies().flatMap(PaymentArbitraries::payments);
    }

    /**
     * Returns sequences of 1 to 6 payments that together settle a positive amount exactly, on strictly
     * increasing dates from a first date, with distinct idempotency keys.
     *
     * <p>For example, 100.00 EUR may be settled by 30.00 on 2026-03-31 and 70.00 on 2026-04-15.
     *
     * @param total the amount settled, above zero
     * @param first the date of the first payment
     * @return payment sequences
     */
    public static Arbitrary<List<Payment>> paymentSequences(MonetaryAmount total, LocalDate first) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(first, "first");
        CurrencyUnit currency = total.getCurrency();
        long units = Amounts.decimal(total)
                .movePointRight(Amounts.minorUnitDigits(currency))
                .longValueExact();
        if (units < 1) {
            throw new IllegalArgumentException("total: " + total + " is not above zero");
        }
        int most = (int) Math.min(6, units);
        return Combinators.combine(
                        Arbitraries.integers().between(1, most),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(1, 45).list().ofSize(6),
                        paymentMethods())
                .as((count, seed, gaps, method) -> {
                    List<Long> cuts = cuts(units, count, seed);
                    List<Payment> payments = new ArrayList<>();
                    LocalDate day = first;
                    for (int i = 0; i < count; i++) {
                        long part = cuts.get(i + 1) - cuts.get(i);
                        payments.add(Payment.of(
                                "seq-" + Long.toHexString(seed) + "-" + (i + 1),
                                day,
                                MoneyArbitraries.ofMinor(part, currency),
                                method));
                        day = day.plusDays(gaps.get(i));
                    }
                    return List.copyOf(payments);
                });
    }

    /** Cuts [0, units] into count non-empty parts: count + 1 increasing points from 0 to units. */
    private static List<Long> cuts(long units, int count, long seed) {
        Random random = new Random(seed);
        List<Long> points = new ArrayList<>(List.of(0L, units));
        while (points.size() < count + 1) {
            long point = 1
                    + BigInteger.valueOf(random.nextLong())
                            .mod(BigInteger.valueOf(units - 1))
                            .longValue();
            if (!points.contains(point)) {
                points.add(point);
            }
        }
        Collections.sort(points);
        return points;
    }
}
