package org.echeance.pdf.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.validation.ValidationException;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.PdfFixtures;
import org.junit.jupiter.api.Test;

class IssuedDocumentTest {
    // SHA-256 test vector of "abc" (FIPS 180-2, appendix B.1)
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    // SHA-256 of the empty string (FIPS 180-4 examples)
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final byte[] PDF = "abc".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XML = "<x/>".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hashesThePdfAndTheXmlWithSha256InLowerCaseHex() {
        IssuedDocument doc = IssuedDocument.of(
                "atelier-durand", PdfFixtures.demoInvoice(), Profile.EN_16931, PDF, XML, PdfFixtures.FIXED_TIME);

        assertThat(doc.pdfSha256()).isEqualTo(SHA256_ABC);
        assertThat(IssuedDocument.sha256(new byte[0])).isEqualTo(SHA256_EMPTY);
        assertThat(doc.xmlSha256())
                .isEqualTo(IssuedDocument.sha256(XML))
                .hasSize(64)
                .isLowerCase();
        assertThat(doc.verify()).isSameAs(doc);
    }

    @Test
    void takesNumberTypeAndIssueDateFromTheInvoice() {
        Invoice creditNote = PdfFixtures.creditNote(PdfFixtures.demoInvoice());
        IssuedDocument doc = IssuedDocument.of(
                "atelier-durand",
                creditNote,
                Profile.EN_16931,
                PDF,
                XML,
                Instant.parse("2026-02-03T10:15:30.123456789Z"));

        assertThat(doc.sellerId()).isEqualTo("atelier-durand");
        assertThat(doc.documentNumber()).isEqualTo("AV-2026-00001");
        assertThat(doc.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
        assertThat(doc.isCreditNote()).isTrue();
        assertThat(doc.issueDate()).isEqualTo("2026-02-03");
        assertThat(doc.profile()).isEqualTo(Profile.EN_16931);
        // PDF dates carry seconds: the instant is kept as the PDF states it
        assertThat(doc.renderedAt()).isEqualTo("2026-02-03T10:15:30Z");
    }

    @Test
    void copiesItsBytesInAndOut() {
        byte[] pdf = PDF.clone();
        IssuedDocument doc = IssuedDocument.of(
                "atelier-durand", PdfFixtures.demoInvoice(), Profile.EN_16931, pdf, XML, PdfFixtures.FIXED_TIME);
        pdf[0] = 'X';
        doc.pdf()[1] = 'X';
        doc.xml()[0] = 'X';

        assertThat(doc.pdf()).isEqualTo(PDF);
        assertThat(doc.xml()).isEqualTo(XML);
        assertThat(doc.verify()).isSameAs(doc);
    }

    @Test
    void verifyNamesThePartWhoseBytesNoLongerGiveTheStoredHash() {
        IssuedDocument changedPdf = IssuedDocument.restore(
                "atelier-durand",
                "FA-2026-00001",
                DocumentType.COMMERCIAL_INVOICE,
                PdfFixtures.ISSUED,
                Profile.EN_16931,
                "abd".getBytes(StandardCharsets.US_ASCII),
                XML,
                SHA256_ABC,
                IssuedDocument.sha256(XML),
                PdfFixtures.FIXED_TIME);
        assertThatThrownBy(changedPdf::verify)
                .isInstanceOfSatisfying(TamperedDocumentException.class, e -> {
                    assertThat(e.part()).isEqualTo(IssuedDocument.Part.PDF);
                    assertThat(e.sellerId()).isEqualTo("atelier-durand");
                    assertThat(e.documentNumber()).isEqualTo("FA-2026-00001");
                })
                .hasMessageContaining("ECH-PDF-09")
                .hasMessageContaining(SHA256_ABC);

        IssuedDocument changedXml = IssuedDocument.restore(
                "atelier-durand",
                "FA-2026-00001",
                DocumentType.COMMERCIAL_INVOICE,
                PdfFixtures.ISSUED,
                Profile.EN_16931,
                PDF,
                "<y/>".getBytes(StandardCharsets.US_ASCII),
                SHA256_ABC,
                IssuedDocument.sha256(XML),
                PdfFixtures.FIXED_TIME);
        assertThatThrownBy(changedXml::verify)
                .isInstanceOfSatisfying(
                        TamperedDocumentException.class,
                        e -> assertThat(e.part()).isEqualTo(IssuedDocument.Part.XML));
    }

    @Test
    void aRestoredDocumentEqualsTheIssuedOne() {
        IssuedDocument doc = IssuedDocument.of(
                "atelier-durand", PdfFixtures.demoInvoice(), Profile.EN_16931, PDF, XML, PdfFixtures.FIXED_TIME);
        IssuedDocument restored = IssuedDocument.restore(
                doc.sellerId(),
                doc.documentNumber(),
                doc.documentType(),
                doc.issueDate(),
                doc.profile(),
                doc.pdf(),
                doc.xml(),
                doc.pdfSha256(),
                doc.xmlSha256(),
                doc.renderedAt());

        assertThat(restored).isEqualTo(doc).hasSameHashCodeAs(doc);
        assertThat(IssuedDocument.of(
                        "another-seller",
                        PdfFixtures.demoInvoice(),
                        Profile.EN_16931,
                        PDF,
                        XML,
                        PdfFixtures.FIXED_TIME))
                .isNotEqualTo(doc);
    }

    @Test
    void refusesADraftAMalformedHashAndAProfileThatIsNotFacturX() {
        Invoice draft = PdfFixtures.demoDraft().build();
        assertThatThrownBy(() -> IssuedDocument.of("s", draft, Profile.EN_16931, PDF, XML, PdfFixtures.FIXED_TIME))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-LIFE-03"));
        assertThatThrownBy(() -> IssuedDocument.restore(
                        "s",
                        "FA-1",
                        DocumentType.COMMERCIAL_INVOICE,
                        PdfFixtures.ISSUED,
                        Profile.EN_16931,
                        PDF,
                        XML,
                        SHA256_ABC.toUpperCase(Locale.ROOT),
                        SHA256_ABC,
                        PdfFixtures.FIXED_TIME))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-PDF-07")
                .hasMessageContaining("pdfSha256");
        assertThatThrownBy(() -> IssuedDocument.of(
                        "s", PdfFixtures.demoInvoice(), Profile.PEPPOL_BIS_3, PDF, XML, PdfFixtures.FIXED_TIME))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-PDF-07")
                .hasMessageContaining("profile");
        assertThatThrownBy(() -> IssuedDocument.of(
                        " ", PdfFixtures.demoInvoice(), Profile.EN_16931, PDF, XML, PdfFixtures.FIXED_TIME))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> IssuedDocument.of(
                        "s", PdfFixtures.demoInvoice(), Profile.EN_16931, new byte[0], XML, PdfFixtures.FIXED_TIME))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("PDF is empty");
    }
}
