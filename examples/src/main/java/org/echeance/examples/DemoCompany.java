package org.echeance.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.identifier.Siret;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.PaymentTerms;
import org.javamoney.moneta.Money;

/**
 * The small French business of the demo, its customer and the invoice it sends. All identifiers are fictitious
 * but valid (check digits included).
 */
public final class DemoCompany {
    /** The ECB main refinancing rate the demo assumes for the half-year, in percent. */
    public static final BigDecimal ECB_MAIN_REFINANCING_RATE = new BigDecimal("2.15");

    /** The demo's currency. */
    public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private DemoCompany() {}

    /**
     * Returns the seller: a web agency in Lyon.
     *
     * @return the seller
     */
    public static Party seller() {
        return Party.builder("Atelier Durand SARL")
                .tradingName("Atelier Durand")
                .legalRegistration(
                        PartyIdentifier.of(Siret.parse("812 345 676 00017").siren()))
                .vatNumber("FR19812345676")
                .legalInformation("SARL au capital de 20 000 EUR, RCS Lyon 812 345 676")
                .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                .contact(Contact.of("Claire Durand", "facturation@atelier-durand.example", "04 72 00 12 34")
                        .withAlternatePhone("06 12 34 56 78"))
                .electronicAddress(ElectronicAddress.of("0225", "812345676"))
                .build();
    }

    /**
     * Returns the customer: a bakery in Villeurbanne, billed 30 days net by bank transfer.
     *
     * @return the customer
     */
    public static Customer customer() {
        Party bakery = Party.builder("Boulangerie Martin SAS")
                .legalRegistration(PartyIdentifier.of(Siret.parse("90123456700013")))
                .vatNumber("FR15901234567")
                .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                .contact(Contact.of("Julien Martin", "julien.martin@boulangerie-martin.example", "+33 4 78 00 98 76")
                        .withAlternatePhone("06 98 76 54 32"))
                .electronicAddress(ElectronicAddress.of("0225", "901234567"))
                .build();
        return Customer.builder("C-0042", bakery)
                .category(CustomerCategory.of("artisan"))
                .paymentTerms(PaymentTerms.net(30))
                .defaultPaymentMeans(PaymentMeansCode.SEPA_CREDIT_TRANSFER)
                .notes("Prefers invoices by email; closed on Mondays")
                .build();
    }

    /**
     * Returns the demo invoice, issued with a fixed number (for tests and examples that need no database).
     *
     * @param customer the customer billed
     * @param issueDate the issue date
     * @return the issued invoice FA-2026-00001
     */
    public static Invoice invoice(Customer customer, LocalDate issueDate) {
        return draft(customer)
                .dueDate(customer.paymentTerms().dueDate(issueDate))
                .build()
                .issue("FA-2026-00001", issueDate);
    }

    /**
     * Returns the customer's RF creditor reference, quoted on every transfer: built from its customer number, so
     * it is on the invoice before the invoice has a number.
     *
     * @param customer the customer
     * @return the reference
     */
    public static RfCreditorReference paymentReference(Customer customer) {
        return RfCreditorReference.of(customer.customerNumber());
    }

    /**
     * Returns the demo draft: a website, training hours and books at two VAT rates, a loyalty discount on
     * the website line, a travel charge, and the legal mentions a French B2B invoice needs. It has no number
     * and no issue date: both come when it is issued.
     *
     * @param customer the customer billed
     * @return the draft's builder
     */
    public static Invoice.Builder draft(Customer customer) {
        VatRate standard = VatRate.standard("20");
        VatRate books = VatRate.standard("5.5");
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, customer.currency())
                .deliveryDate(LocalDate.of(2026, 1, 12))
                .seller(seller())
                .buyer(customer.party())
                .purchaseOrderReference("BC-2026-117")
                .line(InvoiceLine.builder("1", "Création du site vitrine")
                        .sellerItemId("WEB-VITRINE")
                        .description("Maquette, intégration de 6 pages, mise en ligne")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("2400.00"))
                        .allowanceCharge(AllowanceCharge.allowanceOf(new BigDecimal("10"), eur("2400.00"))
                                .withReason("95", "Remise fidélité"))
                        .vatRate(standard)
                        .build())
                .line(InvoiceLine.builder("2", "Formation à la gestion du site")
                        .sellerItemId("FORM-H")
                        .quantity("6.5", UnitCode.HOUR)
                        .unitPrice(eur("85.00"))
                        .vatRate(standard)
                        .build())
                .line(InvoiceLine.builder("3", "Livre « Vendre en ligne »")
                        .sellerItemId("LIV-042")
                        .quantity("3", UnitCode.PIECE)
                        .unitPrice(eur("32.50"))
                        .vatRate(books)
                        .build())
                .line(InvoiceLine.builder("4", "Hébergement mensuel")
                        .sellerItemId("HEB-M")
                        .quantity("12", UnitCode.MONTH)
                        .unitPrice(eur("14.9917"))
                        .vatRate(standard)
                        .build())
                .allowanceCharge(AllowanceCharge.charge(eur("45.00"))
                        .withReason("FC", "Frais de déplacement")
                        .withVatRate(standard))
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(ECB_MAIN_REFINANCING_RATE),
                        EarlyPaymentDiscount.none(),
                        customer.language())
                .paymentTerms(customer.paymentTerms().describe(customer.language()) + ", par virement")
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR14 2004 1010 0505 0001 3M02 606"),
                        Bic.parse("PSSTFRPPLYO"),
                        paymentReference(customer).toString()));
    }

    /**
     * Returns a draft for February's hosting.
     *
     * @param customer the customer billed
     * @return the draft
     */
    public static Invoice hostingDraft(Customer customer) {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, customer.currency())
                .seller(seller())
                .buyer(customer.party())
                .invoicingPeriod(InvoicePeriod.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .line(InvoiceLine.builder("1", "Hébergement et maintenance, février")
                        .sellerItemId("HEB-M")
                        .quantity("1", UnitCode.MONTH)
                        .unitPrice(eur("120.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(ECB_MAIN_REFINANCING_RATE),
                        EarlyPaymentDiscount.none(),
                        customer.language())
                .build();
    }

    /**
     * Returns a draft credit note: a commercial gesture of 30.00 excl. VAT on an issued invoice.
     *
     * @param customer the customer credited
     * @param corrected the invoice it corrects
     * @return the draft credit note
     */
    public static Invoice goodwillCreditNote(Customer customer, Invoice corrected) {
        return Invoice.builder(DocumentType.CREDIT_NOTE, customer.currency())
                .seller(seller())
                .buyer(customer.party())
                .precedingInvoice(InvoiceReference.of(
                        corrected.number().orElseThrow(), corrected.issueDate().orElseThrow()))
                .line(InvoiceLine.builder("1", "Geste commercial : interruption de service du 12 février")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("30.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }
}
