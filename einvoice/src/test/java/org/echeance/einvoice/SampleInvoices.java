package org.echeance.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
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
import org.echeance.core.payment.SepaDirectDebit;
import org.echeance.core.payment.SequenceType;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.javamoney.moneta.Money;

/**
 * Invoices used by the writer tests: the official EN 16931 examples typed by hand (as core's {@code
 * OfficialExamplesTest} types them, with the parties, numbers and dates of the documents so that they are complete
 * EN 16931 invoices), and French invoices that use every business term the model has.
 */
final class SampleInvoices {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CurrencyUnit NOK = Monetary.getCurrency("NOK");
    static final CurrencyUnit DKK = Monetary.getCurrency("DKK");
    static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    static final VatRate S6 = VatRate.standard("6");
    static final VatRate S10 = VatRate.standard("10");
    static final VatRate S12 = VatRate.standard("12");
    static final VatRate S15 = VatRate.standard("15");
    static final VatRate S19 = VatRate.standard("19");
    static final VatRate S20 = VatRate.standard("20");
    static final VatRate S21 = VatRate.standard("21");
    static final VatRate S25 = VatRate.standard("25");
    static final VatRate S5_5 = VatRate.standard("5.5");
    static final VatRate Z = VatRate.zero(VatCategory.ZERO_RATED);
    static final VatRate E = VatRate.zero(VatCategory.EXEMPT);
    static final VatRate AE = VatRate.zero(VatCategory.REVERSE_CHARGE);

    private SampleInvoices() {}

    // ----------------------------------------------------------------------------------------------------------
    // Official EN 16931 examples (ConnectingEurope/eInvoicing-EN16931 v1.3.16, EUPL 1.2), lines typed as core's
    // OfficialExamplesTest types them; see the comments there for the lines typed differently from the XML.
    // ----------------------------------------------------------------------------------------------------------

    /** CII_example1: 20 lines at 6 % and 21 %, one returned item (NL, EUR). */
    static Invoice example1() {
        UnitCode unit = UnitCode.PIECE;
        return parties(
                        DocumentType.COMMERCIAL_INVOICE,
                        EUR,
                        Party.builder("De Koksmaat")
                                .vatNumber("NL123456789B01")
                                .legalRegistration(PartyIdentifier.of("57151520"))
                                .address(PostalAddress.of("Postbus 7l", "9350 AA", "Leek", "NL"))
                                .build(),
                        Party.builder("ODIN 59")
                                .identifier(PartyIdentifier.of("10202"))
                                .address(PostalAddress.of("Postbus 59", "5600 AB", "Eindhoven", "NL"))
                                .build())
                .number("12115118")
                .issueDate(LocalDate.of(2015, 1, 9))
                .dueDate(LocalDate.of(2015, 1, 23))
                .note(InvoiceNote.of("AAI", "Alle leveringen zijn franco. Alle prijzen zijn incl. BTW."))
                .paymentInstructions(PaymentInstructions.of(PaymentMeansCode.CASH))
                .line(line("1", "PATAT FRITES 10MM 10KG", "2", unit, "9.95", EUR, S6))
                .line(line("2", "KAAS 50PL. JONG BEL. 1KG", "1", unit, "9.85", EUR, S6))
                .line(line("3", "POT KETCHUP 3 LT", "1", unit, "8.29", EUR, S6))
                .line(line("4", "FRITESSAUS 3 LRR", "2", unit, "7.23", EUR, S6))
                .line(line("5", "KOFFIE BLIK 3,5KG SNELF", "1", unit, "35", EUR, S6))
                .line(line("6", "KOFFIE 3.5 KG BLIK STAND", "1", unit, "35", EUR, S6))
                .line(line("7", "SUIKERKLONT", "1", unit, "10.65", EUR, S6))
                .line(line("8", "1 KG UL BLOKJES", "1", unit, "1.55", EUR, S6))
                .line(line("9", "BLOCKNOTE A5", "3", unit, "4.79", EUR, S6))
                .line(line("10", "CHIPS NAT KLEIN ZAKJES", "1", unit, "8.29", EUR, S6))
                .line(line("11", "CHIPS PAP KLEINE ZAKJES", "2", unit, "8.29", EUR, S6))
                .line(line("12", "TR KL PAKJES APPELSAP", "1", unit, "9.95", EUR, S6))
                .line(line("13", "PK CHOCOLADEMELK", "2", unit, "1.65", EUR, S6))
                .line(line("14", "KRAT BIER", "1", unit, "10.8", EUR, S21))
                .line(line("15", "STATIEGELD", "1", unit, "3.9", EUR, S6))
                .line(line("16", "BLEEK 3 X 750 ML", "2", unit, "3.8", EUR, S21))
                .line(line("17", "WC PAPIER", "2", unit, "4.67", EUR, S21))
                .line(line("18", "BALPENNEN 50 ST BLAUW", "1", unit, "18.63", EUR, S21))
                .line(line("19", "EM FRITUURVET", "6", unit, "17.02", EUR, S6))
                .line(line("20", "FRITUUR VET 10 KG RETOUR", "-6", unit, "18.33", EUR, S6))
                .build();
    }

