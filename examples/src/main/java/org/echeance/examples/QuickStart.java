package org.echeance.examples;

import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.validation.En16931Validator;
import org.javamoney.moneta.Money;

/** The README's quick start: one invoice, its amount due, and the EN 16931 check. */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Builds the quick-start invoice.
     *
     * @return the invoice
     */
    public static Invoice invoice() {
        CurrencyUnit eur = Monetary.getCurrency("EUR");
        Party seller = Party.builder("Atelier Durand SARL")
                .vatNumber("FR19812345676")
                .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                .build();
        Party buyer = Party.builder("Boulangerie Martin SAS")
                .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                .build();
        Invoice invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, eur)
                .number("FA-2026-00001")
                .issueDate(LocalDate.of(2026, 1, 15))
                .dueDate(LocalDate.of(2026, 2, 14))
                .seller(seller)
                .buyer(buyer)
                .line(InvoiceLine.builder("1", "Website")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(2400, eur))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();
        En16931Validator.check(invoice);
        return invoice;
    }

    /**
     * Prints the amount due of the quick-start invoice.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ExampleLogging.quiet();
        System.out.println(Amounts.toPlainString(invoice().totals().amountDue()));
    }
}
