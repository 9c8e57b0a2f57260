package org.echeance.pdf.internal;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.aging.AgingBucket;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.aging.AgingRow;
import org.echeance.overdue.report.LateCustomer;
import org.echeance.overdue.report.MonthFigures;
import org.echeance.pdf.ReceivablesReport;
import org.echeance.pdf.RenderOptions;

/**
 * The layout of a receivables report: letterhead with the key figures, the aging table, a chart of the open amount
 * per aging bucket, a chart of invoiced vs collected per month, and the late customers.
 *
 * <p>A report may have a row for every customer of a large ledger: its two tables are {@linkplain
 * Theme#largeTable(float[]) large tables}, written out every {@value #ROWS_PER_FLUSH} rows to a {@linkplain
 * DocumentWriter#streaming streaming} writer, so that the layout objects in memory are those of a page or so,
 * whatever the number of rows.
 */
final class ReportLayout {
    private static final float CHART_WIDTH = 515f;
    private static final float AGING_CHART_HEIGHT = 150f;
    private static final float MONTHS_CHART_HEIGHT = 170f;
    /** How many rows a large table takes before they are laid out and written: about a page of them. */
    static final int ROWS_PER_FLUSH = 50;

    private final DocumentWriter w;
    private final Theme t;
    private final Labels labels;
    private final Formats f;
    private final Blocks blocks;
    private final ReceivablesReport report;
    private final RenderOptions options;
    private final boolean french;

    ReportLayout(DocumentWriter writer, ReceivablesReport report, RenderOptions options) {
        this.w = writer;
        this.t = writer.theme;
        this.labels = writer.labels;
        this.f = writer.formats;
        this.blocks = new Blocks(writer);
        this.report = report;
        this.options = options;
        this.french = "fr".equals(writer.locale.getLanguage());
    }

    void render() {
        w.add(blocks.letterhead(options.branding(), options.branding().company(), labels.get("report.title"), facts()));
        agingTable();
        report.chartCurrency().ifPresent(currency -> {
            String code = currency.getCurrencyCode();
            chart(labels.format("report.agingChart", code), agingChart(currency), AGING_CHART_HEIGHT);
            chart(labels.format("report.monthsChart", code), monthsChart(), MONTHS_CHART_HEIGHT);
        });
        lateCustomers();
    }