    /** CII_example2: price discounts, line allowance and charge, document allowance and charge, an exempt line. */
    static Invoice example2() {
        UnitCode nar = UnitCode.of("NAR");
        return parties(
                        DocumentType.COMMERCIAL_INVOICE,
                        NOK,
                        Party.builder("Salescompany ltd.")
                                .vatNumber("NO123456785MVA")
                                .legalRegistration(PartyIdentifier.of("123456789"))
                                .address(PostalAddress.of("Main street 34", "303", "Big city", "NO"))
                                .contact(Contact.of("Antonio Salesmacher", "antonio@salescompany.no", "+4746211230"))
                                .build(),
                        Party.builder("The Buyercompany")
                                .vatNumber("NO987654325MVA")
                                .address(PostalAddress.of("Anystreet 8", "101", "Anytown", "NO"))
                                .contact(Contact.of("John Doe", "john@buyercompany.no", "+4757452111"))
                                .build())
                .number("TOSL108")
                .issueDate(LocalDate.of(2013, 6, 30))
                .dueDate(LocalDate.of(2013, 7, 20))
                .buyerReference("3150bdn")
                .purchaseOrderReference("123")
                .note(InvoiceNote.of("Ordered in our booth at the convention"))
                .invoicingPeriod(InvoicePeriod.ofClosed(LocalDate.of(2013, 6, 1), LocalDate.of(2013, 6, 30)))
                .deliveryDate(LocalDate.of(2013, 6, 15))
                .deliverTo(PostalAddress.of("Deliverystreet 2", "523427", "DeliveryCity", "NO"))
                .line(InvoiceLine.builder("1", "Laptop computer")
                        .note("Scratch on box")
                        .sellerItemId("JB007")
                        .description("Processor: Intel Core 2 Duo SU9400 LV (1.4GHz). RAM: 3MB.")
                        .quantity("1", nar)
                        .price(Price.ofGross(nok("1498"), nok("225")))
                        .allowanceCharge(AllowanceCharge.allowance(nok("12")).withReason("95", "Damage"))
                        .allowanceCharge(AllowanceCharge.charge(nok("12")).withReason("ABL", "Testing"))
                        .vatRate(S25)
                        .orderLineReference("1")
                        .build())
                .line(InvoiceLine.builder("2", "Returned \"Advanced computing\" book")
                        .note("Cover is slightly damaged.")
                        .quantity("-1", nar)
                        .price(Price.of(nok("3.96")))
                        .vatRate(S15)
                        .build())
                .line(InvoiceLine.builder("3", "\"Computing for dummies\" book")
                        .quantity("2", nar)
                        .price(Price.of(nok("2.48")))
                        .vatRate(S15)
                        .build())
                .line(InvoiceLine.builder("4", "Returned IBM 5150 desktop")
                        .quantity("-1", nar)
                        .price(Price.of(nok("25")))
                        .vatRate(E)
                        .exemption(null, "Exempt New Means of Transport")
                        .build())
                .line(InvoiceLine.builder("5", "Network cable")
                        .quantity("250", UnitCode.METRE)
                        .price(Price.of(nok("0.75")))
                        .vatRate(S25)
                        .build())
                .allowanceCharge(AllowanceCharge.allowance(nok("100"))
                        .withReason("95", "Promotion discount")
                        .withVatRate(S25))
                .allowanceCharge(AllowanceCharge.charge(nok("100"))
                        .withReason("FC", "Freight")
                        .withVatRate(S25))
                .paymentInstructions(new PaymentInstructions(
                        PaymentMeansCode.CREDIT_TRANSFER,
                        java.util.Optional.of("0003434323213231"),
                        java.util.Optional.of(Iban.parse("NO9386011117947")),
                        java.util.Optional.empty(),
                        java.util.Optional.of(Bic.parse("DNBANOKK")),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()))
                .paymentTerms("2 % discount if paid within 2 days. Penalty percentage 10 % from due date")
                .prepaidAmount(nok("1000"))
                .build();
    }

