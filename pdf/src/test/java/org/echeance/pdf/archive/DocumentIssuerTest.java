package org.echeance.pdf.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.OfficialRules;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;
import org.echeance.einvoice.Syntax;
import org.echeance.pdf.Branding;
import org.echeance.pdf.FacturXSource;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.PdfFixtures;
import org.echeance.pdf.PdfReading;
import org.echeance.pdf.RenderOptions;
import org.echeance.pdf.RgbColor;
import org.junit.jupiter.api.Test;

/**
 * Issued documents never change (peer lesson F2: regenerated PDFs of issued invoices): rendered once on issue,
 * returned as stored, whatever the branding becomes.
 */
class DocumentIssuerTest {
    private static final String SELLER = "atelier-durand";
    private static final String NEW_FOOTER = "Nouvelle adresse depuis le 1er février : 8 quai Saint-Vincent, Lyon";

    private final CountingRenderer renderer = new CountingRenderer();
    private final InMemoryDocumentArchive archive = InMemoryDocumentArchive.create();
    private final DocumentIssuer issuer = DocumentIssuer.of(renderer, archive, Profile.EN_16931);

    private static RenderOptions optionsAt(Branding branding, Instant instant) {
        return RenderOptions.of(branding).withClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static Branding rebranded() {
        return PdfFixtures.branding().toBuilder()
                .primaryColor(RgbColor.parse("#2D6A4F"))
                .accentColor(RgbColor.parse("#005F73"))
                .contactLine("Service facturation : 04 72 99 00 00")
                .footerMention(NEW_FOOTER)
                .build();
    }

    private static String sha256(byte[] bytes) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        return String.format("%064x", new BigInteger(1, digest));
    }

    @Test
    void aBrandingChangeLeavesTheIssuedDocumentAsItWasAndAppliesToTheNextInvoice() throws Exception {
        Invoice first = PdfFixtures.demoInvoice();
        IssuedDocument issued = issuer.issue(SELLER, first, optionsAt(PdfFixtures.branding(), PdfFixtures.FIXED_TIME));
        byte[] pdfAsIssued = issued.pdf();
        byte[] xmlAsIssued = issued.xml();
        assertThat(issued.pdfSha256()).isEqualTo(sha256(pdfAsIssued));
        assertThat(issued.xmlSha256()).isEqualTo(sha256(xmlAsIssued));
        assertThat(PdfReading.text(pdfAsIssued))
                .contains("FA-2026-00001", "SARL au capital de 20 000 EUR")
                .doesNotContain("quai Saint-Vincent");

        // The company moves and changes its colours and footer two weeks later
        RenderOptions later = optionsAt(rebranded(), PdfFixtures.FIXED_TIME.plusSeconds(14 * 86_400));
        IssuedDocument viewed = issuer.view(SELLER, "FA-2026-00001").orElseThrow();
        IssuedDocument reissued = issuer.issue(SELLER, first, later);

        for (IssuedDocument again : new IssuedDocument[] {viewed, reissued}) {
            assertThat(again.pdf()).isEqualTo(pdfAsIssued);
            assertThat(again.xml()).isEqualTo(xmlAsIssued);
            assertThat(again.pdfSha256()).isEqualTo(sha256(pdfAsIssued));
            assertThat(again.xmlSha256()).isEqualTo(sha256(xmlAsIssued));
            assertThat(again.renderedAt()).isEqualTo(PdfFixtures.FIXED_TIME);
        }
        assertThat(renderer.invoicesRendered()).isEqualTo(1);
        assertThat(PdfReading.text(reissued.pdf())).doesNotContain("quai Saint-Vincent");

        // Only documents issued after the change carry the new branding
        Invoice next = PdfFixtures.demoDraft().build().issue("FA-2026-00002", PdfFixtures.ISSUED.plusDays(14));
        IssuedDocument nextIssued = issuer.issue(SELLER, next, later);
        assertThat(renderer.invoicesRendered()).isEqualTo(2);
        assertThat(PdfReading.normalise(PdfReading.text(nextIssued.pdf())))
                .contains("FA-2026-00002", "8 quai Saint-Vincent", "Service facturation : 04 72 99 00 00")
                .doesNotContain("SARL au capital de 20 000 EUR");
        assertThat(issuer.view(SELLER, "FA-2026-00001").orElseThrow().pdf()).isEqualTo(pdfAsIssued);
    }

