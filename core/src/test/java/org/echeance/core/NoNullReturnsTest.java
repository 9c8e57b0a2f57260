package org.echeance.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.Siren;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.ExchangeRate;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Walks every public no-argument method of the public value types, starting from a customer and an invoice with
 * as many optional parts absent as present, and checks that none returns null.
 */
class NoNullReturnsTest {
    @Test
    void noPublicAccessorReturnsNull() throws Exception {
        List<String> nulls = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        walk(fullInvoice(), "invoice", nulls, seen);
        walk(minimalInvoice(), "minimalInvoice", nulls, seen);
        walk(customer(), "customer", nulls, seen);
        assertThat(nulls).isEmpty();
        assertThat(seen.size()).as("objects visited").isGreaterThan(50);
    }

    private static void walk(Object value, String path, List<String> nulls, Map<Object, Boolean> seen)
            throws Exception {
        if (value == null) {
            nulls.add(path);
            return;
        }
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                walk(optional.get(), path + ".get()", nulls, seen);
            }
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", nulls, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("org.echeance.") || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            boolean walkable = m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass().getName().startsWith("org.echeance.")
                    && m.getReturnType() != void.class
                    && !m.getName().equals("toBuilder");
            if (walkable) {
                walk(m.invoke(value), path + "." + m.getName() + "()", nulls, seen);
            }
        }
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static Party seller() {
        return Party.builder("Vendeur SA")
                .tradingName("Vendeur")
                .legalRegistration(PartyIdentifier.of(Siren.parse("812345676")))
                .identifier(PartyIdentifier.of("4000001000005"))
                .vatNumber("FR19812345676")
                .taxRegistration("FC-123")
                .legalInformation("SA au capital de 100 000 EUR")
                .address(PostalAddress.of("1 rue A", "75001", "Paris", "FR").withSubdivision("Île-de-France"))
                .contact(Contact.of("Compta", "compta@vendeur.example", "01 42 68 53 00")
                        .withAlternatePhone("+33612345678"))
                .electronicAddress(ElectronicAddress.of("0225", "812345676"))
                .build();
    }

    private static Customer customer() {
        return Customer.builder("C1", Party.builder("Acheteur SARL").build())
                .category(CustomerCategory.of("VIP"))
                .defaultPaymentMeans(PaymentMeansCode.SEPA_DIRECT_DEBIT)
                .notes("note")
                .build();
    }

    private static Invoice fullInvoice() {
        VatRate s20 = VatRate.standard("20");
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, Monetary.getCurrency("EUR"))
                .number("F-1")
                .issueDate(LocalDate.of(2026, 3, 1))
                .dueDate(LocalDate.of(2026, 3, 31))
                .taxExchangeRate(new ExchangeRate(
                        Monetary.getCurrency("GBP"), new BigDecimal("0.86"), "ECB", LocalDate.of(2026, 2, 28)))
                .seller(seller())
                .buyer(Party.builder("Acheteur SARL")
                        .address(PostalAddress.ofCountry("BE"))
                        .build())
                .payee(Party.builder("Factor SA").build())
                .buyerReference("REF")
                .purchaseOrderReference("PO-1")
                .precedingInvoice(InvoiceReference.of("F-0", LocalDate.of(2026, 1, 1)))
                .deliveryDate(LocalDate.of(2026, 2, 27))
                .invoicingPeriod(InvoicePeriod.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .deliverTo(PostalAddress.ofCountry("BE"))
                .line(InvoiceLine.builder("1", "Item")
                        .note("line note")
                        .description("desc")
                        .sellerItemId("SKU")
                        .quantity("2", UnitCode.PIECE)
                        .price(Price.ofGross(eur("10.00"), eur("1.00")).withBaseQuantity(BigDecimal.ONE))
                        .allowanceCharge(AllowanceCharge.allowance(eur("1.00")).withReason("95", "Discount"))
                        .vatRate(s20)
                        .period(InvoicePeriod.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                        .orderLineReference("1")
                        .build())
                .line(InvoiceLine.builder("2", "Exempt item")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("5.00"))
                        .vatRate(VatRate.zero(VatCategory.EXEMPT))
                        .exemption("VATEX-EU-132", "Exempt")
                        .build())
                .allowanceCharge(AllowanceCharge.chargeOf(BigDecimal.TEN, eur("20.00"))
                        .withReason("FC", "Freight")
                        .withVatRate(s20))
                .note(InvoiceNote.of("PMD", "Penalties"))
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR1420041010050500013M02606"), Bic.parse("PSSTFRPPLYO"), "F-1"))
                .paymentTerms("30 days")
                .prepaidAmount(eur("1.00"))
                .roundingAmount(eur("0.01"))
                .build();
    }

    private static Invoice minimalInvoice() {
        return Invoice.builder(DocumentType.CREDIT_NOTE, Monetary.getCurrency("JPY"))
                .seller(Party.builder("S").build())
                .buyer(Party.builder("B").build())
                .line(InvoiceLine.builder("1", "Item")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(100, "JPY"))
                        .vatRate(VatRate.zero(VatCategory.OUTSIDE_SCOPE))
                        .build())
                .build();
    }
}