    /** CII_example4: two VAT rates (DK, DKK). */
    static Invoice example4() {
        return parties(DocumentType.COMMERCIAL_INVOICE, DKK, dkSeller("SellerCompany"), dkBuyer())
                .number("TOSL110")
                .issueDate(LocalDate.of(2013, 4, 10))
                .dueDate(LocalDate.of(2013, 5, 10))
                .buyerReference("4598375937")
                .line(line("1", "Printing paper", "1000", UnitCode.ONE, "1", DKK, S25))
                .line(line("2", "Parker Pen", "100", UnitCode.ONE, "5", DKK, S25))
                .line(line("3", "American Cookies", "500", UnitCode.ONE, "5", DKK, S12))
                .build();
    }

    /**
     * CII_example5: percentage allowances and charges on a line and on the document, a price discount, a prepaid
     * amount and VAT in another currency (BT-6 = EUR). The rate 0.93129 reproduces the stated BT-111 (an
     * assumption: EN 16931 has no element for the rate).
     */
    static Invoice example5() {
        return parties(DocumentType.COMMERCIAL_INVOICE, DKK, dkSeller("SellerCompany"), dkBuyer())
                .number("TOSL110")
                .issueDate(LocalDate.of(2013, 4, 10))
                .dueDate(LocalDate.of(2013, 5, 10))
                .taxExchangeRate(new ExchangeRate(
                        EUR, new BigDecimal("0.93129"), "assumed to reproduce BT-111", LocalDate.of(2013, 4, 10)))
                .line(InvoiceLine.builder("1", "Printing paper")
                        .note("first line")
                        .quantity("1000", UnitCode.ONE)
                        .price(Price.ofGross(dkk("1.1"), dkk("0.10")).withBaseQuantity(BigDecimal.ONE))
                        .allowanceCharge(AllowanceCharge.allowanceOf(BigDecimal.TEN, dkk("1000"))
                                .withReason("95", "Loyal customer"))
                        .allowanceCharge(AllowanceCharge.chargeOf(BigDecimal.TEN, dkk("1000"))
                                .withReason("ABL", "Packaging"))
                        .vatRate(S25)
                        .build())
                .line(line("2", "Parker Pen", "100", UnitCode.ONE, "5", DKK, S25))
                .line(line("3", "American Cookies", "500", UnitCode.ONE, "5", DKK, S12))
                .allowanceCharge(AllowanceCharge.allowanceOf(BigDecimal.TEN, dkk("1500"))
                        .withReason("95", "Loyal customer")
                        .withVatRate(S25))
                .allowanceCharge(AllowanceCharge.chargeOf(BigDecimal.TEN, dkk("1500"))
                        .withReason("ABL", "Packaging")
                        .withVatRate(S25))
                .prepaidAmount(dkk("2337.5"))
                .build();
    }