    @Test
    void theXmlIsTheEmbeddedFacturXAndPassesTheEn16931Rules() {
        Invoice invoice = PdfFixtures.demoInvoice();
        IssuedDocument issued = issuer.issue(SELLER, invoice, PdfFixtures.options());

        byte[] embedded = PdfReading.embeddedFile(issued.pdf(), FacturXSource.FILE_NAME);
        assertThat(issued.xml())
                .isEqualTo(embedded)
                .isEqualTo(CiiWriter.of(Profile.EN_16931).write(invoice));
        assertThat(OfficialRules.errors(issued.xml(), Syntax.CII)).isEmpty();
        assertThat(PdfReading.pdfA3bFailures(issued.pdf())).isEmpty();
        assertThat(issued.documentType()).isEqualTo(DocumentType.COMMERCIAL_INVOICE);
        assertThat(issued.issueDate()).isEqualTo(PdfFixtures.ISSUED);
        assertThat(issued.profile()).isEqualTo(Profile.EN_16931);
    }

    @Test
    void theStoredPdfIsTheRenderingDatedWhenIssuedWithTheSellerAndNumberAsSeed() {
        Invoice invoice = PdfFixtures.demoInvoice();
        Instant issuedAt = Instant.parse("2026-01-15T16:45:07.250Z");
        IssuedDocument issued = issuer.issue(SELLER, invoice, optionsAt(PdfFixtures.branding(), issuedAt));

        byte[] again = ITextInvoiceRenderer.create()
                .renderFacturX(
                        invoice,
                        Profile.EN_16931,
                        RenderOptions.of(PdfFixtures.branding())
                                .deterministic(Instant.parse("2026-01-15T16:45:07Z"), SELLER + "/FA-2026-00001"));
        assertThat(issued.pdf()).isEqualTo(again);
        assertThat(issued.renderedAt()).isEqualTo("2026-01-15T16:45:07Z");
        assertThat(new String(issued.pdf(), StandardCharsets.ISO_8859_1)).contains("/CreationDate(D:20260115164507");
    }

