package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.money.Amounts;
import org.echeance.core.repository.InvoiceRepository;
import org.echeance.einvoice.OfficialRules;
import org.echeance.einvoice.Syntax;
import org.echeance.examples.story.StoryConfig;
import org.echeance.examples.story.StoryCustomer;
import org.echeance.examples.story.StoryResult;
import org.echeance.examples.story.StorySummary;
import org.echeance.json.EcheanceJson;
import org.echeance.overdue.aging.AgingRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays the demo's story with 12 customers into a folder, as {@code java -jar echeance-demo.jar} does, and reads
 * back every file it wrote with independent tools: PDFBox, the official EN 16931 schematron, the JSON module.
 */
class DemoOutputTest {
    private static final String SELLER = "atelier-durand";
    private static final Pattern CII_DUE = Pattern.compile("<ram:DuePayableAmount>([0-9.]+)</ram:DuePayableAmount>");
    private static final Pattern UBL_DUE = Pattern.compile("<cbc:PayableAmount currencyID=\"EUR\">([0-9.]+)<");

    @TempDir
    static Path output;

    private static StoryResult result;
    private static String printed;

    @BeforeAll
    static void play() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result = Demo.runStory(
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                StoryConfig.defaults(output).withCustomers(12));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyDocumentIsWrittenInEveryFormatUnderOneName() throws IOException {
        StorySummary summary = result.summary();
        int documents = summary.counts().invoices() + summary.counts().creditNotes();

        assertThat(names(files("invoices", ".pdf"), ".pdf"))
                .hasSize(documents)
                .isEqualTo(names(files("invoices", ".txt"), ".txt"))
                .isEqualTo(names(files("invoices", ".cii.xml"), ".cii.xml"))
                .isEqualTo(names(files("invoices", ".ubl.xml"), ".ubl.xml"));
        assertThat(files("reminders", ".pdf")).hasSize(summary.counts().reminders());
        assertThat(files("statements", ".pdf")).hasSize(12);
        assertThat(output.resolve("summary.txt")).exists();
        assertThat(output.resolve("receivables.txt")).exists();
        assertThat(output.resolve("receivables.pdf")).exists();
        assertThat(output.resolve("export.json")).exists();
        assertThat(output.resolve("numbering.mv.db")).exists();
    }

