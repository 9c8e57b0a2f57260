package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.echeance.einvoice.OfficialRules;
import org.echeance.einvoice.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code main} of each small example, as a reader would, and checks what it prints. */
class ExamplesTest {
    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    @Test
    void quickStartPrintsTheAmountDue() throws Exception {
        // 2400.00 + 20 % VAT
        assertThat(printed(QuickStart::main)).isEqualTo("2880.00\n");
    }

    @Test
    void installmentsSplitTheInvoiceExactlyAndTheDepositLeavesTheBalance() throws Exception {
        String out = printed(InstallmentsExample::main);

        // 30 % of 3627.74 = 1088.322 -> 1088.32, the balance 2539.42; thirds 1209.25 + 1209.25 + 1209.24
        assertThat(out)
                .contains(
                        "Deposit and balance of 3627.74 EUR\n  1. due 2026-01-15  1088.32\n  2. due 2026-03-01  2539.42")
                .contains("  1. due 2026-02-14  1209.25\n  2. due 2026-03-14  1209.25\n  3. due 2026-04-14  1209.24")
                .contains("After the deposit: PARTIALLY_PAID, open 2539.42 EUR, due by 2026-02-14: 0.00 EUR");
    }

    @Test
    void subscriptionIsBilledOnEveryMonthEndOnce() throws Exception {
        String out = printed(SubscriptionExample::main);

        // 29.00 + 20 % = 34.80, due 30 days after each month end
        assertThat(out)
                .contains("billed 2026-01-31 for [2026-01-31, 2026-02-28), due 2026-03-02: 34.80 EUR")
                .contains("billed 2026-02-28 for [2026-02-28, 2026-03-31), due 2026-03-30: 34.80 EUR")
                .contains("billed 2026-04-30 for [2026-04-30, 2026-05-31), due 2026-05-30: 34.80 EUR")
                .contains("billed 2026-06-30 for [2026-06-30, 2026-07-31), due 2026-07-30: 34.80 EUR")
                .contains("second run, same date: 0 period billed");
        assertThat(out.lines().filter(l -> l.startsWith("billed "))).hasSize(6);
    }

    @Test
    void remindersReachEachDunningLevelOnceForWhatRemains() throws Exception {
        String out = printed(RemindersExample::main);

        // due 14 Feb; 1000.00 paid on 20 Feb leaves 2627.74; steps at -7, 0, +7, +15 and +30 days
        assertThat(out.lines().filter(l -> l.startsWith("2026-")).map(l -> l.substring(0, 66)))
                .containsExactly(
                        "2026-02-07  level 0  friendly-notice     3627.74 EUR by 2026-02-14",
                        "2026-02-14  level 0  due-today           3627.74 EUR by 2026-02-14",
                        "2026-02-21  level 1  first-reminder      2627.74 EUR by 2026-03-01",
                        "2026-03-01  level 2  second-reminder     2627.74 EUR by 2026-03-16",
                        "2026-03-16  level 3  formal-notice       2627.74 EUR by 2026-03-24");
        assertThat(out)
                .contains("mettons en demeure")
                .contains("2\u00a0627,74 EUR") // a no-break space groups the thousands
                .contains("12,15 %")
                .contains("40,00 EUR");
    }

    @Test
    void facturXExampleWritesAPdfEmbeddingTheCiiBesideIt(@TempDir Path folder) throws Exception {
        String out = printed(FacturXExample::main, folder.toString());

        byte[] cii = Files.readAllBytes(folder.resolve("FA-2026-00001.cii.xml"));
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(folder.resolve("FA-2026-00001.pdf"))));
        assertThat(out)
                .isEqualTo("FA-2026-00001.cii.xml: CII (EN 16931), amount due 3627.74 EUR\n"
                        + "FA-2026-00001.pdf: PDF/A-3, Factur-X EN 16931, factur-x.xml embedded (" + cii.length
                        + " bytes)\n"
                        + "SHA-256 " + sha256 + ", the same after rebranding\n");
        assertThat(OfficialRules.errors(cii, Syntax.CII)).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("FA-2026-00001.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("FA-2026-00001");
            assertThat(pdf.getDocumentCatalog()
                            .getNames()
                            .getEmbeddedFiles()
                            .getNames()
                            .get("factur-x.xml")
                            .getEmbeddedFile()
                            .toByteArray())
                    .isEqualTo(cii);
        }
    }

    @Test
    void overdueDashboardAgesTheLedgerComputesTheDsoAndListsTheLateCustomers() throws Exception {
        String out = printed(OverdueDashboardExample::main);

        // On 15 March: C-1 owes 800.00 of F1 (due 31 Jan, 43 days: 31-60) and F2 600.00 (not due);
        // C-2 owes F3's 2nd installment 120.00 (15 days) and F4 240.00 (13 days), and F3's 3rd 120.00 (not due).
        assertThat(out)
                .contains("\nTotal     EUR            720.00  360.00  800.00   0.00  0.00  1,880.00\n")
                .contains("\nC-1       EUR            600.00    0.00  800.00   0.00  0.00  1,400.00\n")
                // sales of the 90 days to 15 March: 1200 + 600 + 360 + 240 = 2400; 1880 / 2400 x 90 = 70.50
                .contains("DSO (simple) as of 2026-03-15, EUR: 70.50 days (receivables 1,880.00, sales 2,400.00"
                        + " over 90 days)\n")
                // back from 15 March: 600 (28 days), 240 (31 days), then 1040 of 1560 x 31 days = 20.67: 79.67
                .contains("DSO (count-back) as of 2026-03-15, EUR: 79.67 days")
                // a month before, C-1 owed the same 800.00; C-2 owed nothing overdue
                .containsPattern("\nC-1 +EUR +800\\.00 +1 +2026-01-31 +43 +0 +SAME +-\n")
                .containsPattern("\nC-2 +EUR +360\\.00 +2 +2026-02-28 +15 +0 +NEW +2026-03-20\n");
    }

    static String printed(Main main, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