    @Test
    void aChangedInvoiceUnderAnIssuedNumberIsRefusedAndTheArchiveIsUnchanged() {
        IssuedDocument issued = issuer.issue(SELLER, PdfFixtures.demoInvoice(), PdfFixtures.options());
        Invoice changed = PdfFixtures.demoDraft()
                .line(InvoiceLine.builder("5", "Nom de domaine")
                        .quantity("1", UnitCode.PIECE)
                        .unitPrice(PdfFixtures.eur("12.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build()
                .issue("FA-2026-00001", PdfFixtures.ISSUED);

        assertThatThrownBy(() -> issuer.issue(SELLER, changed, PdfFixtures.options()))
                .isInstanceOfSatisfying(IssuedDocumentChangedException.class, e -> {
                    assertThat(e.sellerId()).isEqualTo(SELLER);
                    assertThat(e.documentNumber()).isEqualTo("FA-2026-00001");
                })
                .hasMessageContaining("an issued invoice never changes")
                .hasMessageContaining("ECH-PDF-08");
        // The same invoice issued on another date is another invoice too
        Invoice redated = PdfFixtures.demoDraft().build().issue("FA-2026-00001", PdfFixtures.ISSUED.plusDays(1));
        assertThatThrownBy(() -> issuer.issue(SELLER, redated, PdfFixtures.options()))
                .isInstanceOf(IssuedDocumentChangedException.class);

        assertThat(archive.size()).isEqualTo(1);
        assertThat(archive.find(SELLER, "FA-2026-00001")).contains(issued);
        assertThat(renderer.invoicesRendered()).isEqualTo(1);
    }

    @Test
    void aDraftIsRefusedAndNothingIsRendered() {
        Invoice draft = PdfFixtures.demoDraft().build();

        assertThatThrownBy(() -> issuer.issue(SELLER, draft, PdfFixtures.options()))
                .isInstanceOfSatisfying(InvoiceStateException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("ECH-LIFE-03");
                    assertThat(e.documentNumber()).isEqualTo("(draft)");
                });
        // Numbered but never issued on a date
        Invoice undated = PdfFixtures.demoDraft().number("FA-2026-00009").build();
        assertThatThrownBy(() -> issuer.issue(SELLER, undated, PdfFixtures.options()))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-LIFE-03"));
        assertThat(archive.size()).isZero();
        assertThat(renderer.invoicesRendered()).isZero();
    }

    @Test
    void aCreditNoteIsIssuedAndKeptUnderItsOwnNumber() {
        Invoice invoice = PdfFixtures.demoInvoice();
        Invoice creditNote = PdfFixtures.creditNote(invoice);
        IssuedDocument issuedInvoice = issuer.issue(SELLER, invoice, PdfFixtures.options());

        IssuedDocument issuedCreditNote = issuer.issue(SELLER, creditNote, PdfFixtures.options());

        assertThat(issuedCreditNote.documentNumber()).isEqualTo("AV-2026-00001");
        assertThat(issuedCreditNote.isCreditNote()).isTrue();
        assertThat(issuedCreditNote.issueDate()).isEqualTo("2026-02-03");
        assertThat(new String(issuedCreditNote.xml(), StandardCharsets.UTF_8))
                .contains("<ram:TypeCode>381</ram:TypeCode>", "FA-2026-00001");
        assertThat(PdfReading.text(issuedCreditNote.pdf())).contains("AV-2026-00001");
        assertThat(OfficialRules.errors(issuedCreditNote.xml(), Syntax.CII)).isEmpty();
        assertThat(issuer.view(SELLER, "AV-2026-00001")).contains(issuedCreditNote);
        assertThat(issuer.view(SELLER, "FA-2026-00001")).contains(issuedInvoice);
        assertThat(archive.size()).isEqualTo(2);
    }

    @Test
    void theSameNumberForTwoSellersIsTwoDocuments() {
        Invoice ofDurand = PdfFixtures.demoInvoice();
        Party other = Party.builder("Imprimerie Petit SAS")
                .vatNumber("FR44732829320")
                .address(PdfFixtures.seller().address().orElseThrow())
                .build();
        Invoice ofPetit = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, PdfFixtures.EUR)
                .seller(other)
                .buyer(PdfFixtures.buyer())
                .dueDate(PdfFixtures.DUE)
                .paymentTerms("30 jours net")
                .line(InvoiceLine.builder("1", "Cartes de visite")
                        .quantity("500", UnitCode.PIECE)
                        .unitPrice(PdfFixtures.eur("0.12"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build()
                .issue("FA-2026-00001", PdfFixtures.ISSUED);

        IssuedDocument durand = issuer.issue(SELLER, ofDurand, PdfFixtures.options());
        IssuedDocument petit = issuer.issue("imprimerie-petit", ofPetit, PdfFixtures.options());

        assertThat(archive.size()).isEqualTo(2);
        assertThat(issuer.view(SELLER, "FA-2026-00001")).contains(durand);
        assertThat(issuer.view("imprimerie-petit", "FA-2026-00001")).contains(petit);
        assertThat(PdfReading.text(petit.pdf()))
                .contains("Imprimerie Petit SAS")
                .doesNotContain("Atelier Durand");
        assertThat(issuer.view("nobody", "FA-2026-00001")).isEmpty();
    }

    @Test
    void whenAnotherNodeKeptTheNumberMeanwhileItsDocumentIsReturnedOrTheChangeRefused() {
        Invoice invoice = PdfFixtures.demoInvoice();
        // Another node issued the same invoice a second earlier: its PDF is dated differently
        IssuedDocument otherNode = DocumentIssuer.of(
                        ITextInvoiceRenderer.create(), InMemoryDocumentArchive.create(), Profile.EN_16931)
                .issue(SELLER, invoice, optionsAt(PdfFixtures.branding(), PdfFixtures.FIXED_TIME.minusSeconds(1)));
        InMemoryDocumentArchive shared = InMemoryDocumentArchive.create();
        shared.keep(otherNode);
        DocumentArchive notYetVisible = new DocumentArchive() {
            @Override
            public Optional<IssuedDocument> find(String sellerId, String documentNumber) {
                return Optional.empty(); // looked before the other node committed
            }

            @Override
            public IssuedDocument keep(IssuedDocument document) {
                return shared.keep(document);
            }
        };
        DocumentIssuer racing = DocumentIssuer.of(renderer, notYetVisible, Profile.EN_16931);

        IssuedDocument result = racing.issue(SELLER, invoice, PdfFixtures.options());
        assertThat(result).isEqualTo(otherNode);
        assertThat(result.renderedAt()).isEqualTo(PdfFixtures.FIXED_TIME.minusSeconds(1));

        Invoice changed = PdfFixtures.demoDraft().build().issue("FA-2026-00001", PdfFixtures.ISSUED.plusDays(2));
        assertThatThrownBy(() -> racing.issue(SELLER, changed, PdfFixtures.options()))
                .isInstanceOf(IssuedDocumentChangedException.class);
        assertThat(shared.find(SELLER, "FA-2026-00001")).contains(otherNode);
    }

    @Test
    void onlyAFacturXProfileCanBeIssued() {
        assertThatThrownBy(() -> DocumentIssuer.of(renderer, archive, Profile.PEPPOL_BIS_3))
                .isInstanceOfSatisfying(
                        ProfileViolationException.class,
                        e -> assertThat(e.businessTerm()).isEqualTo("BT-24"));
    }
}
