package org.echeance.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.core.ledger.LedgerFixtures.JAN_1;
import static org.echeance.core.ledger.LedgerFixtures.account;
import static org.echeance.core.ledger.LedgerFixtures.cash;
import static org.echeance.core.ledger.LedgerFixtures.creditNote;
import static org.echeance.core.ledger.LedgerFixtures.eur;
import static org.echeance.core.ledger.LedgerFixtures.invoice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.echeance.core.event.InvoiceCancelled;
import org.echeance.core.event.InvoiceCredited;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.event.InvoiceIssued;
import org.echeance.core.event.InvoicePaid;
import org.echeance.core.event.PaymentApplied;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Payment;
import org.echeance.core.validation.ValidationException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CustomerAccountTest {
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    /** Three invoices of 100, 200 and 300 due in January, February and March. */
    private static CustomerAccount threeInvoices() {
        CustomerAccount a = account();
        a = a.charge(invoice("F1", "100.00", JAN_1, JAN_1.plusDays(30))).account();
        a = a.charge(invoice("F2", "200.00", FEB_1, FEB_1.plusDays(30))).account();
        return a.charge(invoice("F3", "300.00", MAR_1, MAR_1.plusDays(30))).account();
    }

    @Test
    void chargingAnInvoiceOpensItAndSaysSo() {
        AccountUpdate update = account().charge(invoice("F1", "120.00", JAN_1, JAN_1.plusDays(30)));

        assertThat(update.events()).containsExactly(InvoiceIssued.of("F1", JAN_1));
        assertThat(update.account().statusOf("F1")).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(amount(update.account().openAmount("F1"))).isEqualTo("120.00");
        assertThat(amount(update.account().balance())).isEqualTo("120.00");
    }

    @Test
    void aPaymentSpreadsOverThreeInvoicesOldestDueFirst() {
        PaymentOutcome outcome = threeInvoices().recordPayment(cash("P1", LocalDate.of(2026, 3, 15), "450.00"));
        CustomerAccount a = outcome.account();

        assertThat(outcome.allocations())
                .extracting(Allocated::invoiceNumber, x -> amount(x.amount()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("F1", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("F2", "200.00"),
                        org.assertj.core.groups.Tuple.tuple("F3", "150.00"));
        assertThat(a.statusOf("F1")).isEqualTo(InvoiceStatus.PAID);
        assertThat(a.statusOf("F2")).isEqualTo(InvoiceStatus.PAID);
        assertThat(a.statusOf("F3")).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(amount(a.openAmount("F3"))).isEqualTo("150.00");
        assertThat(amount(outcome.addedCredit())).isEqualTo("0.00");
        assertThat(outcome.events())
                .filteredOn(e -> e instanceof InvoicePaid)
                .extracting(InvoiceEvent::invoiceNumber)
                .containsExactly("F1", "F2");
        assertThat(outcome.events())
                .filteredOn(e -> e instanceof PaymentApplied)
                .hasSize(3);
    }

    @Test
    void anOverpaymentBecomesCustomerCreditNeverANegativeInvoice() {
        CustomerAccount a =
                account().charge(invoice("F1", "70.00", JAN_1, FEB_1)).account();
        PaymentOutcome outcome = a.recordPayment(cash("P1", JAN_1.plusDays(5), "100.00"));

        assertThat(amount(outcome.account().openAmount("F1"))).isEqualTo("0.00");
        assertThat(amount(outcome.addedCredit())).isEqualTo("30.00");
        assertThat(amount(outcome.account().unappliedCredit())).isEqualTo("30.00");
        assertThat(amount(outcome.account().balance())).isEqualTo("-30.00");

        CustomerAccount later = outcome.account()
                .charge(invoice("F2", "50.00", FEB_1, MAR_1))
                .account()
                .applyCredit(FEB_1, AllocationStrategy.oldestDueFirst())
                .account();
        assertThat(amount(later.openAmount("F2"))).isEqualTo("20.00");
        assertThat(amount(later.unappliedCredit())).isEqualTo("0.00");
    }

    @Test
    void aBouncedDirectDebitReopensWhatItPaid() {
        CustomerAccount paid = threeInvoices()
                .recordPayment(cash("DD-1", LocalDate.of(2026, 2, 5), "300.00"))
                .account();
        assertThat(paid.statusOf("F1")).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.statusOf("F2")).isEqualTo(InvoiceStatus.PAID);

        CustomerAccount bounced =
                paid.reversePayment("DD-1", LocalDate.of(2026, 2, 9), "AM04").account();

        assertThat(bounced.statusOf("F1")).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(bounced.statusOf("F2")).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(amount(bounced.openBalance())).isEqualTo("600.00");
        assertThat(amount(bounced.totalReceived())).isEqualTo("0.00");
        assertThat(bounced.isOverdue("F1", LocalDate.of(2026, 2, 9))).isTrue();
        assertThatThrownBy(() -> bounced.reversePayment("DD-1", LocalDate.of(2026, 2, 10), "again"))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-PAY-12"));
    }

    @Test
    void anInvoicePaidAgainAfterABounceRaisesANewPaidEvent() {
        PaymentOutcome first = threeInvoices().recordPayment(cash("DD-1", LocalDate.of(2026, 2, 5), "300.00"));
        CustomerAccount bounced = first.account()
                .reversePayment("DD-1", LocalDate.of(2026, 2, 9), "AM04")
                .account();

        PaymentOutcome again = bounced.recordPayment(cash("TR-7", LocalDate.of(2026, 2, 16), "100.00"));

        assertThat(first.events()).extracting(InvoiceEvent::eventId).contains("paid:F1:DD-1");
        // a listener that skips ids it has seen must still hear of the second settlement
        assertThat(again.events()).extracting(InvoiceEvent::eventId).contains("paid:F1:TR-7");
    }

    @Test
    void replayingAnIdempotencyKeyReturnsTheFirstOutcomeAndChangesNothing() {
        CustomerAccount a = threeInvoices();
        Payment payment = cash("psp-tx-42", FEB_1, "150.00");
        PaymentOutcome first = a.recordPayment(payment);
        PaymentOutcome replay = first.account().recordPayment(payment);

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.account()).isSameAs(first.account());
        assertThat(replay.allocations()).isEqualTo(first.allocations());
        assertThat(replay.events()).isEmpty();
        assertThat(first.account().entries()).hasSize(a.entries().size() + 3);

        Payment otherWithSameKey = cash("psp-tx-42", FEB_1, "10.00");
        assertThatThrownBy(() -> first.account().recordPayment(otherWithSameKey))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-PAY-10")).isTrue());
    }

    @Test
    void explicitAllocationBeyondTheOutstandingAmountIsRefusedAndChangesNothing() {
        CustomerAccount a = threeInvoices();
        Map<String, MonetaryAmount> wanted = new LinkedHashMap<>();
        wanted.put("F2", eur("250.00"));

        assertThatThrownBy(() -> a.recordPayment(cash("P1", FEB_1, "250.00"), AllocationStrategy.explicit(wanted)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasRule("ECH-ALLOC-02")).isTrue();
                    assertThat(e.getMessage())
                            .contains("250.00")
                            .contains("200.00")
                            .contains("F2");
                });
        assertThat(a.entries()).hasSize(3);
        assertThat(amount(a.openBalance())).isEqualTo("600.00");
    }

    @Test
    void explicitAllocationPaysTheNamedInvoicesAndKeepsTheRestAsCredit() {
        Map<String, MonetaryAmount> wanted = new LinkedHashMap<>();
        wanted.put("F3", eur("300.00"));
        wanted.put("F1", eur("50.00"));
        PaymentOutcome outcome =
                threeInvoices().recordPayment(cash("P1", FEB_1, "400.00"), AllocationStrategy.explicit(wanted));

        assertThat(outcome.account().statusOf("F3")).isEqualTo(InvoiceStatus.PAID);
        assertThat(amount(outcome.account().openAmount("F1"))).isEqualTo("50.00");
        assertThat(amount(outcome.addedCredit())).isEqualTo("50.00");
    }

    @Test
    void aStrategyThatOverAllocatesCannotCorruptTheAccount() {
        AllocationStrategy greedy =
                (available, items) -> List.of(new ItemAllocation(items.get(0).invoiceNumber(), 1, eur("999.00")));

        assertThatThrownBy(() -> threeInvoices().recordPayment(cash("P1", FEB_1, "1000.00"), greedy))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-ALLOC-01")).isTrue());
    }

    @Test
    void aCreditNoteReducesItsInvoiceAndNeverExceedsWhatRemainsCreditable() {
        CustomerAccount a = threeInvoices();
        AccountUpdate partial = a.credit(creditNote("AV1", "40.00", FEB_1, "F2"));

        assertThat(partial.events()).containsExactly(InvoiceCredited.of("F2", FEB_1, "AV1", eur("40.00")));
        assertThat(amount(partial.account().openAmount("F2"))).isEqualTo("160.00");
        assertThat(amount(partial.account().creditableAmount("F2"))).isEqualTo("160.00");
        assertThat(partial.account().statusOf("F2")).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        assertThatThrownBy(() -> partial.account().credit(creditNote("AV2", "160.01", FEB_1, "F2")))
                .isInstanceOfSatisfying(InvoiceStateException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("ECH-CREDIT-01");
                    assertThat(e.getMessage()).contains("160.01").contains("160.00");
                });

        AccountUpdate rest = partial.account().credit(creditNote("AV2", "160.00", FEB_1, "F2"));
        assertThat(rest.account().statusOf("F2")).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(rest.events()).contains(InvoiceCancelled.of("F2", FEB_1));
    }

    @Test
    void aCreditNoteOnAPaidInvoiceBecomesCustomerCreditThatCanBeRefunded() {
        CustomerAccount paid = account()
                .charge(invoice("F1", "100.00", JAN_1, FEB_1))
                .account()
                .recordPayment(cash("P1", JAN_1.plusDays(3), "100.00"))
                .account();
        CustomerAccount credited =
                paid.credit(creditNote("AV1", "100.00", FEB_1, "F1")).account();

        assertThat(credited.statusOf("F1")).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(amount(credited.unappliedCredit())).isEqualTo("100.00");

        CustomerAccount refunded =
                credited.refund("R1", FEB_1.plusDays(2), eur("100.00")).account();
        assertThat(amount(refunded.unappliedCredit())).isEqualTo("0.00");
        assertThat(amount(refunded.balance())).isEqualTo("0.00");
        assertThatThrownBy(() -> refunded.refund("R2", FEB_1.plusDays(3), eur("0.01")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-REFUND-01")).isTrue());
    }

    @Test
    void installmentsMakeAmountDueAsOfDifferFromTheOpenBalance() {
        List<DueAmount> schedule = List.of(
                new DueAmount(1, JAN_1, eur("300.00")),
                new DueAmount(2, FEB_1, eur("400.00")),
                new DueAmount(3, MAR_1, eur("300.00")));
        CustomerAccount a = account()
                .charge(invoice("F1", "1000.00", JAN_1, MAR_1), schedule, ItemKind.PRINCIPAL)
                .account()
                .recordPayment(cash("P1", JAN_1, "300.00"))
                .account()
                .recordPayment(cash("P2", LocalDate.of(2026, 2, 10), "150.00"))
                .account();

        assertThat(amount(a.openBalance())).isEqualTo("550.00");
        assertThat(amount(a.amountDueAsOf(LocalDate.of(2026, 2, 15)))).isEqualTo("250.00");
        assertThat(amount(a.amountDueAsOf("F1", JAN_1))).isEqualTo("0.00");
        assertThat(a.overdueItems(LocalDate.of(2026, 2, 15))).singleElement().satisfies(i -> {
            assertThat(i.installmentNumber()).isEqualTo(2);
            assertThat(amount(i.openAmount())).isEqualTo("250.00");
        });
        assertThat(a.eventsOn(MAR_1)).extracting(InvoiceEvent::eventId).containsExactly("due:F1:3");
        assertThat(a.eventsOn(FEB_1.plusDays(1)))
                .extracting(InvoiceEvent::eventId)
                .containsExactly("overdue:F1:2");
    }

    @Test
    void costsAndInterestArePaidBeforePrincipalWhenAsked() {
        CustomerAccount a = account()
                .charge(invoice("F1", "500.00", JAN_1, FEB_1))
                .account()
                .charge(
                        invoice("IND-1", "40.00", MAR_1, MAR_1),
                        List.of(new DueAmount(1, MAR_1, eur("40.00"))),
                        ItemKind.COSTS)
                .account();
        PaymentOutcome outcome =
                a.recordPayment(cash("P1", MAR_1, "100.00"), AllocationStrategy.costsInterestPrincipal());

        assertThat(outcome.allocations()).extracting(Allocated::invoiceNumber).containsExactly("IND-1", "F1");
        assertThat(amount(outcome.account().openAmount("F1"))).isEqualTo("440.00");
    }

    @Test
    void badInputIsRefusedWithTheRuleAndChangesNothing() {
        CustomerAccount a = threeInvoices();
        Payment usd = Payment.of("P1", FEB_1, Money.of(10, "USD"), new Cash());

        assertThatThrownBy(() -> a.recordPayment(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.charge(invoice("F1", "999.00", JAN_1, FEB_1)))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-LEDGER-02"));
        assertThatThrownBy(() -> a.credit(creditNote("AV9", "10.00", FEB_1, "UNKNOWN")))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-CREDIT-03"));
        assertThatThrownBy(() -> a.statusOf("NOPE"))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-LEDGER-05"));
        assertThat(a.entries()).hasSize(3);
        assertThat(a.charge(invoice("F1", "100.00", JAN_1, JAN_1.plusDays(30))).events())
                .as("charging the same invoice again is a no-op")
                .isEmpty();
    }

    @Test
    void statementShowsOpeningRunningAndClosingBalances() {
        CustomerAccount a = threeInvoices()
                .recordPayment(cash("P1", LocalDate.of(2026, 1, 20), "100.00"))
                .account()
                .recordPayment(cash("P2", LocalDate.of(2026, 2, 20), "50.00"))
                .account()
                .reversePayment("P2", LocalDate.of(2026, 2, 25), "AM04")
                .account();

        CustomerStatement statement = a.statement(FEB_1, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 5));

        assertThat(amount(statement.openingBalance())).isEqualTo("0.00");
        assertThat(statement.lines())
                .extracting(l -> l.kind() + " " + l.reference() + " " + amount(l.debit()) + " " + amount(l.credit())
                        + " " + amount(l.balance()))
                .containsExactly(
                        "INVOICE F2 200.00 0.00 200.00",
                        "PAYMENT P2 0.00 50.00 150.00",
                        "PAYMENT_REVERSAL P2 50.00 0.00 200.00");
        assertThat(amount(statement.closingBalance())).isEqualTo("200.00");
        assertThat(amount(statement.dueNow())).isEqualTo("200.00");
        assertThat(statement.overdueItems()).extracting(OpenItem::invoiceNumber).containsExactly("F2");
        assertThat(statement.upcomingItems())
                .extracting(OpenItem::invoiceNumber)
                .containsExactly("F3");
    }

    private static String amount(MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }
}