    @Test
    void everyPdfOpensAndNamesItsDocument() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (String folder : List.of("invoices", "reminders", "statements")) {
            pdfs.addAll(files(folder, ".pdf"));
        }
        assertThat(pdfs).hasSizeGreaterThan(100);
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            // FA-2026-00001.pdf, FA-2026-00001-1-first-reminder.pdf: an invoice number; C-00001.pdf: a customer
            String number = name.startsWith("C-") ? name.substring(0, 7) : name.substring(0, 13);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(name).isPositive();
                assertThat(new PDFTextStripper().getText(document)).as(name).contains(number);
            }
        }
    }

    @Test
    void everyInvoicePdfIsFacturXWithTheCiiBesideIt() throws IOException {
        for (Path pdf : files("invoices", ".pdf")) {
            String name = pdf.getFileName().toString();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDComplexFileSpecification facturX = document.getDocumentCatalog()
                        .getNames()
                        .getEmbeddedFiles()
                        .getNames()
                        .get("factur-x.xml");
                assertThat(facturX).as(name).isNotNull();
                assertThat(facturX.getEmbeddedFile().toByteArray())
                        .as(name)
                        .isEqualTo(Files.readAllBytes(pdf.resolveSibling(name.replace(".pdf", ".cii.xml"))));
                String xmp =
                        new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).as(name).contains("EN 16931").contains("pdfaid:part");
            }
        }
    }

    @Test
    void everyXmlPassesTheOfficialEn16931Schematron() throws IOException {
        List<Path> cii = files("invoices", ".cii.xml");
        List<Path> ubl = files("invoices", ".ubl.xml");
        assertThat(cii).hasSameSizeAs(ubl).isNotEmpty();
        for (Path file : cii) {
            assertThat(OfficialRules.errors(Files.readAllBytes(file), Syntax.CII))
                    .as(file.getFileName().toString())
                    .isEmpty();
        }
        for (Path file : ubl) {
            assertThat(OfficialRules.errors(Files.readAllBytes(file), Syntax.UBL))
                    .as(file.getFileName().toString())
                    .isEmpty();
        }
        assertThat(Files.readString(ubl.get(0))).startsWith("<?xml").contains("<CreditNote"); // AV-… sorts first
    }

    @Test
    void summaryTotalsEqualTheSumsOfTheCiiUblAndJsonDocuments() throws IOException {
        StorySummary summary = result.summary();
        for (Map.Entry<String, Pattern> format :
                Map.of(".cii.xml", CII_DUE, ".ubl.xml", UBL_DUE).entrySet()) {
            BigDecimal invoiced = BigDecimal.ZERO;
            BigDecimal credited = BigDecimal.ZERO;
            for (Path file : files("invoices", format.getKey())) {
                Matcher due = format.getValue().matcher(Files.readString(file));
                assertThat(due.find()).as(file.toString()).isTrue();
                if (file.getFileName().toString().startsWith("FA-")) {
                    invoiced = invoiced.add(new BigDecimal(due.group(1)));
                } else {
                    credited = credited.add(new BigDecimal(due.group(1)));
                }
            }
            assertThat(invoiced).as(format.getKey()).isEqualByComparingTo(Amounts.decimal(summary.invoiced()));
            assertThat(credited)
                    .as(format.getKey())
                    .isPositive()
                    .isEqualByComparingTo(Amounts.decimal(summary.credited()));
        }
        BigDecimal inJson = BigDecimal.ZERO;
        for (JsonNode document : export().get("documents")) {
            BigDecimal due = new BigDecimal(
                    document.get("totals").get("amountDue").get("amount").asText());
            inJson = document.get("documentType").asText().equals("381") ? inJson.subtract(due) : inJson.add(due);
        }
        assertThat(inJson)
                .isEqualByComparingTo(
                        Amounts.decimal(summary.invoiced()).subtract(Amounts.decimal(summary.credited())));
    }

    @Test
    void theJsonExportReadsBackThroughTheJsonModule() throws IOException {
        ObjectMapper mapper = EcheanceJson.mapper();
        JsonNode export = export();
        InvoiceRepository repository = result.invoices().orElseThrow();

        assertThat(export.get("from").asText()).isEqualTo("2025-11-01");
        List<String> numbers = new ArrayList<>();
        for (JsonNode node : export.get("documents")) {
            Invoice invoice = mapper.treeToValue(node, Invoice.class);
            String number = invoice.number().orElseThrow();
            numbers.add(number);
            assertThat(invoice)
                    .isEqualTo(repository.find(SELLER, number).orElseThrow().invoice());
        }
        assertThat(new TreeSet<>(numbers)).hasSize(numbers.size()).isEqualTo(names(files("invoices", ".pdf"), ".pdf"));
        List<CustomerStatement> statements = new ArrayList<>();
        for (JsonNode node : export.get("statements")) {
            statements.add(mapper.treeToValue(node, CustomerStatement.class));
        }
        assertThat(statements)
                .hasSize(12)
                .allSatisfy(s -> assertThat(s.closingBalance())
                        .isEqualTo(result.account(s.customerNumber()).balance()));
        List<Customer> customers = new ArrayList<>();
        for (JsonNode node : export.get("customers")) {
            customers.add(mapper.treeToValue(node, Customer.class));
        }
        assertThat(customers)
                .isEqualTo(
                        result.customers().stream().map(StoryCustomer::customer).toList());
    }

    @Test
    void theSummaryAndTheReceivablesReportShowTheOverdueModulesFigures() throws IOException {
        StorySummary summary = result.summary();
        String report = Files.readString(output.resolve("receivables.txt"));

        assertThat(printed).endsWith(summary.toText());
        assertThat(summary.toText())
                .contains("DSO (simple) as of 2026-12-31, EUR: ")
                .contains("DSO (count-back) as of 2026-12-31, EUR: ")
                .contains("Aging as of 2026-12-31, by due date\n")
                .contains("Late customers as of 2026-12-31 (trend since 2026-11-30)\n");
        assertThat(report)
                .contains(summary.aging().toText(java.util.Locale.ENGLISH))
                .contains(summary.lateCustomers().toText(java.util.Locale.ENGLISH))
                .contains(summary.dso().orElseThrow().toText(java.util.Locale.ENGLISH))
                .containsPattern("\n2026-12  EUR .*\n");
    }

    @Test
    void theReceivablesPdfNamesEveryCustomerOwingSomething() throws IOException {
        StorySummary summary = result.summary();
        assertThat(summary.aging().rows()).isNotEmpty();
        try (PDDocument document =
                Loader.loadPDF(output.resolve("receivables.pdf").toFile())) {
            // names wrap inside their column: compare with single spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (AgingRow row : summary.aging().rows()) {
                StoryCustomer who = result.customers().stream()
                        .filter(c -> c.number().equals(row.customerNumber()))
                        .findFirst()
                        .orElseThrow();
                assertThat(text)
                        .contains(row.customerNumber())
                        .contains(who.customer().party().legalName());
            }
        }
    }

    private static JsonNode export() throws IOException {
        return new ObjectMapper().readTree(output.resolve("export.json").toFile());
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(output.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> names(List<Path> files, String suffix) {
        return files.stream()
                .map(f -> f.getFileName().toString().replace(suffix, ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
