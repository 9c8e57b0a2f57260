package org.echeance.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.core.ledger.LedgerFixtures.JAN_1;
import static org.echeance.core.ledger.LedgerFixtures.account;
import static org.echeance.core.ledger.LedgerFixtures.cash;
import static org.echeance.core.ledger.LedgerFixtures.creditNote;
import static org.echeance.core.ledger.LedgerFixtures.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.EcheanceException;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.money.Amounts;

/**
 * Stateful properties: arbitrary sequences of charges, payments, credit notes, reversals, refunds and credit
 * applications keep every account invariant, and refused steps change nothing.
 */
class CustomerAccountProperties {

    /** One step of a generated scenario; amounts are in cents, references by index. */
    sealed interface Op permits Charge, Pay, Credit, Reverse, Refund, ApplyCredit {}

    record Charge(long cents, int dueInDays) implements Op {}

    record Pay(long cents) implements Op {}

    record Credit(int invoice, long cents) implements Op {}

    record Reverse(int payment) implements Op {}

    record Refund(long cents) implements Op {}

    record ApplyCredit() implements Op {}

    @Property(tries = 300)
    void moneyIsConservedAndStatusesStayLegal(@ForAll("scenarios") List<Op> ops) {
        CustomerAccount a = account();
        List<String> invoices = new ArrayList<>();
        List<String> payments = new ArrayList<>();
        LocalDate day = JAN_1;
        int step = 0;
        for (Op op : ops) {
            step++;
            day = day.plusDays(3);
            CustomerAccount before = a;
            try {
                a = apply(a, op, step, day, invoices, payments);
            } catch (EcheanceException refused) {
                assertThat(a).isSameAs(before);
                assertThat(a.entries()).isEqualTo(before.entries());
            }
            checkInvariants(a);
        }
    }

    @Property(tries = 200)
    void replayingEveryPaymentKeyChangesNothing(@ForAll("scenarios") List<Op> ops) {
        CustomerAccount a = account();
        List<String> invoices = new ArrayList<>();
        List<String> payments = new ArrayList<>();
        LocalDate day = JAN_1;
        List<org.echeance.core.payment.Payment> recorded = new ArrayList<>();
        int step = 0;
        for (Op op : ops) {
            step++;
            day = day.plusDays(3);
            try {
                a = apply(a, op, step, day, invoices, payments);
                if (op instanceof Pay p) {
                    recorded.add(cash("P" + step, day, cents(p.cents())));
                }
            } catch (EcheanceException refused) {
                // refused steps are covered by the other property
            }
        }
        for (org.echeance.core.payment.Payment payment : recorded) {
            PaymentOutcome replay = a.recordPayment(payment);
            assertThat(replay.replayed()).isTrue();
            assertThat(replay.account()).isSameAs(a);
        }
    }

    private static CustomerAccount apply(
            CustomerAccount a, Op op, int step, LocalDate day, List<String> invoices, List<String> payments) {
        if (op instanceof Charge c) {
            String number = "F" + step;
            CustomerAccount next = a.charge(invoice(number, cents(c.cents()), day, day.plusDays(c.dueInDays())))
                    .account();
            invoices.add(number);
            return next;
        }
        if (op instanceof Pay p) {
            String key = "P" + step;
            CustomerAccount next =
                    a.recordPayment(cash(key, day, cents(p.cents()))).account();
            payments.add(key);
            return next;
        }
        if (op instanceof Credit c && !invoices.isEmpty()) {
            String corrected = invoices.get(c.invoice() % invoices.size());
            return a.credit(creditNote("AV" + step, cents(c.cents()), day, corrected))
                    .account();
        }
        if (op instanceof Reverse r && !payments.isEmpty()) {
            return a.reversePayment(payments.get(r.payment() % payments.size()), day, "AM04")
                    .account();
        }
        if (op instanceof Refund r) {
            return a.refund("R" + step, day, LedgerFixtures.eur(cents(r.cents())))
                    .account();
        }
        if (op instanceof ApplyCredit) {
            return a.applyCredit(day, AllocationStrategy.oldestDueFirst()).account();
        }
        return a;
    }

    private static void checkInvariants(CustomerAccount a) {
        BigDecimal charged = dec(a.totalCharged());
        BigDecimal credited = dec(a.totalCredited());
        BigDecimal received = dec(a.totalReceived());
        BigDecimal refunded = dec(a.totalRefunded());
        BigDecimal open = dec(a.openBalance());
        BigDecimal credit = dec(a.unappliedCredit());

        assertThat(open.signum()).as("open balance").isGreaterThanOrEqualTo(0);
        assertThat(credit.signum()).as("customer credit").isGreaterThanOrEqualTo(0);
        // money in (payments, credit notes) = allocated (charged − open) + refunded + still credit
        assertThat(received.add(credited))
                .isEqualByComparingTo(charged.subtract(open).add(refunded).add(credit));
        assertThat(dec(a.balance()))
                .isEqualByComparingTo(
                        charged.subtract(credited).subtract(received).add(refunded));
        assertThat(dec(a.balanceAsOf(LocalDate.of(2099, 1, 1)))).isEqualByComparingTo(dec(a.balance()));
        for (OpenItem item : a.openItems()) {
            assertThat(dec(item.openAmount())).isPositive().isLessThanOrEqualTo(dec(item.amount()));
        }
        for (String number : a.invoiceNumbers()) {
            InvoiceStatus status = a.statusOf(number);
            assertThat(status).isNotEqualTo(InvoiceStatus.DRAFT);
            if (status == InvoiceStatus.PAID) {
                assertThat(dec(a.openAmount(number)).signum()).isZero();
            }
            assertThat(dec(a.creditableAmount(number)).signum()).isGreaterThanOrEqualTo(0);
        }
        CustomerStatement statement = a.statement(JAN_1, LocalDate.of(2099, 1, 1), JAN_1);
        BigDecimal expectedClosing = dec(statement.openingBalance());
        for (StatementLine line : statement.lines()) {
            expectedClosing = expectedClosing.add(dec(line.debit())).subtract(dec(line.credit()));
        }
        assertThat(dec(statement.closingBalance())).isEqualByComparingTo(expectedClosing);
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Long> cents = Arbitraries.longs().between(1, 50_000).edgeCases(e -> e.add(1L));
        Arbitrary<Op> charge = Combinators.combine(cents, Arbitraries.integers().between(0, 60))
                .as(Charge::new);
        Arbitrary<Op> pay = cents.map(Pay::new);
        Arbitrary<Op> credit = Combinators.combine(Arbitraries.integers().between(0, 20), cents)
                .as(Credit::new);
        Arbitrary<Op> reverse = Arbitraries.integers().between(0, 20).map(Reverse::new);
        Arbitrary<Op> refund = cents.map(Refund::new);
        Arbitrary<Op> applyCredit = Arbitraries.just(new ApplyCredit());
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, charge),
                net.jqwik.api.Tuple.of(4, pay),
                net.jqwik.api.Tuple.of(2, credit),
                net.jqwik.api.Tuple.of(1, reverse),
                net.jqwik.api.Tuple.of(1, refund),
                net.jqwik.api.Tuple.of(1, applyCredit));
        return op.list().ofMinSize(1).ofMaxSize(25);
    }

    private static String cents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static BigDecimal dec(javax.money.MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }
}
