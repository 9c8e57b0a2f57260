package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.cli.EcheanceCommandTest.Run;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.read.EInvoiceReader;
import org.echeance.json.EcheanceModule;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@code echeance einvoice check --json}: one JSON document with the same check as the text output, in the
 * {@code echeance-json} shapes, and the same exit codes. Official EN 16931 examples (EUPL v1.2, see
 * {@code src/test/resources/en16931/NOTICE.md}).
 */
class EinvoiceCheckJsonTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());

    @TempDir
    Path dir;

    private Path example(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/en16931/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static String amount(String value, String currency) {
        return "{\"amount\":\"" + value + "\",\"currency\":\"" + currency + "\"}";
    }

    @Test
    void printsTheCheckOfAnOfficialExampleAsOneDocument() throws IOException {
        Run run = Run.of(
                "einvoice", "check", "--json", example("CII_example4.xml").toString());

        // Same exit code as the text output: consistent, but BR-61 is broken (its IBAN fails its check digits)
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("source").asText()).isEqualTo("CII_example4.xml");
        assertThat(json.get("syntax").asText()).isEqualTo("CII");
        assertThat(json.get("profile").asText()).isEqualTo("en16931");
        assertThat(json.get("specificationId").asText()).isEqualTo("urn:cen.eu:en16931:2017");
        assertThat(json.at("/invoice/documentType").asText()).isEqualTo("380");
        assertThat(json.at("/invoice/number").asText()).isEqualTo("TOSL110");
        assertThat(json.at("/invoice/issueDate").asText()).isEqualTo("2013-04-10");
        assertThat(json.at("/invoice/seller/legalName").asText()).isEqualTo("SellerCompany");
        assertThat(json.at("/invoice/seller/vatNumber").asText()).isEqualTo("DK16356706");
        assertThat(json.at("/invoice/buyer/legalName").asText()).isEqualTo("Buyercompany ltd");
        assertThat(json.at("/invoice/lines/0/itemName").asText()).isEqualTo("Printing paper");
        assertThat(json.at("/invoice/lines/0/quantity").asText()).isEqualTo("1000");
        // By hand from the XML: lines 1000 + 500 + 2500; VAT 1500 × 25 % + 2500 × 12 % = 375 + 300
        assertThat(json.at("/totals/3").toString())
                .isEqualTo("{\"term\":\"BT-109\",\"stated\":" + amount("4000.00", "DKK") + ",\"recomputed\":"
                        + amount("4000.00", "DKK") + "}");
        assertThat(json.at("/totals/4/recomputed").toString()).isEqualTo(amount("675.00", "DKK"));
        assertThat(json.at("/totals/5").toString()).isEqualTo("{\"term\":\"BT-111\"}");
        assertThat(json.get("vatBreakdown").toString())
                .contains("{\"group\":\"S 12 %\",\"statedTaxableAmount\":" + amount("2500.00", "DKK")
                        + ",\"recomputedTaxableAmount\":" + amount("2500.00", "DKK") + ",\"statedVatAmount\":"
                        + amount("300.00", "DKK") + ",\"recomputedVatAmount\":" + amount("300.00", "DKK") + "}");
        assertThat(json.get("differences")).isEmpty();
        assertThat(json.at("/violations/0").toString())
                .isEqualTo("{\"ruleId\":\"BR-61\",\"path\":\"paymentInstructions.account\",\"message\":\"payment"
                        + " means 30 (credit transfer) needs the account to pay into (BT-84)\"}");
        assertThat(json.get("result").toString())
                .isEqualTo("{\"consistent\":true,\"valid\":false,\"text\":\"consistent, 1 violation\"}");
        assertThat(run.out()).doesNotContain("org.echeance", "java.", "Money");
    }

    @Test
    void namesTheDifferencesWithBothAmounts() throws IOException {
        Run run = Run.of(
                "einvoice", "check", "--json", example("ubl-tc434-example2.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("syntax").asText()).isEqualTo("UBL");
        assertThat(json.at("/differences/0").toString())
                .isEqualTo("{\"businessTerm\":\"BT-131\",\"path\":\"lines[0].netAmount\",\"stated\":"
                        + amount("1273.00", "NOK") + ",\"recomputed\":" + amount("2546.00", "NOK") + "}");
        assertThat(json.at("/result/consistent").asBoolean()).isFalse();
        assertThat(json.at("/result/text").asText()).startsWith("inconsistent, ");
    }

    @Test
    void theInvoiceIsTheJsonModulesOwnShape() throws IOException {
        Path file = dir.resolve("valid.xml");
        Files.write(file, CiiWriter.of(Profile.EN_16931).write(invoice()));

        Run run = Run.of("einvoice", "check", "--json", file.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("result").toString())
                .isEqualTo("{\"consistent\":true,\"valid\":true,\"text\":\"consistent, valid\"}");
        // The module reads the document's invoice back: the invoice the reader gives, totals checked again
        Invoice read = EInvoiceReader.create().read(file).invoice().orElseThrow();
        assertThat(MAPPER.treeToValue(json.get("invoice"), Invoice.class)).isEqualTo(read);
        assertThat(json.at("/invoice/totals/amountDue").toString()).isEqualTo(amount("250.54", "EUR"));
    }

    @Test
    void jsonAndTotalsTogetherAreAUsageError() throws IOException {
        Run run = Run.of(
                "einvoice",
                "check",
                "--json",
                "--totals",
                example("CII_example4.xml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--json and --totals cannot be combined");
    }

    @Test
    void anUnreadableFileGivesNoDocument() throws IOException {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<not-an-invoice/>");

        Run run = Run.of("einvoice", "check", "--json", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("echeance: ");
    }

    /** 2 × 100.00 at 20 % and 1 × 9.99 at 5.5 %: 209.99 net, VAT 40.00 + 0.55, 250.54 due. */
    private static Invoice invoice() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
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
    }
}
