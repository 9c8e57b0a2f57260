package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.pdf.PdfFixtures.eur;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.echeance.core.identifier.Siren;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.OfficialRules;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;
import org.echeance.einvoice.Syntax;
import org.echeance.pdf.internal.TestFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Factur-X invoices in the five profiles, made with {@link InvoiceRenderer#renderFacturX}: the CII of the e-invoice
 * module embedded in the PDF/A-3b, read back with PDFBox, checked by veraPDF and the official EN 16931 rules.
 */
class FacturXTest {
    private static final Pattern GUIDELINE =
            Pattern.compile("<ram:GuidelineSpecifiedDocumentContextParameter>\\s*<ram:ID>([^<]+)</ram:ID>");
    private static final Pattern XMP_LEVEL = Pattern.compile("fx:ConformanceLevel(?:=\"|>)([A-Z0-9 ]+)[\"<]");

    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    /**
     * An invoice each profile can carry: the full demo invoice for EN 16931 and EXTENDED; for BASIC and BASIC WL the
     * same without what they lack (seller legal information, contacts, BIC, item identifiers and descriptions); for
     * MINIMUM only the parties, the lines and the totals (it has no notes, due date, delivery or payment
     * instructions).
     */
    static Invoice invoiceFor(Profile profile) {
        if (profile == Profile.EN_16931 || profile == Profile.EXTENDED) {
            return PdfFixtures.demoInvoice();
        }
        Party seller = Party.builder("Atelier Durand SARL")
                .legalRegistration(PartyIdentifier.of(Siren.parse("812345676")))
                .vatNumber("FR19812345676")
                .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                .build();
        Party buyer = Party.builder("Boulangerie Martin SAS")
                .vatNumber("FR15901234567")
                .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                .build();
        Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, PdfFixtures.EUR)
                .seller(seller)
                .buyer(buyer)
                .purchaseOrderReference("BC-2026-117")
                .line(InvoiceLine.builder("1", "Création du site vitrine")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("2400.00"))
                        .allowanceCharge(AllowanceCharge.allowanceOf(new BigDecimal("10"), eur("2400.00"))
                                .withReason("95", "Remise fidélité"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .line(InvoiceLine.builder("2", "Livre « Vendre en ligne »")
                        .quantity("3", UnitCode.PIECE)
                        .unitPrice(eur("32.50"))
                        .vatRate(VatRate.standard("5.5"))
                        .build());
        if (profile == Profile.MINIMUM) {
            // Built, not issued: without a due date or payment terms (which MINIMUM cannot carry) an invoice with
            // an amount due does not pass core's full EN 16931 check (BR-CO-25); the XML leaves both out anyway
            return b.number("FA-2026-00001").issueDate(PdfFixtures.ISSUED).build();
        }
        b.dueDate(PdfFixtures.DUE)
                .paymentTerms("30 jours net, par virement")
                .paymentInstructions(new PaymentInstructions(
                        PaymentMeansCode.SEPA_CREDIT_TRANSFER,
                        Optional.of(PdfFixtures.REFERENCE.toString()),
                        Optional.of(PdfFixtures.IBAN),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        return b.build().issue("FA-2026-00001", PdfFixtures.ISSUED);
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"MINIMUM", "BASIC_WL", "BASIC", "EN_16931", "EXTENDED"})
    void embedsTheWritersXmlWithTheProfileOfTheXml(Profile profile) throws IOException {
        Invoice invoice = invoiceFor(profile);
        byte[] written = CiiWriter.of(profile).write(invoice);

        byte[] pdf = renderer.renderFacturX(invoice, profile, PdfFixtures.options());

        byte[] embedded;
        String xmp;
        try (PDDocument doc = PdfReading.load(pdf)) {
            PDComplexFileSpecification spec = doc.getDocumentCatalog()
                    .getNames()
                    .getEmbeddedFiles()
                    .getNames()
                    .get("factur-x.xml");
            embedded = spec.getEmbeddedFile().toByteArray();
            boolean reduced = profile == Profile.MINIMUM || profile == Profile.BASIC_WL;
            assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")))
                    .isEqualTo(reduced ? "Data" : "Alternative");
            xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
        assertThat(embedded).isEqualTo(written);

        // The XMP level is the one of the profile the XML states (BT-24), not just the one asked for
        Matcher guideline = GUIDELINE.matcher(new String(embedded, StandardCharsets.UTF_8));
        assertThat(guideline.find()).isTrue();
        Profile stated = Profile.fromSpecificationId(guideline.group(1)).orElseThrow();
        Matcher level = XMP_LEVEL.matcher(xmp);
        assertThat(level.find()).as("fx:ConformanceLevel in %s", xmp).isTrue();
        assertThat(stated).isEqualTo(profile);
        assertThat(level.group(1)).isEqualTo(stated.facturXConformanceLevel().orElseThrow());

        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
        if (profile.isEn16931Compliant()) {
            assertThat(OfficialRules.errors(embedded, Syntax.CII)).isEmpty();
        } else {
            assertThat(OfficialRules.xsdErrors(embedded, Syntax.CII)).isEmpty();
        }
        // The PDF shows what the XML says: the number and the amount due
        String due =
                PdfReading.normalise(new TestFormats().money(invoice.totals().amountDue()));
        assertThat(PdfReading.text(pdf)).contains("FA-2026-00001", due);

        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("factur-x-" + profile.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"), pdf);
    }

    @Test
    void sourceOfAnInvoiceCarriesTheWritersXmlAndLevel() {
        Invoice invoice = PdfFixtures.demoInvoice();
        FacturXSource source = FacturXSource.of(invoice, Profile.EN_16931);
        assertThat(source.xml()).isEqualTo(CiiWriter.of(Profile.EN_16931).write(invoice));
        assertThat(source.profile()).isEqualTo(FacturXSource.EN_16931);
        assertThat(FacturXSource.of(invoiceFor(Profile.BASIC_WL), Profile.BASIC_WL)
                        .profile())
                .isEqualTo(FacturXSource.BASIC_WL);
    }

    @Test
    void refusesPeppolAndTermsAProfileCannotCarry() {
        Invoice demo = PdfFixtures.demoInvoice();
        assertThatThrownBy(() -> renderer.renderFacturX(demo, Profile.PEPPOL_BIS_3, PdfFixtures.options()))
                .isInstanceOfSatisfying(
                        ProfileViolationException.class,
                        e -> assertThat(e.businessTerm()).isEqualTo("BT-24"));
        // The demo seller's legal information (BT-33) is not in BASIC
        assertThatThrownBy(() -> renderer.renderFacturX(demo, Profile.BASIC, PdfFixtures.options()))
                .isInstanceOf(ProfileViolationException.class)
                .hasMessageContaining("BT-33");
    }
}
