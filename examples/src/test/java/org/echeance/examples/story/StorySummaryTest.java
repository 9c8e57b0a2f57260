package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Payment;
import org.echeance.examples.DemoCompany;
import org.echeance.overdue.FollowUpRecords;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class StorySummaryTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final Party BUYER = Party.builder("Client SAS")
            .address(PostalAddress.of("1 rue Neuve", "69001", "Lyon", "FR"))
            .build();

    @Test
    void aHandCheckedTally() {
        // C-1: 120.00 due on the last day (not due), 240.00 one day late, 600.00 31 days late with 100.00 paid
        CustomerAccount a = CustomerAccount.open("s", "C-1", DemoCompany.EUR)
                .charge(invoice("A1", "2026-12-01", "2026-12-31", 100))
                .account()
                .charge(invoice("A2", "2026-11-30", "2026-12-30", 200))
                .account()
                .charge(invoice("A3", "2026-10-01", "2026-11-30", 500))
                .account();
        a = a.recordPayment(
                        transfer("P1", "2026-12-05", 100), org.echeance.core.ledger.AllocationStrategy.remittance("A3"))
                .account();
        // C-2: 1200.00 91 days late, 360.00 90 days late
        CustomerAccount b = CustomerAccount.open("s", "C-2", DemoCompany.EUR)
                .charge(invoice("B1", "2026-08-01", "2026-10-01", 1000))
                .account()
                .charge(invoice("B2", "2026-09-01", "2026-10-02", 300))
                .account();
        // C-3: 30.00 received for nothing yet: customer credit
        CustomerAccount c = CustomerAccount.open("s", "C-3", DemoCompany.EUR)
                .recordPayment(transfer("P2", "2026-12-10", 30))
                .account();
        StoryCounts counts = new StoryCounts(5, 0, 0, 2, 0, Map.of());
        FollowUpRecords followUp = new FollowUpRecords() {
            @Override
            public int remindersSent(String sellerId, String customerNumber, LocalDate asOf) {
                return customerNumber.equals("C-2") ? 3 : 0;
            }

            @Override
            public Optional<LocalDate> promiseToPay(String sellerId, String customerNumber, LocalDate asOf) {
                return Optional.empty();
            }
        };

        StorySummary summary = StorySummary.tally(
                "s", LocalDate.of(2026, 1, 1), AS_OF, DemoCompany.EUR, List.of(a, b, c), followUp, counts);

        assertThat(text(summary.invoiced())).isEqualTo("2520.00");
        assertThat(text(summary.credited())).isEqualTo("0.00");
        assertThat(text(summary.collected())).isEqualTo("130.00");
        assertThat(text(summary.outstanding())).isEqualTo("2420.00");
        assertThat(text(summary.customerCredit())).isEqualTo("30.00");
        assertThat(text(summary.overdue())).isEqualTo("2300.00");
        // simple: window 2026-10-03..2026-12-31 (90 days): A1 + A2 = 360.00 of sales; 2420 x 90 / 360 = 605.00 days
        assertThat(summary.dso().orElseThrow().days()).hasValue(new BigDecimal("605.00"));
        // count-back: December 120 (31 days), November 240 (30), October 600 (31), September 360 (30) leave 1100
        // of the 2420 open, 1100 / 1200 of August's 31 days = 28.42: 150.42 days
        assertThat(summary.dsoCountBack().orElseThrow().days()).hasValue(new BigDecimal("150.42"));
        assertThat(summary.agingTotal().amounts().stream().map(StorySummaryTest::text))
                .containsExactly("120.00", "240.00", "500.00", "360.00", "1200.00");
        assertThat(summary.aging().rows()).extracting(r -> r.customerNumber()).containsExactly("C-1", "C-2");
        // C-2 was as late a month before (SAME); C-1 had nothing due before 30 November (NEW)
        assertThat(summary.topLateCustomers())
                .extracting(l -> l.customerNumber() + " " + text(l.overdue()) + " " + l.overdueItems() + " "
                        + l.daysLate() + " " + l.remindersSent() + " " + l.trend())
                .containsExactly("C-2 1560.00 2 91 3 SAME", "C-1 740.00 2 31 0 NEW");
        assertThat(summary.toText())
                .contains("\n  DSO (simple) as of 2026-12-31, EUR: 605.00 days (receivables 2,420.00, sales 360.00"
                        + " over 90 days)\n")
                .contains("\n  DSO (count-back) as of 2026-12-31, EUR: 150.42 days")
                .containsPattern("\nTotal +EUR +120\\.00 +240\\.00 +500\\.00 +360\\.00 +1,200\\.00 +2,420\\.00\n")
                .containsPattern("\nC-2 +EUR +1,560\\.00 +2 +2026-10-01 +91 +3 +SAME +-\n")
                .containsPattern("\n  overdue on 2026-12-31 +2300\\.00\n");
    }

    @Test
    void aLargeStoryPrintsTheAgingTotalAndTheFiveLatestCustomersOnly() {
        // 60 customers, customer i owing 100 + i, due 10 days before the last day
        List<CustomerAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            accounts.add(CustomerAccount.open("s", String.format("C-%02d", i), DemoCompany.EUR)
                    .charge(invoice("I" + i, "2026-11-01", "2026-12-21", 100 + i))
                    .account());
        }

        StorySummary summary = StorySummary.tally(
                "s",
                LocalDate.of(2026, 1, 1),
                AS_OF,
                DemoCompany.EUR,
                accounts,
                FollowUpRecords.none(),
                new StoryCounts(60, 0, 0, 0, 0, Map.of()));

        assertThat(summary.aging().rows()).hasSize(60);
        assertThat(summary.lateCustomers().customers()).hasSize(60);
        String text = summary.toText();
        assertThat(text)
                .contains("  60 customers owe something: the receivables report lists them all\nTotal ")
                .contains("  … and 55 more late customers in the receivables report\n")
                .doesNotContain("\nC-01 ");
        // the most overdue first: 160 x 1.2 = 192.00 for C-60
        assertThat(text.lines().filter(l -> l.matches("C-\\d\\d .*")).map(l -> l.substring(0, 4)))
                .containsExactly("C-60", "C-59", "C-58", "C-57", "C-56");
    }

    private static Invoice invoice(String number, String issued, String due, int net) {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, DemoCompany.EUR)
                .number(number)
                .issueDate(LocalDate.parse(issued))
                .dueDate(LocalDate.parse(due))
                .seller(DemoCompany.seller())
                .buyer(BUYER)
                .line(InvoiceLine.builder("1", "Service")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(net, DemoCompany.EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();
    }

    private static Payment transfer(String key, String day, int amount) {
        return Payment.bankTransfer(
                key, LocalDate.parse(day), Money.of(amount, DemoCompany.EUR), RfCreditorReference.of("C1"));
    }

    private static String text(javax.money.MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }
}