    /** ubl-tc434-creditnote1: a credit note for an exempt service (BE, EUR). */
    static Invoice creditNote1() {
        return parties(
                        DocumentType.CREDIT_NOTE,
                        EUR,
                        Party.builder("My Supplier Company N.V.")
                                .vatNumber("BE0000000196")
                                .address(PostalAddress.of("Rue de l'Industrie 1", "1000", "Brussels", "BE"))
                                .build(),
                        Party.builder("My Customer Company S.A.")
                                .address(PostalAddress.of("Avenue Louise 2", "1050", "Brussels", "BE"))
                                .build())
                .number("CN-2018-001")
                .issueDate(LocalDate.of(2018, 1, 25))
                .precedingInvoice(InvoiceReference.of("INV-2017-117", LocalDate.of(2017, 12, 15)))
                .paymentTerms("Refund within 30 days")
                .line(InvoiceLine.builder("1", "Exonération du versement du PP")
                        .quantity("1.00", UnitCode.ONE)
                        .price(Price.of(eur("100.11")))
                        .vatRate(E)
                        .exemption(null, "Taxes are not applicable")
                        .build())
                .build();
    }

    /** CII-BR-CO-10-RoundingIssue: a ticket and its cancellation net to zero (DE, EUR). */
    static Invoice roundingIssue() {
        UnitCode ie = UnitCode.of("IE");
        return parties(
                        DocumentType.COMMERCIAL_INVOICE,
                        EUR,
                        Party.builder("Seller GmbH")
                                .vatNumber("DE123456789")
                                .address(PostalAddress.of("Musterstr. 1", "10115", "Berlin", "DE"))
                                .build(),
                        Party.builder("BuyerName")
                                .address(PostalAddress.of("Buyerstr. 2", "20095", "Hamburg", "DE"))
                                .build())
                .number("471102")
                .issueDate(LocalDate.of(2018, 3, 5))
                .line(InvoiceLine.builder("1", "Flugschein")
                        .quantity("1", ie)
                        .price(Price.ofGross(eur("857.76"), eur("136.95")))
                        .vatRate(S19)
                        .build())
                .line(InvoiceLine.builder("1/Z", "Flugschein")
                        .quantity("1", ie)
                        .price(Price.ofGross(eur("0.01"), eur("0")))
                        .vatRate(Z)
                        .build())
                .line(InvoiceLine.builder("2", "Flug Storno Inland")
                        .quantity("-1", ie)
                        .price(Price.ofGross(eur("857.76"), eur("136.95")))
                        .vatRate(S19)
                        .build())
                .line(InvoiceLine.builder("2/Z", "Flug Storno Inland")
                        .quantity("-1", ie)
                        .price(Price.ofGross(eur("0.01"), eur("0")))
                        .vatRate(Z)
                        .build())
                .build();
    }

    // ----------------------------------------------------------------------------------------------------------
    // French invoices using every business term the model has
    // ----------------------------------------------------------------------------------------------------------

    /** A French seller with SIREN (scheme 0002), VAT id, electronic address (SIREN, scheme 0225) and contact. */
    static Party frenchSeller() {
        return Party.builder("Atelier Echeance SAS")
                .tradingName("Atelier Echeance")
                .legalRegistration(PartyIdentifier.of(Siren.parse("812345676")))
                .identifier(new PartyIdentifier("3012345000000", java.util.Optional.of("0088")))
                .vatNumber("FR19812345676")
                .legalInformation("SAS au capital de 10 000 EUR, RCS Paris 812 345 676")
                .address(PostalAddress.of("12 rue des Tanneurs", "75003", "Paris", "FR")
                        .withLines("12 rue des Tanneurs", "Bâtiment B", "3e étage"))
                .contact(Contact.of("Service comptabilité", "compta@atelier.example", "01 42 68 53 00"))
                .electronicAddress(ElectronicAddress.of("0225", "812345676"))
                .build();
    }

