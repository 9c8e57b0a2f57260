package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.pdf.PdfFixtures.eur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentLinkProvider;
import org.echeance.pdf.qr.EpcQrPayload;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {
    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    @Test
    void printsEveryAmountDateIdentifierAndLegalMentionOfTheDemoInvoice() {
        byte[] pdf = renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options());

        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains(
                        "Facture",
                        "FA-2026-00001",
                        "Date d'émission 15/01/2026",
                        "Date d'échéance 14/02/2026",
                        "Date de livraison 12/01/2026",
                        "BC-2026-117",
                        "Boulangerie Martin SAS",
                        "N° TVA FR15901234567",
                        "SIREN 812 345 676",
                        "N° TVA FR19812345676",
                        "SARL au capital de 20 000 EUR, RCS Lyon 812 345 676")
                // Lines: net amounts, a 4-decimal unit price kept as entered, the line allowance
                .contains("2 400,00 €", "2 160,00 €", "552,50 €", "97,50 €", "14,9917 €", "179,90 €")
                .contains("Remise fidélité 10 % : −240,00 €")
                // Hand check: 2160.00 + 552.50 + 97.50 + 179.90 = 2989.90; + 45.00 travel = 3034.90;
                // VAT 587.48 (20 % of 2937.40) + 5.36 (5.5 % of 97.50) = 592.84; 3627.74 incl. VAT
                .contains("Total des lignes HT 2 989,90 €", "Frais de déplacement 45,00 €", "Total HT 3 034,90 €")
                .contains("Taux normal 20 % 2 937,40 € 587,48 €", "Taux normal 5,5 % 97,50 € 5,36 €")
                .contains("Total TVA 592,84 €", "Total TTC 3 627,74 €", "Net à payer 3 627,74 €")
                .contains(
                        "IBAN FR14 2004 1010 0505 0001 3M02 606",
                        "BIC PSSTFRPPLYO",
                        "Référence " + PdfFixtures.REFERENCE.toPrintString(),
                        "Échéance 14/02/2026",
                        "Conditions de paiement : 30 jours net, par virement")
                .contains(
                        "Pénalités de retard : 12,15 % l'an",
                        "Indemnité forfaitaire pour frais de recouvrement : 40 EUR")
                .contains("Page 1 sur");
    }

    @Test
    void theEpcQrCodeDecodesToTheInvoicePayment() {
        Invoice invoice = PdfFixtures.demoInvoice();
        byte[] pdf = renderer.renderInvoice(invoice, PdfFixtures.options());

        List<String> codes = PdfReading.decodeQrCodes(PdfReading.renderPage(pdf, 0, 200));

        assertThat(codes)
                .containsExactly(EpcQrPayload.forInvoice(invoice).orElseThrow().toString());
        EpcQrPayload read = EpcQrPayload.parse(codes.get(0));
        assertThat(read.amount().orElseThrow().isEqualTo(eur("3627.74"))).isTrue();
        assertThat(read.iban()).isEqualTo(PdfFixtures.IBAN);
        assertThat(read.structuredReference()).contains(PdfFixtures.REFERENCE.toString());
    }

    @Test
    void isPdfA3b() {
        assertThat(PdfReading.pdfA3bFailures(renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options())))
                .isEmpty();
    }

    @Test
    void printsEnglishLabelsAndFormatsForAnEnglishLocale() {
        byte[] pdf = renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options(Locale.UK));

        assertThat(PdfReading.text(pdf))
                .contains("Invoice", "Issue date 15 Jan 2026", "Due date 14 Feb 2026", "Amount due €3,627.74")
                .contains("Total excl. VAT €3,034.90", "IBAN", "Page 1 of");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCorrectsAndHasNoQrCode() {
        Invoice invoice = PdfFixtures.demoInvoice();
        byte[] pdf = renderer.renderInvoice(PdfFixtures.creditNote(invoice), PdfFixtures.options());

        assertThat(PdfReading.text(pdf))
                .contains("Avoir", "AV-2026-00001", "Avoir sur la facture FA-2026-00001 du 15/01/2026")
                .contains("Montant de l'avoir 36,00 €")
                .doesNotContain("Net à payer");
        assertThat(PdfReading.decodeQrCodes(PdfReading.renderPage(pdf, 0, 150))).isEmpty();
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void rendersLongAndNonLatinNamesZeroTotalsAndNoLogo() {
        Invoice invoice = PdfFixtures.longNamesInvoice();

        byte[] pdf = renderer.renderInvoice(invoice, PdfFixtures.options());

        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(PdfFixtures.LONG_ITEM_NAME);
        assertThat(text).contains("Ελληνική Εταιρεία Λογισμικού ΑΕ", "ООО «Ромашка»", "Łódź Ärzte GmbH", "Αθήνα");
        assertThat(text).contains("Net à payer 0,00 €");
        assertThat(PdfReading.decodeQrCodes(PdfReading.renderPage(pdf, 0, 150))).isEmpty();
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void printsPngAndSvgLogosAndStaysPdfA() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1F, 0x3A, 0x5F));
        g.fillRect(0, 0, 80, 40);
        g.dispose();
        ImageIO.write(image, "png", png);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
                + "<rect width=\"120\" height=\"40\" fill=\"#C85A17\"/><circle cx=\"20\" cy=\"20\" r=\"15\" fill=\"#fff\"/>"
                + "</svg>";
        for (byte[] logo : List.of(png.toByteArray(), svg.getBytes(StandardCharsets.UTF_8))) {
            Branding branding = PdfFixtures.branding().toBuilder()
                    .logo(Logo.of(logo))
                    .primaryColor(RgbColor.parse("#0B6E4F"))
                    .build();
            byte[] pdf = renderer.renderInvoice(
                    PdfFixtures.demoInvoice(), PdfFixtures.options().withBranding(branding));

            assertThat(PdfReading.pdfA3bFailures(pdf))
                    .as(Logo.of(logo).toString())
                    .isEmpty();
            // The logo is drawn: the top-left corner of the page is no longer white.
            java.awt.image.BufferedImage page = PdfReading.renderPage(pdf, 0, 72);
            assertThat(page.getRGB(45, 45) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
        }
    }

    @Test
    void printsAPaymentLinkWithItsOwnQrCode() {
        Invoice invoice = PdfFixtures.demoInvoice();
        URI url = URI.create("https://pay.example.com/i/FA-2026-00001");
        PaymentLinkProvider provider =
                request -> PaymentLink.of(URI.create("https://pay.example.com/i/" + request.invoiceNumber()));

        byte[] pdf = ITextInvoiceRenderer.withPaymentLinks(provider, "atelier-durand")
                .renderInvoice(invoice, PdfFixtures.options());

        assertThat(PdfReading.text(pdf)).contains("Payer en ligne : " + url);
        assertThat(PdfReading.decodeQrCodes(PdfReading.renderPage(pdf, 0, 200)))
                .containsExactlyInAnyOrder(
                        url.toString(),
                        EpcQrPayload.forInvoice(invoice).orElseThrow().toString());
    }

    @Test
    void aFailingLinkProviderLeavesTheInvoiceWithoutLink() {
        PaymentLinkProvider failing = request -> {
            throw new IllegalStateException("PSP down");
        };

        byte[] pdf = ITextInvoiceRenderer.withPaymentLinks(failing, "atelier-durand")
                .renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options());

        assertThat(PdfReading.text(pdf)).doesNotContain("Payer en ligne").contains("IBAN");
    }

    @Test
    void embedsAFacturXFileWithItsRelationshipAndXmpProfile() throws IOException {
        byte[] xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"/>"
                        .getBytes(StandardCharsets.UTF_8);
        RenderOptions options = PdfFixtures.options().withFacturX(FacturXSource.of(xml, FacturXSource.EN_16931));

        byte[] pdf = renderer.renderInvoice(PdfFixtures.demoInvoice(), options);

        try (PDDocument doc = PdfReading.load(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode files = names.getEmbeddedFiles();
            PDComplexFileSpecification spec = files.getNames().get("factur-x.xml");
            assertThat(spec).isNotNull();
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(xml);
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("text/xml");
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Alternative");
            assertThat(doc.getDocumentCatalog()
                            .getCOSObject()
                            .getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("AF")))
                    .hasSize(1);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            // iText writes simple XMP properties as attributes or as elements
            assertThat(xmp)
                    .containsPattern("fx:ConformanceLevel(=\"|>)EN 16931")
                    .containsPattern("fx:DocumentFileName(=\"|>)factur-x.xml")
                    .containsPattern("fx:DocumentType(=\"|>)INVOICE")
                    .containsPattern("pdfaid:part(=\"|>)3");
        }
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void minimumProfileUsesTheDataRelationship() {
        FacturXSource source = FacturXSource.of(new byte[] {'<', 'a', '/', '>'}, FacturXSource.MINIMUM);
        assertThat(source.toAttachment().relationship()).isEqualTo(AttachmentRelationship.DATA);
        assertThat(FacturXSource.of(new byte[] {1}, FacturXSource.EXTENDED).relationship())
                .isEqualTo(AttachmentRelationship.ALTERNATIVE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FacturXSource.of(new byte[] {1}, "COMFORT"))
                .isInstanceOfSatisfying(
                        org.echeance.core.validation.ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-PDF-05")).isTrue());
    }
}