    private List<String[]> facts() {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.get("report.asOf"), f.date(report.asOf())});
        for (AgingRow total : report.aging().totals()) {
            facts.add(new String[] {labels.get("report.outstanding"), f.money(total.total())});
            facts.add(new String[] {labels.get("report.overdue"), f.money(total.overdue())});
        }
        report.dso()
                .flatMap(d -> d.days())
                .ifPresent(days -> facts.add(
                        new String[] {labels.get("report.dso"), labels.format("report.dsoValue", f.quantity(days))}));
        return facts;
    }

    private void agingTable() {
        AgingReport aging = report.aging();
        w.add(t.heading(labels.format("report.aging." + aging.basis().name(), f.date(aging.asOf())))
                .setMarginTop(14));
        List<AgingBucket> buckets = aging.buckets().buckets();
        float[] widths = new float[buckets.size() + 3];
        widths[0] = 24;
        widths[1] = 10;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 66f / (buckets.size() + 1);
        }
        Table table = Theme.largeTable(widths);
        table.addHeaderCell(t.headerCell(labels.get("report.customer"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("report.currency"), TextAlignment.LEFT));
        for (AgingBucket bucket : buckets) {
            table.addHeaderCell(t.headerCell(bucket.label(french, aging.basis()), TextAlignment.RIGHT));
        }
        table.addHeaderCell(t.headerCell(labels.get("report.total"), TextAlignment.RIGHT));
        int rows = 0;
        for (AgingRow row : aging.rows()) {
            table.addCell(t.bodyCell(customer(row.customerNumber()), TextAlignment.LEFT));
            agingAmounts(table, row, false);
            flushEvery(table, ++rows);
        }
        for (AgingRow total : aging.totals()) {
            table.addCell(t.bodyCell(t.strong(labels.get("report.total")), TextAlignment.LEFT));
            agingAmounts(table, total, true);
        }
        complete(table, rows);
        if (aging.rows().isEmpty()) {
            w.add(t.text(labels.get("report.none")).setMarginTop(4));
        }
    }

    /**
     * Lays out and writes the rows added so far, every {@value #ROWS_PER_FLUSH} rows. The table goes into the
     * document with its first rows, not before them: a heading kept with the table is then kept with its first rows,
     * as with a table added whole.
     */
    private void flushEvery(Table table, int rows) {
        if (rows % ROWS_PER_FLUSH != 0) {
            return;
        }
        if (rows == ROWS_PER_FLUSH) {
            w.add(table);
        } else {
            table.flush();
        }
    }

    /** Writes the last rows of a large table, adding it to the document if it had fewer rows than a flush. */
    private void complete(Table table, int rows) {
        if (rows < ROWS_PER_FLUSH) {
            w.add(table);
        }
        table.complete();
    }

    private void agingAmounts(Table table, AgingRow row, boolean strong) {
        table.addCell(t.bodyCell(t.text(row.currency().getCurrencyCode()), TextAlignment.LEFT));
        for (int i = 0; i < row.amounts().size(); i++) {
            table.addCell(t.bodyCell(amount(f.amount(row.amount(i)), strong), TextAlignment.RIGHT));
        }
        table.addCell(t.bodyCell(t.strong(f.amount(row.total())), TextAlignment.RIGHT));
    }

    private Paragraph amount(String text, boolean strong) {
        return strong ? t.strong(text) : t.text(text);
    }

    /** The customer's name over its number, or its number alone. */
    private Paragraph customer(String number) {
        return report.customerName(number)
                .map(name -> t.strong(name)
                        .add(new com.itextpdf.layout.element.Text("\n" + number)
                                .setFont(t.regular)
                                .setFontColor(t.muted)
                                .setFontSize(Theme.SMALL)))
                .orElseGet(() -> t.text(number));
    }

    /** A chart under its title, never separated from it. */
    private void chart(String title, BarChart chart, float height) {
        Div block = new Div().setKeepTogether(true);
        block.add(t.heading(title).setMarginTop(14));
        block.add(chart.draw(w, CHART_WIDTH, height));
        w.add(block);
    }

    /** One bar per bucket: what is not yet due in the primary colour, what is overdue in the accent colour. */
    private BarChart agingChart(CurrencyUnit currency) {
        AgingReport aging = report.aging();
        AgingRow total = aging.total(currency);
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (AgingBucket bucket : aging.buckets().buckets()) {
            categories.add(bucket.label(french, aging.basis()));
            values.add(Amounts.decimal(total.amount(bucket.index())));
            colors.add(bucket.fromDays().isEmpty() ? t.primary : t.accent);
        }
        return new BarChart(
                categories,
                List.of(new BarChart.Series(labels.get("report.outstanding"), colors, values)),
                f::quantity,
                v -> f.amount(Amounts.money(v, currency)));
    }

    /** Two bars per month: invoiced in the primary colour, collected in a green. */
    private BarChart monthsChart() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern(labels.get("format.month"), w.locale);
        List<String> categories = new ArrayList<>();
        List<BigDecimal> invoiced = new ArrayList<>();
        List<BigDecimal> collected = new ArrayList<>();
        for (MonthFigures point : report.chartMonths()) {
            categories.add(month.format(point.month()));
            invoiced.add(Amounts.decimal(point.invoiced()));
            collected.add(Amounts.decimal(point.collected()));
        }
        Color green = new DeviceRgb(0x2E, 0x8B, 0x57);
        return new BarChart(
                categories,
                List.of(
                        BarChart.Series.of(labels.get("report.invoiced"), t.primary, invoiced),
                        BarChart.Series.of(labels.get("report.collected"), green, collected)),
                f::quantity,
                f::quantity);
    }

    private void lateCustomers() {
        List<LateCustomer> customers = report.lateCustomers().customers();
        w.add(t.heading(labels.format(
                        "report.late", f.date(report.lateCustomers().previousAsOf())))
                .setMarginTop(14)
                .setKeepWithNext(!customers.isEmpty()));
        if (customers.isEmpty()) {
            w.add(t.text(labels.get("report.noLate")));
            return;
        }
        Table table = Theme.largeTable(new float[] {17, 13, 12, 12, 10, 12, 12, 12});
        table.addHeaderCell(t.headerCell(labels.get("report.customer"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.overdue"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.items"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.oldest"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.daysLate"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.reminders"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.trend"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("report.late.promise"), TextAlignment.LEFT));
        int rows = 0;
        for (LateCustomer c : customers) {
            table.addCell(t.bodyCell(customer(c.customerNumber()), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.strong(f.money(c.overdue())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(Integer.toString(c.overdueItems())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(f.date(c.oldestDueDate())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(Long.toString(c.daysLate())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(Integer.toString(c.remindersSent())), TextAlignment.RIGHT));
            table.addCell(
                    t.bodyCell(t.text(labels.get("report.trend." + c.trend().name())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(c.promiseToPay().map(f::date).orElse("–")), TextAlignment.LEFT));
            flushEvery(table, ++rows);
        }
        complete(table, rows);
    }
}