    /** A French business buyer with SIREN, VAT id, electronic address and contact. */
    static Party frenchBuyer() {
        return Party.builder("Client Industriel SARL")
                .legalRegistration(PartyIdentifier.of(Siren.parse("552100554")))
                .vatNumber("FR96552100554")
                .address(PostalAddress.of("5 avenue de la Gare", "69002", "Lyon", "FR"))
                .contact(Contact.of("Mme Achat", "achats@client.example", "+33478000000"))
                .electronicAddress(ElectronicAddress.of("EM", "factures@client.example"))
                .build();
    }

    /** A full French B2B invoice: every header term, legal mentions, credit transfer with RF reference. */
    static Invoice french() {
        return frenchBuilder(DocumentType.COMMERCIAL_INVOICE).build();
    }

    static Invoice.Builder frenchBuilder(DocumentType type) {
        return frenchBase(type)
                .note(InvoiceNote.of("AAI", "Facture émise dans le cadre du contrat-cadre 2026"))
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE);
    }

    /** {@link #frenchBuilder(DocumentType)} without its notes. */
    private static Invoice.Builder frenchBase(DocumentType type) {
        return Invoice.builder(type, EUR)
                .number("FA-2026-00042")
                .issueDate(LocalDate.of(2026, 3, 2))
                .dueDate(LocalDate.of(2026, 4, 1))
                .seller(frenchSeller())
                .buyer(frenchBuyer())
                .payee(Party.builder("Affacturage Crédit SA")
                        .legalRegistration(PartyIdentifier.of(Siren.parse("732829320")))
                        .build())
                .buyerReference("SERVICE-ACHATS-7")
                .purchaseOrderReference("BC-2026-118")
                .deliveryDate(LocalDate.of(2026, 2, 27))
                .invoicingPeriod(InvoicePeriod.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .deliverTo(PostalAddress.of("ZI des Platanes", "69800", "Saint-Priest", "FR"))
                .line(InvoiceLine.builder("1", "Conseil")
                        .note("Mission de février")
                        .description("Accompagnement à la facturation électronique")
                        .sellerItemId("CONS-J")
                        .quantity("3.5", UnitCode.DAY)
                        .price(Price.ofGross(eur("850.00"), eur("50.00")))
                        .allowanceCharge(AllowanceCharge.allowanceOf(new BigDecimal("5"), eur("2800.00"))
                                .withReason("95", "Remise fidélité"))
                        .vatRate(S20)
                        .period(InvoicePeriod.ofClosed(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20)))
                        .orderLineReference("3")
                        .build())
                .line(InvoiceLine.builder("2", "Vis inox")
                        .quantity("1250", UnitCode.PIECE)
                        .price(Price.of(eur("12.3456")).withBaseQuantity(new BigDecimal("100")))
                        .allowanceCharge(AllowanceCharge.charge(eur("15.00")).withReason("ABL", "Emballage"))
                        .vatRate(S20)
                        .build())
                .line(InvoiceLine.builder("3", "Livres techniques")
                        .quantity("2", UnitCode.PIECE)
                        .price(Price.of(eur("39.90")))
                        .vatRate(S5_5)
                        .build())
                .line(InvoiceLine.builder("4", "Formation professionnelle")
                        .quantity("1", UnitCode.ONE)
                        .price(Price.of(eur("600.00")))
                        .vatRate(E)
                        .exemption("VATEX-EU-132", "Exonération de TVA, article 261-4-4° du CGI")
                        .build())
                .allowanceCharge(AllowanceCharge.allowance(eur("20.00"))
                        .withReason("95", "Remise commerciale")
                        .withVatRate(S20))
                .allowanceCharge(AllowanceCharge.chargeOf(new BigDecimal("2.5"), eur("400.00"))
                        .withReason("FC", "Frais de port")
                        .withVatRate(S20))
                .paymentInstructions(new PaymentInstructions(
                        PaymentMeansCode.SEPA_CREDIT_TRANSFER,
                        java.util.Optional.of(
                                RfCreditorReference.of("FA-2026-00042").toString()),
                        java.util.Optional.of(Iban.parse("FR76 3000 6000 0112 3456 7890 189")),
                        java.util.Optional.of("Atelier Echeance"),
                        java.util.Optional.of(Bic.parse("AGRIFRPP")),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()))
                .paymentTerms("Paiement à 30 jours")
                .prepaidAmount(eur("500.00"))
                .roundingAmount(eur("0.01"));
    }

    /** A French invoice paid by SEPA direct debit (mandate BT-89, creditor id BT-90, debited account BT-91). */
    static Invoice directDebit() {
        Iban debtor = Iban.parse("FR14 2004 1010 0505 0001 3M02 606");
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("FA-2026-00043")
                .issueDate(LocalDate.of(2026, 3, 2))
                .dueDate(LocalDate.of(2026, 3, 12))
                .seller(frenchSeller())
                .buyer(frenchBuyer())
                .line(InvoiceLine.builder("1", "Abonnement mensuel")
                        .quantity("1", UnitCode.MONTH)
                        .price(Price.of(eur("49.90")))
                        .vatRate(S20)
                        .period(InvoicePeriod.ofClosed(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                        .build())
                .paymentInstructions(PaymentInstructions.from(new SepaDirectDebit(
                        "MANDAT-2026-0042", "FR72ZZZ123456", SequenceType.RCUR, java.util.Optional.of(debtor))))
                .build();
    }

    /** An intra-EU service under reverse charge (AE), French seller, German buyer. */
    static Invoice reverseCharge() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("FA-2026-00044")
                .issueDate(LocalDate.of(2026, 3, 2))
                .dueDate(LocalDate.of(2026, 4, 1))
                .seller(frenchSeller())
                .buyer(Party.builder("Kunde GmbH")
                        .vatNumber("DE123456789")
                        .address(PostalAddress.of("Hauptstr. 1", "10115", "Berlin", "DE"))
                        .build())
                .line(InvoiceLine.builder("1", "Développement logiciel")
                        .quantity("10", UnitCode.HOUR)
                        .price(Price.of(eur("95.00")))
                        .vatRate(AE)
                        .exemption("VATEX-EU-AE", "Autoliquidation")
                        .build())
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("AGRIFRPP"), "FA-2026-00044"))
                .build();
    }

    /** A credit note (381) that credits part of {@link #french()} and references it (BG-3). */
    static Invoice creditNote() {
        return Invoice.builder(DocumentType.CREDIT_NOTE, EUR)
                .number("AV-2026-00007")
                .issueDate(LocalDate.of(2026, 3, 10))
                .dueDate(LocalDate.of(2026, 3, 20))
                .seller(frenchSeller())
                .buyer(frenchBuyer())
                .precedingInvoice(InvoiceReference.of("FA-2026-00042", LocalDate.of(2026, 3, 2)))
                .line(InvoiceLine.builder("1", "Vis inox (retour)")
                        .quantity("200", UnitCode.PIECE)
                        .price(Price.of(eur("12.3456")).withBaseQuantity(new BigDecimal("100")))
                        .vatRate(S20)
                        .build())
                .note(InvoiceNote.of("AAI", "Avoir sur facture FA-2026-00042 du 02/03/2026"))
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("AGRIFRPP"), "AV-2026-00007"))
                .build();
    }

    /** A EUR invoice whose VAT is also stated in GBP (BT-6, BT-111). */
    static Invoice taxCurrency() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("FA-2026-00045")
                .issueDate(LocalDate.of(2026, 3, 2))
                .dueDate(LocalDate.of(2026, 4, 1))
                .taxExchangeRate(new ExchangeRate(GBP, new BigDecimal("0.8612"), "ECB", LocalDate.of(2026, 2, 27)))
                .seller(frenchSeller())
                .buyer(frenchBuyer())
                .line(line("1", "Prestation", "3", UnitCode.HOUR, "120.00", EUR, S20))
                .line(line("2", "Livre", "1", UnitCode.PIECE, "25.00", EUR, S5_5))
                .build();
    }

    // ----------------------------------------------------------------------------------------------------------
    // French invoices written as Peppol BIS 3: electronic addresses with Peppol schemes (BT-34, BT-49), a buyer
    // reference (BT-10), at most one note (the legal payment mentions go in the payment terms, BT-20)
    // ----------------------------------------------------------------------------------------------------------

    /** The legal payment mentions of a French B2B invoice, in one text (Peppol allows one note). */
    static final String FRENCH_PAYMENT_TERMS = "Paiement à 30 jours. Pas d'escompte pour paiement anticipé. Pénalités"
            + " de retard : taux directeur de la BCE majoré de 10 points. Indemnité forfaitaire pour frais de"
            + " recouvrement : 40 EUR.";

    /** {@link #frenchBuyer()} with a Peppol address: its SIRET (scheme 0009) instead of an e-mail address. */
    static Party peppolBuyer() {
        return frenchBuyer().toBuilder()
                .electronicAddress(ElectronicAddress.of("0009", "55210055400013"))
                .build();
    }

    /**
     * {@link #french()} as Peppol BIS 3 carries it: every business term the model has (payee, delivery, periods,
     * price discounts, line and document allowances and charges, exempt line, SEPA credit transfer 58 with RF
     * reference, IBAN, BIC and account name, prepaid and rounding amounts), one note, the mentions in BT-20.
     */
    static Invoice peppolFrench() {
        return peppolFrenchBuilder(DocumentType.COMMERCIAL_INVOICE).build();
    }

    static Invoice.Builder peppolFrenchBuilder(DocumentType type) {
        return frenchBase(type)
                .buyer(peppolBuyer())
                .note(InvoiceNote.of("AAI", "Facture émise dans le cadre du contrat-cadre 2026"))
                .paymentTerms(FRENCH_PAYMENT_TERMS);
    }

    /** A small invoice paid by credit transfer (30) to an IBAN, payment terms but no due date, SIRET addresses. */
    static Invoice peppolCreditTransfer() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("FA-2026-00046")
                .issueDate(LocalDate.of(2026, 3, 2))
                .seller(frenchSeller().toBuilder()
                        .electronicAddress(ElectronicAddress.of("0009", "81234567600017"))
                        .build())
                .buyer(frenchBuyer().toBuilder()
                        .electronicAddress(ElectronicAddress.of("0225", "552100554"))
                        .build())
                .purchaseOrderReference("BC-2026-131")
                .line(line("1", "Maintenance annuelle", "1", UnitCode.ONE, "1200.00", EUR, S20))
                .line(line("2", "Manuel utilisateur", "3", UnitCode.PIECE, "18.50", EUR, S5_5))
                .paymentInstructions(new PaymentInstructions(
                        PaymentMeansCode.CREDIT_TRANSFER,
                        java.util.Optional.of("FA-2026-00046"),
                        java.util.Optional.of(Iban.parse("FR76 3000 6000 0112 3456 7890 189")),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()))
                .paymentTerms(FRENCH_PAYMENT_TERMS)
                .build();
    }

    /** {@link #directDebit()} with a buyer reference and a Peppol buyer address (means 59, mandate BT-89). */
    static Invoice peppolDirectDebit() {
        return directDebit().toBuilder()
                .buyer(peppolBuyer())
                .buyerReference("SERVICE-ACHATS-7")
                .build();
    }

    /** {@link #reverseCharge()} with a German buyer reached by its VAT number (scheme 9930) and a reference. */
    static Invoice peppolReverseCharge() {
        Invoice invoice = reverseCharge();
        return invoice.toBuilder()
                .buyer(invoice.buyer().toBuilder()
                        .electronicAddress(ElectronicAddress.of("9930", "DE123456789"))
                        .build())
                .buyerReference("PO-4711")
                .build();
    }

    /** {@link #creditNote()} with a buyer reference and a Peppol buyer address: a CreditNote, due date in BG-16. */
    static Invoice peppolCreditNote() {
        return creditNote().toBuilder()
                .buyer(peppolBuyer())
                .buyerReference("SERVICE-ACHATS-7")
                .build();
    }

    /** {@link #taxCurrency()} with a buyer reference and a Peppol buyer address (BT-6 GBP, BT-111). */
    static Invoice peppolTaxCurrency() {
        return taxCurrency().toBuilder()
                .buyer(peppolBuyer())
                .buyerReference("SERVICE-ACHATS-7")
                .build();
    }

    /**
     * A corrected invoice (384) between a German seller and a German buyer, with two notes: the one case where
     * Peppol BIS 3 allows both (PEPPOL-EN16931-P0112, R002), with what the German national rules (DE-R-*) ask.
     */
    static Invoice peppolGermanCorrected() {
        return Invoice.builder(DocumentType.CORRECTED_INVOICE, EUR)
                .number("RE-2026-0815")
                .issueDate(LocalDate.of(2026, 3, 9))
                .dueDate(LocalDate.of(2026, 4, 8))
                .seller(Party.builder("Werkstatt Müller GmbH")
                        .vatNumber("DE123456789")
                        .address(PostalAddress.of("Hauptstraße 1", "10115", "Berlin", "DE"))
                        .contact(Contact.of("Buchhaltung", "rechnung@mueller.example", "+49301234567"))
                        .electronicAddress(ElectronicAddress.of("9930", "DE123456789"))
                        .build())
                .buyer(Party.builder("Kunde AG")
                        .vatNumber("DE136695976")
                        .address(PostalAddress.of("Marktplatz 5", "80331", "München", "DE"))
                        .electronicAddress(ElectronicAddress.of("0088", "3012345000017"))
                        .build())
                .buyerReference("04011000-12345-34")
                .precedingInvoice(InvoiceReference.of("RE-2026-0801", LocalDate.of(2026, 3, 2)))
                .note(InvoiceNote.of("AAI", "Korrektur der Rechnung RE-2026-0801"))
                .note(InvoiceNote.of("REG", "Amtsgericht Berlin HRB 12345"))
                .line(line("1", "Reparatur", "2", UnitCode.HOUR, "85.00", EUR, S19))
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("DE89370400440532013000"), Bic.parse("COBADEFFXXX"), "RE-2026-0815"))
                .paymentTerms("Zahlbar innerhalb von 30 Tagen ohne Abzug")
                .build();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Helpers
    // ----------------------------------------------------------------------------------------------------------

    static Invoice.Builder parties(DocumentType type, CurrencyUnit currency, Party seller, Party buyer) {
        return Invoice.builder(type, currency).seller(seller).buyer(buyer);
    }

    private static Party dkSeller(String name) {
        return Party.builder(name)
                .vatNumber("DK12345678")
                .address(PostalAddress.of("Sellerstreet 1", "1234", "Sellercity", "DK"))
                .build();
    }

    private static Party dkBuyer() {
        return Party.builder("Buyercompany ltd")
                .address(PostalAddress.of("Anystreet, Building 1", "101", "Anytown", "DK"))
                .build();
    }

    static InvoiceLine line(
            String id, String name, String quantity, UnitCode unit, String price, CurrencyUnit currency, VatRate rate) {
        return InvoiceLine.builder(id, name)
                .quantity(quantity, unit)
                .price(Price.of(Money.of(new BigDecimal(price), currency)))
                .vatRate(rate)
                .build();
    }

    static MonetaryAmount eur(String value) {
        return Money.of(new BigDecimal(value), EUR);
    }

    static MonetaryAmount nok(String value) {
        return Money.of(new BigDecimal(value), NOK);
    }

    static MonetaryAmount dkk(String value) {
        return Money.of(new BigDecimal(value), DKK);
    }
}
