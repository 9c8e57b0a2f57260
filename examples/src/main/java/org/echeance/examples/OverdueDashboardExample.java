package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.AllocationStrategy;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.ItemKind;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Payment;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.overdue.OverdueAnalysis;
import org.echeance.overdue.ReceivablesLedger;
import org.javamoney.moneta.Money;

/**
 * Use case: an overdue dashboard. Two customers' accounts on 15 March 2026 feed the overdue module, which ages
 * every open installment, computes the DSO by the simple and the count-back methods, and lists the late customers
 * with their trend since 15 February and the promise to pay one of them made.
 *
 * <ul>
 *   <li>C-1: F1 1,200.00 due 31 January, 400.00 paid on 15 February; F2 600.00 issued 1 March, due 31 March;
 *   <li>C-2: F3 360.00 in three installments of 120.00 due 31 January, 28 February and 31 March, the first paid on
 *       1 February; F4 240.00 issued 1 February, due 2 March; C-2 promised to pay by 20 March.
 * </ul>
 */
public final class OverdueDashboardExample {
    private static final String SELLER = "atelier-durand";
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    private OverdueDashboardExample() {}

    /**
     * Prints the aging, the DSO and the late customers of the example's ledger.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ExampleLogging.quiet();
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the aging, the DSO and the late customers of the example's ledger.
     *
     * @param out where to print
     * @return the analysis, for more questions
     */
    public static OverdueAnalysis run(PrintStream out) {
        CustomerAccount c1 = CustomerAccount.open(SELLER, "C-1", DemoCompany.EUR)
                .charge(invoice("F1", "2026-01-01", "2026-01-31", 1000))
                .account();
        c1 = c1.recordPayment(transfer("P1", "2026-02-15", 400), AllocationStrategy.remittance("F1"))
                .account()
                .charge(invoice("F2", "2026-03-01", "2026-03-31", 500))
                .account();
        Invoice f3 = invoice("F3", "2026-01-01", "2026-03-31", 300);
        CustomerAccount c2 = CustomerAccount.open(SELLER, "C-2", DemoCompany.EUR)
                .charge(
                        f3,
                        List.of(
                                new DueAmount(1, LocalDate.parse("2026-01-31"), Money.of(120, DemoCompany.EUR)),
                                new DueAmount(2, LocalDate.parse("2026-02-28"), Money.of(120, DemoCompany.EUR)),
                                new DueAmount(3, LocalDate.parse("2026-03-31"), Money.of(120, DemoCompany.EUR))),
                        ItemKind.PRINCIPAL)
                .account();
        c2 = c2.recordPayment(transfer("P2", "2026-02-01", 120), AllocationStrategy.remittance("F3"))
                .account()
                .charge(invoice("F4", "2026-02-01", "2026-03-02", 200))
                .account();

        OverdueAnalysis analysis = OverdueAnalysis.of(ReceivablesLedger.ofAccounts(List.of(c1, c2)))
                .withFollowUp(FollowUpRecords.of(List.of(), Map.of("C-2", LocalDate.parse("2026-03-20"))));
        out.print(analysis.aging(SELLER, AS_OF).toText(Locale.ENGLISH));
        analysis.dso(SELLER, AS_OF.minusDays(89), AS_OF).ifPresent(d -> out.println(d.toText(Locale.ENGLISH)));
        analysis.dsoCountBack(SELLER, AS_OF, 3).ifPresent(d -> out.println(d.toText(Locale.ENGLISH)));
        out.print(analysis.lateCustomers(SELLER, AS_OF, AS_OF.minusMonths(1)).toText(Locale.ENGLISH));
        return analysis;
    }

    /** An issued invoice of one service line at 20 % VAT. */
    private static Invoice invoice(String number, String issued, String due, int net) {
        Party buyer = Party.builder("Client " + number)
                .address(PostalAddress.of("1 rue Neuve", "69001", "Lyon", "FR"))
                .build();
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, DemoCompany.EUR)
                .seller(DemoCompany.seller())
                .buyer(buyer)
                .dueDate(LocalDate.parse(due))
                .line(InvoiceLine.builder("1", "Prestation web")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(net, DemoCompany.EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build()
                .issue(number, LocalDate.parse(issued));
    }

    private static Payment transfer(String key, String day, int amount) {
        return Payment.bankTransfer(
                key, LocalDate.parse(day), Money.of(amount, DemoCompany.EUR), RfCreditorReference.of(key));
    }
}
