package org.echeance.core.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Payment;
import org.javamoney.moneta.Money;

/** Issued invoices, credit notes and payments for ledger tests: amounts are VAT-free (category O) for clarity. */
final class LedgerFixtures {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private LedgerFixtures() {}

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    static CustomerAccount account() {
        return CustomerAccount.open("seller-A", "C1", EUR);
    }

    /** An issued invoice of a net amount (no VAT), issued and due on the given dates. */
    static Invoice invoice(String number, String amount, LocalDate issued, LocalDate due) {
        return document(DocumentType.COMMERCIAL_INVOICE, number, amount, issued)
                .dueDate(due)
                .build();
    }

    /** An issued credit note correcting an invoice. */
    static Invoice creditNote(String number, String amount, LocalDate issued, String corrected) {
        return document(DocumentType.CREDIT_NOTE, number, amount, issued)
                .precedingInvoice(InvoiceReference.of(corrected, issued.minusDays(1)))
                .build();
    }

    static Payment cash(String key, LocalDate date, String amount) {
        return Payment.of(key, date, eur(amount), new Cash());
    }

    private static Invoice.Builder document(DocumentType type, String number, String amount, LocalDate issued) {
        return Invoice.builder(type, EUR)
                .number(number)
                .issueDate(issued)
                .seller(Party.builder("Seller")
                        .address(PostalAddress.ofCountry("FR"))
                        .build())
                .buyer(Party.builder("Buyer")
                        .address(PostalAddress.ofCountry("FR"))
                        .build())
                .line(InvoiceLine.builder("1", "Service")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur(amount))
                        .vatRate(VatRate.zero(VatCategory.OUTSIDE_SCOPE))
                        .exemption(null, "Not subject to VAT")
                        .build());
    }
}
