package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.cli.EcheanceCommandTest.Run;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ValidationArtefacts;
import org.echeance.einvoice.read.EInvoiceReader;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@code echeance einvoice check} and {@code convert} with official EN 16931 examples (EUPL v1.2, see
 * {@code src/test/resources/en16931/NOTICE.md}) and an invoice written by Echeance.
 */
class EinvoiceCommandTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    @TempDir
    Path dir;

    private Path example(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/en16931/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** A small valid invoice: 2 × 100.00 at 20 % and 1 × 9.99 at 5.5 %. */
    private Path writtenInvoice() throws IOException {
        Path file = dir.resolve("valid.xml");
        Files.write(file, CiiWriter.of(Profile.EN_16931).write(invoice(false)));
        return file;
    }

    /**
     * The invoice of {@link #writtenInvoice()}; for Peppol BIS 3 also with the electronic addresses (BT-34, BT-49) and
     * the buyer reference (BT-10) Peppol requires.
     */
    private static Invoice invoice(boolean peppol) {
        Party seller = Party.builder("Atelier Durand SARL")
                .vatNumber("FR40303265045")
                .address(PostalAddress.of("12 rue de la Paix", "75002", "Paris", "FR"))
                .build();
        Party buyer = Party.builder("Client SA")
                .address(PostalAddress.of("1 place Bellecour", "69002", "Lyon", "FR"))
                .build();
        Invoice.Builder invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("F-2026-0001")
                .issueDate(LocalDate.of(2026, 9, 1))
                .dueDate(LocalDate.of(2026, 10, 1))
                .seller(seller)
                .buyer(buyer)
                .line(InvoiceLine.builder("1", "Conseil")
                        .quantity(new BigDecimal("2"), UnitCode.HOUR)
                        .unitPrice(Money.of(new BigDecimal("100.00"), EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .line(InvoiceLine.builder("2", "Livre")
                        .quantity(new BigDecimal("1"), UnitCode.ONE)
                        .unitPrice(Money.of(new BigDecimal("9.99"), EUR))
                        .vatRate(VatRate.standard("5.5"))
                        .build());
        if (peppol) {
            invoice.seller(seller.toBuilder()
                            .electronicAddress(ElectronicAddress.of("0009", "30326504500011"))
                            .build())
                    .buyer(buyer.toBuilder()
                            .electronicAddress(ElectronicAddress.of("0225", "552100554"))
                            .build())
                    .buyerReference("ACHATS-42");
        }
        return invoice.build();
    }

    @Test
    void printsTheRecomputedTotalsOfAnOfficialExample() throws IOException {
        Run run = Run.of(
                "einvoice", "check", "--totals", example("CII_example4.xml").toString());

        // By hand from the XML: lines 1000 + 500 + 2500; VAT 1500 × 25 % + 2500 × 12 % = 375 + 300.
        assertThat(run.out().lines())
                .containsExactly(
                        "BT-106\t4000.00",
                        "BT-107\t0.00",
                        "BT-108\t0.00",
                        "BT-109\t4000.00",
                        "BT-110\t675.00",
                        "BT-112\t4675.00",
                        "BT-113\t0.00",
                        "BT-114\t0.00",
                        "BT-115\t4675.00");
        assertThat(run.err()).isEmpty();
        // Consistent, but its IBAN fails its check digits, so BR-61 is broken: exit 1.
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void checksAnOfficialExample() throws IOException {
        Run run = Run.of("einvoice", "check", example("CII_example4.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("rules\tEcheance EN 16931 validator, echeance-core ");
        assertThat(lines.get(1))
                .startsWith("rules\treader echeance-einvoice ")
                .endsWith("; this command runs Echeance's own validator, not the official schematron; Echeance's own"
                        + " output is tested against EN 16931 schematron " + ValidationArtefacts.en16931Version()
                        + " (" + ValidationArtefacts.en16931Package() + "), Peppol BIS Billing "
                        + ValidationArtefacts.peppolBisVersion() + " (OpenPeppol "
                        + ValidationArtefacts.peppolBisRelease()
                        + ", " + ValidationArtefacts.peppolPackage() + ")")
                .matches(".*EN 16931 schematron \\d+\\.\\d+\\.\\d+ \\(com\\.helger\\.phive\\.rules:"
                        + "phive-rules-en16931:[0-9.]+\\), Peppol BIS Billing 3\\.0\\.\\d+ \\(OpenPeppol"
                        + " \\d{4}\\.\\d+, com\\.helger\\.phive\\.rules:phive-rules-peppol:[0-9.]+\\)");
        assertThat(run.out().lines())
                .contains(
                        "syntax\tCII",
                        "profile\ten16931\turn:cen.eu:en16931:2017",
                        "document\t380\tTOSL110\t2013-04-10\tDKK",
                        "seller\tSellerCompany\tVAT DK16356706\tDK",
                        "buyer\tBuyercompany ltd\tDK",
                        "line\t1\tPrinting paper\t1000 C62\t1\tS 25 %\t1000.00",
                        "total\tBT-109\t4000.00\t4000.00",
                        "total\tBT-110\t675.00\t675.00",
                        "vat\tS 12 %\t2500.00\t2500.00\t300.00\t300.00",
                        "violation\tpaymentInstructions.account: payment means 30 (credit transfer) needs the account"
                                + " to pay into (BT-84) (BR-61)",
                        "result\tconsistent, 1 violation");
    }

    @Test
    void reportsTheLineAmountsAnExampleGetsWrong() throws IOException {
        Run run = Run.of("einvoice", "check", example("ubl-tc434-example2.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains(
                        "syntax\tUBL",
                        "difference\tBT-131 lines[0].netAmount: stated 1273.00, recomputed 2546.00",
                        "total\tBT-115\t801.78\t801.78");
        assertThat(run.out().lines()).anyMatch(l -> l.startsWith("result\tinconsistent, "));
    }

    @Test
    void exitsWithZeroForAConsistentAndValidInvoice() throws IOException {
        Path file = writtenInvoice();
        Run run = Run.of("einvoice", "check", file.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out().lines()).contains("result\tconsistent, valid");

        Run totals = Run.of("einvoice", "check", "--totals", file.toString());
        // 200.00 + 9.99; VAT 40.00 + round(9.99 × 5.5 %) = 40.00 + 0.55
        assertThat(totals.out().lines())
                .containsExactly(
                        "BT-106\t209.99",
                        "BT-107\t0.00",
                        "BT-108\t0.00",
                        "BT-109\t209.99",
                        "BT-110\t40.55",
                        "BT-112\t250.54",
                        "BT-113\t0.00",
                        "BT-114\t0.00",
                        "BT-115\t250.54");
        assertThat(totals.exitCode()).isZero();
    }

    @Test
    void refusesAHostileFileWithOneLineAndNoStackTrace() throws IOException {
        Path file = dir.resolve("xxe.xml");
        Files.writeString(
                file,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<x>&xxe;</x>\n");

        Run run = Run.of("einvoice", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .containsExactly("echeance: xxe.xml:2:"
                        + run.err().split(":")[3]
                        + ": a DOCTYPE is not allowed in an e-invoice (DTDs and entities are refused)");
    }

    @Test
    void refusesAMissingFile() {
        Run run = Run.of("einvoice", "check", dir.resolve("absent.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("echeance: absent.xml: no such file");
    }

    @Test
    void refusesAMissingFileArgument() {
        Run run = Run.of("einvoice", "check");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Missing required parameter: 'FILE'")
                .contains("Usage: echeance einvoice check");
    }

    @Test
    void refusesToRunWithoutASubcommand() {
        Run run = Run.of("einvoice");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required subcommand").contains("Usage: echeance einvoice");
    }

    @Test
    void convertsCiiToUblAndBack() throws IOException {
        Path cii = writtenInvoice();
        Path ubl = dir.resolve("valid-ubl.xml");
        Path back = dir.resolve("valid-cii.xml");

        Run toUbl = Run.of("einvoice", "convert", cii.toString(), "--to", "ubl", "-o", ubl.toString());
        Run toCii = Run.of("einvoice", "convert", ubl.toString(), "--to", "CII", "--output", back.toString());

        assertThat(toUbl.exitCode()).as(toUbl.err()).isZero();
        assertThat(toUbl.out().lines()).containsExactly(ubl + "\tubl\ten16931");
        assertThat(toCii.exitCode()).as(toCii.err()).isZero();
        assertThat(EInvoiceReader.create().read(ubl).syntax().name()).isEqualTo("UBL");
        assertThat(EInvoiceReader.create().read(back).invoice())
                .isEqualTo(EInvoiceReader.create().read(cii).invoice());
        assertThat(Run.of("einvoice", "check", ubl.toString()).exitCode()).isZero();
    }

    @Test
    void convertsToAChosenProfile() throws IOException {
        Path cii = dir.resolve("peppol-ready.xml");
        Files.write(cii, CiiWriter.of(Profile.EN_16931).write(invoice(true)));
        Path ubl = dir.resolve("peppol.xml");

        Run run = Run.of(
                "einvoice", "convert", cii.toString(), "--to", "ubl", "--profile", "peppol", "-o", ubl.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(ubl)).contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0");
    }

    @Test
    void refusesPeppolForAnInvoiceWithoutPeppolAddresses() throws IOException {
        Path out = dir.resolve("peppol.xml");

        Run run = Run.of(
                "einvoice",
                "convert",
                writtenInvoice().toString(),
                "--to",
                "ubl",
                "--profile",
                "peppol",
                "-o",
                out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("echeance: valid.xml: not converted: not written as Peppol BIS 3: BT-10 (buyer reference)")
                .contains("(PEPPOL-EN16931-R003)", "(PEPPOL-EN16931-R020)", "(PEPPOL-EN16931-R010)");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAProfileTheSyntaxDoesNotHave() throws IOException {
        Run run = Run.of(
                "einvoice",
                "convert",
                writtenInvoice().toString(),
                "--to",
                "ubl",
                "--profile",
                "basic",
                "-o",
                dir.resolve("x.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("echeance: valid.xml: not converted: ");
        assertThat(dir.resolve("x.xml")).doesNotExist();
    }

    @Test
    void refusesUnknownSyntaxAndProfile() throws IOException {
        Path file = writtenInvoice();

        Run syntax = Run.of("einvoice", "convert", file.toString(), "--to", "pdf", "-o", "x.xml");
        Run profile =
                Run.of("einvoice", "convert", file.toString(), "--to", "cii", "--profile", "xrechnung", "-o", "x.xml");
        Run noOutput = Run.of("einvoice", "convert", file.toString(), "--to", "cii");

        assertThat(syntax.exitCode()).isEqualTo(2);
        assertThat(syntax.err())
                .startsWith("Invalid value for option '--to': 'pdf' is not a syntax, expected cii or ubl");
        assertThat(profile.exitCode()).isEqualTo(2);
        assertThat(profile.err())
                .startsWith(
                        "Invalid value for option '--profile': 'xrechnung' is not a profile, expected one of minimum,"
                                + " basic-wl, basic, en16931, extended, peppol");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).startsWith("Missing required option: '--output=OUT'");
    }

    @Test
    void refusesToConvertAnInconsistentDocument() throws IOException {
        Path file = example("CII_example4.xml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "<ram:TaxBasisTotalAmount>4000</ram:TaxBasisTotalAmount>",
                                "<ram:TaxBasisTotalAmount>4000.01</ram:TaxBasisTotalAmount>"));

        Run run = Run.of(
                "einvoice",
                "convert",
                file.toString(),
                "--to",
                "ubl",
                "-o",
                dir.resolve("o.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly(
                        "echeance: CII_example4.xml: not converted, its stated totals differ from the recomputed"
                                + " ones (BT-109 totals.taxExclusiveAmount: stated 4000.01, recomputed 4000.00); see echeance"
                                + " einvoice check");
    }
}
