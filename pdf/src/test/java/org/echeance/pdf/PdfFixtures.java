package org.echeance.pdf;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Contact;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.javamoney.moneta.Money;

/** A French seller, its customer and invoices of any size, with fictitious but valid identifiers. */
public final class PdfFixtures {
    public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    public static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    public static final LocalDate DUE = LocalDate.of(2026, 2, 14);
    public static final Instant FIXED_TIME = Instant.parse("2026-01-15T09:30:00Z");
    public static final Iban IBAN = Iban.parse("FR14 2004 1010 0505 0001 3M02 606");
    public static final Bic BIC = Bic.parse("PSSTFRPPLYO");
    public static final RfCreditorReference REFERENCE = RfCreditorReference.of("C0042");
    public static final LatePaymentTerms LATE_TERMS = LatePaymentTerms.frenchDefault(new BigDecimal("2.15"));

    private PdfFixtures() {}

    public static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    public static Party seller() {
        return Party.builder("Atelier Durand SARL")
                .legalRegistration(PartyIdentifier.of(Siren.parse("812345676")))
                .vatNumber("FR19812345676")
                .legalInformation("SARL au capital de 20 000 EUR, RCS Lyon 812 345 676")
                .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                .contact(Contact.of("Claire Durand", "facturation@atelier-durand.example", "04 72 00 12 34"))
                .build();
    }

    public static Party buyer() {
        return Party.builder("Boulangerie Martin SAS")
                .vatNumber("FR15901234567")
                .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                .contact(Contact.of("Julien Martin", "julien.martin@boulangerie-martin.example", "04 78 00 98 76"))
                .build();
    }

    public static Branding branding() {
        return Branding.builder(seller()).build();
    }

    public static RenderOptions options() {
        return RenderOptions.of(branding()).deterministic(FIXED_TIME, "atelier-durand/test");
    }

    public static RenderOptions options(Locale locale) {
        return options().withLocale(locale);
    }

    /** The demo invoice: two VAT rates, a line allowance, a document charge, legal notes, SEPA transfer. */
    public static Invoice.Builder demoDraft() {
        VatRate standard = VatRate.standard("20");
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(seller())
                .buyer(buyer())
                .dueDate(DUE)
                .deliveryDate(LocalDate.of(2026, 1, 12))
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
                        .quantity("6.5", UnitCode.HOUR)
                        .unitPrice(eur("85.00"))
                        .vatRate(standard)
                        .build())
                .line(InvoiceLine.builder("3", "Livre « Vendre en ligne »")
                        .quantity("3", UnitCode.PIECE)
                        .unitPrice(eur("32.50"))
                        .vatRate(VatRate.standard("5.5"))
                        .build())
                .line(InvoiceLine.builder("4", "Hébergement mensuel")
                        .quantity("12", UnitCode.MONTH)
                        .unitPrice(eur("14.9917"))
                        .vatRate(standard)
                        .build())
                .allowanceCharge(AllowanceCharge.charge(eur("45.00"))
                        .withReason("FC", "Frais de déplacement")
                        .withVatRate(standard))
                .paymentNotes(LATE_TERMS, EarlyPaymentDiscount.none(), Locale.FRANCE)
                .paymentTerms("30 jours net, par virement")
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(IBAN, BIC, REFERENCE.toString()));
    }

    public static Invoice demoInvoice() {
        return demoDraft().build().issue("FA-2026-00001", ISSUED);
    }

    /**
     * An invoice of n lines: line i is "Article i" with a unique marker, a description of descriptionLines lines,
     * alternately at 20 %, 5.5 %, reverse charge and zero rate when mixedVat is set.
     */
    public static Invoice invoiceWithLines(int n, int descriptionLines, boolean mixedVat) {
        Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(seller())
                .buyer(buyer())
                .dueDate(DUE)
                .paymentTerms("30 jours net")
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(IBAN, BIC, REFERENCE.toString()))
                .paymentNotes(LATE_TERMS, EarlyPaymentDiscount.none(), Locale.FRANCE);
        for (int i = 1; i <= n; i++) {
            InvoiceLine.Builder line = InvoiceLine.builder(Integer.toString(i), itemName(i))
                    .quantity(Integer.toString(i % 7 + 1), UnitCode.PIECE)
                    .unitPrice(eur((i % 50 + 1) + ".25"));
            if (descriptionLines > 0) {
                StringBuilder d = new StringBuilder();
                for (int k = 1; k <= descriptionLines; k++) {
                    d.append(k == 1 ? "" : "\n").append(descriptionLine(i, k));
                }
                line.description(d.toString());
            }
            int kind = mixedVat ? i % 4 : 0;
            if (kind == 0) {
                line.vatRate(VatRate.standard("20"));
            } else if (kind == 1) {
                line.vatRate(VatRate.standard("5.5"));
            } else if (kind == 2) {
                line.vatRate(VatRate.zero(VatCategory.REVERSE_CHARGE)).exemption("VATEX-EU-AE", "Autoliquidation");
            } else {
                line.vatRate(VatRate.zero(VatCategory.ZERO_RATED));
            }
            b.line(line.build());
        }
        return b.build().issue("FA-2026-00500", ISSUED);
    }

    public static String itemName(int i) {
        return String.format(Locale.ROOT, "Article %04d", i);
    }

    public static String descriptionLine(int i, int k) {
        return String.format(Locale.ROOT, "Détail %04d-%02d", i, k);
    }

    /** A 200-character item name with accents, Greek and Cyrillic words: it wraps over several lines of its column. */
    public static final String LONG_ITEM_NAME = "Développement d'une boutique en ligne trilingue (français, ελληνικά,"
            + " русский) : catalogue « Ромашка », paiement sécurisé, livraison à Αθήνα et Łódź, formation de l'équipe"
            + " et maintenance sur douze mois";

    /** The buyer of {@link #longNamesInvoice()}: a Greek, Russian and Polish name and a Greek address. */
    public static final String NON_LATIN_BUYER = "Ελληνική Εταιρεία Λογισμικού ΑΕ — ООО «Ромашка» — Łódź Ärzte GmbH";

    /** A free invoice (zero total) of one line named {@link #LONG_ITEM_NAME} to the {@link #NON_LATIN_BUYER}. */
    public static Invoice longNamesInvoice() {
        Party foreign = Party.builder(NON_LATIN_BUYER)
                .address(PostalAddress.of("Οδός Ερμού 12", "10563", "Αθήνα", "GR"))
                .build();
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(seller())
                .buyer(foreign)
                .paymentTerms("Gratuit")
                .line(InvoiceLine.builder("1", LONG_ITEM_NAME)
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("0.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build()
                .issue("FA-2026-00002", ISSUED);
    }

    public static Invoice creditNote(Invoice corrected) {
        return Invoice.builder(DocumentType.CREDIT_NOTE, EUR)
                .seller(seller())
                .buyer(buyer())
                .precedingInvoice(InvoiceReference.of(
                        corrected.number().orElseThrow(), corrected.issueDate().orElseThrow()))
                .line(InvoiceLine.builder("1", "Geste commercial : interruption de service du 12 février")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("30.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .paymentTerms("Déduit de votre prochaine facture")
                .build()
                .issue("AV-2026-00001", LocalDate.of(2026, 2, 3));
    }
}
