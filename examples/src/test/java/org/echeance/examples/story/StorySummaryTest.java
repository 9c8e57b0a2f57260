package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

        StorySummary summary = StorySummary.tally(
                LocalDate.of(2026, 1, 1), AS_OF, DemoCompany.EUR, List.of(a, b, c), n -> "Name " + n, counts);

        assertThat(text(summary.invoiced())).isEqualTo("2520.00");
        assertThat(text(summary.credited())).isEqualTo("0.00");
        assertThat(text(summary.collected())).isEqualTo("130.00");
        assertThat(text(summary.outstanding())).isEqualTo("2420.00");
        assertThat(text(summary.customerCredit())).isEqualTo("30.00");
        assertThat(text(summary.overdue())).isEqualTo("2300.00");
        // window 2026-10-03..2026-12-31: A1 + A2 = 360.00 of sales; 2420 x 90 / 360 = 605.0 days
        assertThat(summary.dso()).hasValue(new BigDecimal("605.0"));
        assertThat(summary.aging().stream().map(StorySummaryTest::text))
                .containsExactly("120.00", "240.00", "500.00", "360.00", "1200.00");
        assertThat(summary.agingItems()).containsExactly(1, 1, 1, 1, 1);
        assertThat(summary.topLateCustomers())
                .extracting(l -> l.customerNumber() + " " + text(l.overdue()) + " " + l.oldestDaysLate())
                .containsExactly("C-2 1560.00 91", "C-1 740.00 31");
        assertThat(summary.toText())
                .containsPattern("\n  DSO \\(simple, 90 days\\) +605\\.0 days\n")
                .containsPattern("\n  > 90 +1200\\.00   1 items\n")
                .containsPattern("\n  1\\. C-2 +Name C-2 +1560\\.00 EUR overdue, oldest 91 days\n");
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
