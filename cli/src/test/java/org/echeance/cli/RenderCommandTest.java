package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.echeance.cli.EcheanceCommandTest.Run;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.read.EInvoiceReader;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@code echeance render}: the PDFs it writes are read back with PDFBox. */
class RenderCommandTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final String SVG_LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
            + "<rect width=\"120\" height=\"40\" fill=\"#1F3A5F\"/></svg>";

    @TempDir
    Path dir;

    /** 2 h at 100.00 and 1 book at 9.99: 209.99 net, VAT 40.00 + 0.55, 250.54 due on 1 October 2026. */
    private Path invoiceFile() throws IOException {
        Invoice invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("F-2026-0001")
                .issueDate(LocalDate.of(2026, 9, 1))
                .dueDate(LocalDate.of(2026, 10, 1))
                .seller(Party.builder("Atelier Durand SARL")
                        .vatNumber("FR40303265045")
                        .address(PostalAddress.of("12 rue de la Paix", "75002", "Paris", "FR"))
                        .build())
                .buyer(Party.builder("Client SA")
                        .address(PostalAddress.of("1 place Bellecour", "69002", "Lyon", "FR"))
                        .build())
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR1420041010050500013M02606"),
                        Bic.parse("PSSTFRPPLYO"),
                        RfCreditorReference.of("F20260001").toString()))
                .line(InvoiceLine.builder("1", "Conseil")
                        .quantity(new BigDecimal("2"), UnitCode.HOUR)
                        .unitPrice(Money.of(new BigDecimal("100.00"), EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .line(InvoiceLine.builder("2", "Livre")
                        .quantity(new BigDecimal("1"), UnitCode.ONE)
                        .unitPrice(Money.of(new BigDecimal("9.99"), EUR))
                        .vatRate(VatRate.standard("5.5"))
                        .build())
                .build();
        Path file = dir.resolve("invoice.xml");
        Files.write(file, CiiWriter.of(Profile.EN_16931).write(invoice));
        return file;
    }

    private Path brandingFile(String json) throws IOException {
        Files.writeString(dir.resolve("logo.svg"), SVG_LOGO);
        Path file = dir.resolve("branding.json");
        Files.writeString(file, json);
        return file;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    @Test
    void rendersABrandedFrenchPdf() throws IOException {
        Path branding = brandingFile("{\"primaryColor\": \"#204060\", \"accentColor\": \"#C85A17\","
                + " \"logo\": \"logo.svg\", \"contactLines\": [\"facturation@atelier-durand.example\"],"
                + " \"footerMentions\": [\"SARL au capital de 20 000 EUR\"],"
                + " \"paymentInstructions\": \"Merci de rappeler la référence du virement\"}");
        Path out = dir.resolve("out.pdf");

        Run run = Run.of("render", invoiceFile().toString(), "-o", out.toString(), "--branding", branding.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(out + "\tpdf");
        assertThat(run.err()).isEmpty();
        byte[] pdf = Files.readAllBytes(out);
        assertThat(text(pdf))
                .contains("Facture", "F-2026-0001", "01/10/2026", "Client SA")
                .contains("209,99 €", "250,54 €", "FR14 2004 1010 0505 0001 3M02 606")
                .contains("facturation@atelier-durand.example", "SARL au capital de 20 000 EUR")
                .contains("Merci de rappeler la référence du virement");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getNames()).isNull();
        }
    }

    @Test
    void rendersFacturXInEnglishWithTheInvoicesCii() throws IOException {
        Path file = invoiceFile();
        Path out = dir.resolve("facturx.pdf");

        Run run = Run.of("render", file.toString(), "-o", out.toString(), "--facturx", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(out + "\tfactur-x\ten16931");
        byte[] pdf = Files.readAllBytes(out);
        assertThat(text(pdf)).contains("Invoice", "F-2026-0001", "1 Oct 2026", "€250.54");
        byte[] expected = CiiWriter.of(Profile.EN_16931)
                .write(EInvoiceReader.create().read(file).invoice().orElseThrow());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDComplexFileSpecification spec =
                    names.getEmbeddedFiles().getNames().get("factur-x.xml");
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(expected);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("fx:ConformanceLevel(=\"|>)EN 16931");
        }
    }

    @Test
    void sameFileGivesTheSameBytes() throws IOException {
        Path file = invoiceFile();
        Path first = dir.resolve("1.pdf");
        Path second = dir.resolve("2.pdf");

        Run.of("render", file.toString(), "-o", first.toString());
        Run.of("render", file.toString(), "-o", second.toString());

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void refusesADocumentWhoseTotalsDisagree() throws IOException {
        Path file = dir.resolve("CII_example4.xml");
        try (InputStream in = getClass().getResourceAsStream("/en16931/CII_example4.xml")) {
            Files.copy(in, file);
        }
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "<ram:TaxBasisTotalAmount>4000</ram:TaxBasisTotalAmount>",
                                "<ram:TaxBasisTotalAmount>4000.01</ram:TaxBasisTotalAmount>"));
        Path out = dir.resolve("x.pdf");

        Run run = Run.of("render", file.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("echeance: CII_example4.xml: not rendered, its stated totals differ from the"
                        + " recomputed ones (BT-109 totals.taxExclusiveAmount: stated 4000.01, recomputed 4000.00);"
                        + " see echeance einvoice check");
        assertThat(out).doesNotExist();
    }

    @Test
    void rendersAnOfficialExample() throws IOException {
        Path file = dir.resolve("CII_example4.xml");
        try (InputStream in = getClass().getResourceAsStream("/en16931/CII_example4.xml")) {
            Files.copy(in, file);
        }
        Path out = dir.resolve("example4.pdf");

        Run run = Run.of("render", file.toString(), "-o", out.toString(), "--facturx");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).first().isEqualTo(out + "\tfactur-x\ten16931");
        // By hand from the XML: 4000.00 net, 675.00 VAT, 4675.00 due
        assertThat(text(Files.readAllBytes(out))).contains("4 000,00", "675,00", "4 675,00");
    }

    @Test
    void refusesAWrongBrandingFile() throws IOException {
        Path out = dir.resolve("x.pdf");
        Path misspelt = brandingFile("{\"primaryColour\": \"#204060\"}");

        Run unknown =
                Run.of("render", invoiceFile().toString(), "-o", out.toString(), "--branding", misspelt.toString());
        Run colour = Run.of(
                "render",
                invoiceFile().toString(),
                "-o",
                out.toString(),
                "--branding",
                brandingFile("{\"accentColor\": \"orange\"}").toString());
        Run logo = Run.of(
                "render",
                invoiceFile().toString(),
                "-o",
                out.toString(),
                "--branding",
                brandingFile("{\"logo\": \"missing.png\"}").toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown member \"primaryColour\"", "primaryColor");
        assertThat(colour.exitCode()).isEqualTo(1);
        assertThat(colour.err()).contains("branding.json", "ECH-PDF-01");
        assertThat(logo.exitCode()).isEqualTo(1);
        assertThat(logo.err()).contains("cannot read the logo", "missing.png");
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrors() throws IOException {
        Run language = Run.of("render", invoiceFile().toString(), "-o", "x.pdf", "--lang", "de");
        Run noOutput = Run.of("render", invoiceFile().toString());

        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("'de' is not a language, expected fr or en", "Usage: echeance render");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");
        assertThat(Run.of("--help").out()).contains("render");
    }
}
