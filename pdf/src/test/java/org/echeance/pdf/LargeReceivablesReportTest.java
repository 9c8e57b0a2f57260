package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.party.Party;
import org.echeance.pdf.ReportPages.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receivables reports of ledgers of thousands of customers ({@link LargeLedger}), written page by page: read back
 * with PDFBox, every customer is in its table exactly once, under the table header repeated on every page, the
 * totals come once after the last row, and every page says "page x of y" right; the memory needed does not grow with
 * the rows.
 */
class LargeReceivablesReportTest {
    /** The first line of the footer. */
    private static final String MENTIONS =
            "Atelier Durand SARL · SARL au capital de 20 000 EUR, RCS Lyon 812 345 676 · "
                    + "SIREN 812 345 676 · N° TVA FR19812345676";

    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    @Test
    void twentyThousandCustomersEachOnceUnderARepeatedHeaderWithTheTotalsAfterTheLastRow(@TempDir Path dir)
            throws IOException {
        LargeLedger ledger = LargeLedger.of(20_000, 10);
        Path file = dir.resolve("report.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.writeReceivablesReport(ledger.report(), PdfFixtures.options(), out);
        }

        List<Page> pages = ReportPages.read(file);

        assertWholeReport(pages, ledger);
        // The figures of the letterhead and the charts come before the tables, on the first page
        assertThat(String.join(" ", pages.get(0).lines()))
                .contains("Créances clients", "Situation au 15/03/2026", "Encours " + french(total(ledger)) + " €");
    }

