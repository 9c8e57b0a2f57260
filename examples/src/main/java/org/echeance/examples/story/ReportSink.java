package org.echeance.examples.story;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.echeance.overdue.OverdueAnalysis;
import org.echeance.overdue.ReceivablesLedger;
import org.echeance.overdue.report.MonthlySeries;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.InvoiceRenderer;
import org.echeance.pdf.ReceivablesReport;

/**
 * Writes the receivables report of the story's last day, from the {@code overdue} module's figures: {@code
 * receivables.pdf}, rendered by the {@code pdf} module (key figures, the aging table, a chart of the open amount per
 * aging bucket, a chart of invoiced versus collected per month, the late customers with their names), and {@code
 * receivables.txt} with both DSO figures, the aging table and the late-customers report of every customer (the
 * summary prints them too, shortened for a large story) and each month's invoiced, collected, outstanding and
 * overdue amounts.
 *
 * <p>The PDF is streamed to its file page by page ({@link InvoiceRenderer#writeReceivablesReport}), so a story of
 * 100,000 customers owing something gets it too, without holding the document or its tables in memory.
 *
 * <p>This class is not thread-safe: the story calls it from one thread.
 */
public final class ReportSink implements StoryListener {
    /** The extension of the text report; the PDF is {@code receivables.pdf}. */
    public static final String EXTENSION = "txt";

    private final OutputLayout layout;
    private final boolean pdf;
    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    private ReportSink(OutputLayout layout, boolean pdf) {
        this.layout = layout;
        this.pdf = pdf;
    }

    /**
     * Returns a sink writing the text and PDF reports into an output folder.
     *
     * @param layout the output folder's layout
     * @return the sink
     */
    public static ReportSink into(OutputLayout layout) {
        return new ReportSink(Objects.requireNonNull(layout, "layout"), true);
    }

    /**
     * Returns a sink writing the text report only into an output folder.
     *
     * @param layout the output folder's layout
     * @return the sink
     */
    public static ReportSink textOnly(OutputLayout layout) {
        return new ReportSink(Objects.requireNonNull(layout, "layout"), false);
    }

    @Override
    public void finished(StoryResult result) {
        StorySummary summary = result.summary();
        MonthlySeries months = OverdueAnalysis.of(ReceivablesLedger.ofAccounts(result.accounts()))
                .monthlySeries(Cast.SELLER_ID, YearMonth.from(summary.from()), YearMonth.from(summary.asOf()));
        StringBuilder text = new StringBuilder();
        text.append("RECEIVABLES of Atelier Durand on ")
                .append(summary.asOf())
                .append(", ")
                .append(summary.customers())
                .append(" customers\n\n");
        summary.dso().ifPresent(d -> text.append(d.toText(Locale.ENGLISH)).append('\n'));
        summary.dsoCountBack()
                .ifPresent(d -> text.append(d.toText(Locale.ENGLISH)).append('\n'));
        text.append('\n').append(summary.aging().toText(Locale.ENGLISH));
        text.append('\n').append(summary.lateCustomers().toText(Locale.ENGLISH));
        text.append('\n').append(months.toText(Locale.ENGLISH));
        write(layout.receivablesReport(EXTENSION), text.toString().getBytes(StandardCharsets.UTF_8));
        if (!pdf) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        result.customers()
                .forEach(c -> names.put(c.number(), c.customer().party().legalName()));
        ReceivablesReport report = ReceivablesReport.of(summary.aging(), summary.lateCustomers(), months)
                .withCustomerNames(names);
        report = summary.dso().map(report::withDso).orElse(report);
        Path file = layout.receivablesReport(PdfSink.EXTENSION);
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.writeReceivablesReport(
                    report, PdfSink.options(summary.asOf(), result.config().zone(), file), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ReportSink[" + layout + "]";
    }
}