    /**
     * Renders a report of 30,000 customers (33,000 table rows) in a JVM of its own with a heap of 128 MB. Rendered
     * as it was before the tables were written a few rows at a time, that JVM ran out of memory with 5,000
     * customers (10,000 rows): the layout objects of every row were kept until the end.
     */
    @Test
    void thirtyThousandCustomersRenderInAHeapOf128Megabytes(@TempDir Path dir) throws Exception {
        LargeLedger ledger = LargeLedger.of(30_000, 10);
        Path file = dir.resolve("report.pdf");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeReportMain.class.getName(),
                        Integer.toString(ledger.customers()),
                        "10",
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the child JVM ended").isTrue();
        assertThat(child.exitValue()).as("exit status; output:%n%s", output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError");
        List<Page> pages = ReportPages.read(file);
        assertThat(pages).hasSizeGreaterThan(700);
        assertWholeReport(pages, ledger);
    }

    @Test
    void theStreamGetsTheBytesOfTheArrayAndTheSameReportTheSameBytes(@TempDir Path dir) throws IOException {
        ReceivablesReport report = LargeLedger.of(1_000, 5).report();

        byte[] array = renderer.renderReceivablesReport(report, PdfFixtures.options());
        Path file = dir.resolve("report.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            ITextInvoiceRenderer.create().writeReceivablesReport(report, PdfFixtures.options(), out);
        }
        ByteArrayOutputStream byDefault = new ByteArrayOutputStream();
        new ArrayOnlyRenderer().writeReceivablesReport(report, PdfFixtures.options(), byDefault);

        assertThat(ReportPages.read(array)).hasSizeGreaterThan(25);
        assertThat(Files.readAllBytes(file)).isEqualTo(array);
        assertThat(byDefault.toByteArray()).isEqualTo(array);
        assertThat(ITextInvoiceRenderer.create().renderReceivablesReport(report, PdfFixtures.options()))
                .isEqualTo(array);
        assertThat(new String(array, StandardCharsets.ISO_8859_1))
                .contains("/ECHAAA+DejaVuSans")
                .doesNotContainPattern("/(?!ECHAA)[A-Z]{6}\\+DejaVu");
    }

    @Test
    void aStreamedReportOfManyPagesIsPdfA3b() {
        byte[] pdf = renderer.renderReceivablesReport(LargeLedger.of(300, 1).report(), PdfFixtures.options());

        assertThat(ReportPages.read(pdf)).hasSizeGreaterThan(15);
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void theStreamIsLeftOpenAndItsFailureIsAnUncheckedIOException() {
        ReceivablesReport report = LargeLedger.of(200, 1).report();
        RecordingStream open = new RecordingStream(Long.MAX_VALUE);
        renderer.writeReceivablesReport(report, PdfFixtures.options(), open);
        assertThat(open.closed).isFalse();
        assertThat(open.flushed).isTrue();
        assertThat(open.written).isGreaterThan(10_000);

        assertThatThrownBy(() ->
                        renderer.writeReceivablesReport(report, PdfFixtures.options(), new RecordingStream(10_000)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }

    /**
     * Checks every page and row of the report of a ledger: the footer of every page, the header of each table on
     * every page with its rows, every customer once in the aging (in order) and every late customer once in theirs,
     * the late customers' heading with their first row, and one totals row after the last aging row.
     */
    static void assertWholeReport(List<Page> pages, LargeLedger ledger) {
        List<String> aging = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<Integer> pagesWithTotals = new ArrayList<>();
        Page lastAgingPage = null;
        Page firstLatePage = null;
        for (Page page : pages) {
            assertThat(page.footer())
                    .as("footer of page %d", page.number())
                    .containsExactly(page.number(), pages.size());
            List<String> agingRows = page.agingRows();
            if (!agingRows.isEmpty()) {
                assertThat(page.indexOf(ReportPages.AGING_HEADER))
                        .as("aging header on page %d", page.number())
                        .isNotNegative()
                        .isLessThan(page.indexOfStart(agingRows.get(0) + " EUR"));
                lastAgingPage = page;
            }
            List<String> lateRows = page.lateRows();
            if (!lateRows.isEmpty()) {
                assertThat(page.indexOf(ReportPages.LATE_HEADER))
                        .as("late customers' header on page %d", page.number())
                        .isNotNegative()
                        .isLessThan(page.indexOfStart(lateRows.get(0) + " "));
                if (firstLatePage == null) {
                    firstLatePage = page;
                }
            }
            if (page.indexOfStart("Total EUR ") >= 0) {
                pagesWithTotals.add(page.number());
            }
            aging.addAll(agingRows);
            late.addAll(lateRows);
        }
        List<String> everyCustomer = new ArrayList<>();
        List<String> lateCustomers = new ArrayList<>();
        for (int i = 1; i <= ledger.customers(); i++) {
            everyCustomer.add(LargeLedger.customerNumber(i));
            if (ledger.isLate(i)) {
                lateCustomers.add(LargeLedger.customerNumber(i));
            }
        }
        assertThat(aging).containsExactlyElementsOf(everyCustomer);
        assertThat(late).hasSize(ledger.lateCustomers()).containsExactlyInAnyOrderElementsOf(lateCustomers);

        assertThat(lastAgingPage).isNotNull();
        assertThat(pagesWithTotals).containsExactly(lastAgingPage.number());
        int totals = lastAgingPage.indexOfStart("Total EUR ");
        assertThat(totals).isGreaterThan(lastAgingPage.indexOfStart(LargeLedger.customerNumber(ledger.customers())));
        // Totals of millions wrap in their columns: compare the figures, in order, without the white space
        List<String> afterTotals =
                lastAgingPage.lines().subList(totals, lastAgingPage.lines().size());
        String totalsRow = String.join("", afterTotals.subList(0, afterTotals.indexOf(MENTIONS)));
        // (the chart of the open amounts may follow on the same page)
        assertThat(totalsRow.replace(" ", "")).startsWith(totalsLine(ledger).replace(" ", ""));

        assertThat(firstLatePage).isNotNull();
        assertThat(firstLatePage.indexOf(ReportPages.LATE_HEADING))
                .as("the late customers' heading is on the page of their first row")
                .isNotNegative();
    }

    /** The totals row, from the ledger's own figures: what is not yet due, then what is late by bucket of days. */
    static String totalsLine(LargeLedger ledger) {
        BigDecimal[] buckets = new BigDecimal[5];
        java.util.Arrays.fill(buckets, BigDecimal.ZERO);
        for (int i = 1; i <= ledger.customers(); i++) {
            buckets[0] = buckets[0].add(LargeLedger.notYetDue(i));
            if (ledger.isLate(i)) {
                int days = LargeLedger.daysLate(i);
                int bucket = days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
                buckets[bucket] = buckets[bucket].add(LargeLedger.overdue(i));
            }
        }
        StringBuilder line = new StringBuilder("Total EUR");
        for (BigDecimal amount : buckets) {
            line.append(' ').append(french(amount));
        }
        return line.append(' ').append(french(total(ledger))).toString();
    }

    static BigDecimal total(LargeLedger ledger) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= ledger.customers(); i++) {
            total = total.add(LargeLedger.notYetDue(i));
            if (ledger.isLate(i)) {
                total = total.add(LargeLedger.overdue(i));
            }
        }
        return total;
    }

    /** An amount as the French report prints it, such as {@code 2 009 900,00}. */
    static String french(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount).replace(',', ' ').replace('.', ',');
    }

    /** A stream that counts what it is given, fails past a size, and says whether it was flushed or closed. */
    private static final class RecordingStream extends OutputStream {
        private final long failAfter;
        long written;
        boolean flushed;
        boolean closed;

        RecordingStream(long failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > failAfter) {
                throw new IOException("disk full");
            }
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A renderer that only returns arrays, as one written before the stream method: it gets the default. */
    private static final class ArrayOnlyRenderer implements InvoiceRenderer {
        private final InvoiceRenderer delegate = ITextInvoiceRenderer.create();

        @Override
        public byte[] renderInvoice(Invoice invoice, RenderOptions options) {
            return delegate.renderInvoice(invoice, options);
        }

        @Override
        public byte[] renderInstallmentSchedule(Invoice invoice, InstallmentPlan plan, RenderOptions options) {
            return delegate.renderInstallmentSchedule(invoice, plan, options);
        }

        @Override
        public byte[] renderStatement(CustomerStatement statement, Party customer, RenderOptions options) {
            return delegate.renderStatement(statement, customer, options);
        }

        @Override
        public byte[] renderReminder(ReminderLetter letter, RenderOptions options) {
            return delegate.renderReminder(letter, options);
        }

        @Override
        public byte[] renderReceivablesReport(ReceivablesReport report, RenderOptions options) {
            return delegate.renderReceivablesReport(report, options);
        }
    }
}
