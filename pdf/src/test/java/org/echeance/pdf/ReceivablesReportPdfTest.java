package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.pdf.PdfFixtures.EUR;
import static org.echeance.pdf.PdfFixtures.eur;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.overdue.OverdueAnalysis;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.ReceivablesLedger;
import org.echeance.overdue.Settlement;
import org.junit.jupiter.api.Test;

/**
 * The receivables report of a small story checked by hand (the overdue module's), as of 15 March 2026, trend since
 * 15 February:
 *
 * <ul>
 *   <li>C1 (Boulangerie Martin SAS): F1 1000 issued 1 Jan, due 31 Jan, 400 paid on 15 Feb; F2 500 issued 1 Mar, due
 *       31 Mar;
 *   <li>C2 (Café du Port): F3 in 3 × 100 issued 1 Jan, due 31 Jan, 28 Feb, 31 Mar, the first paid on 1 Feb; F4 200
 *       issued 1 Feb, due 2 Mar; C2 promised to pay by 20 March.
 * </ul>
 *
 * Aging: C1 500 not yet due, 600 at 43 days (31-60), total 1100; C2 100 not yet due, 300 at 15 and 13 days (1-30),
 * total 400; all 600 / 300 / 600 / 0 / 0 = 1500. Months: January 1300 invoiced, nothing collected; February 200
 * invoiced, 500 collected; March 500 invoiced. DSO over the 90 days to 15 March: 1500 / 2000 × 90 = 67.5 days.
 */
class ReceivablesReportPdfTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    static OverdueAnalysis story() {
        List<ReceivableItem> items = new ArrayList<>();
        items.add(item("C1", "F1", 1, 1, "2026-01-01", "2026-01-31", "1000.00")
                .settlement(Settlement.payment("P1", LocalDate.parse("2026-02-15"), eur("400.00")))
                .build());
        items.add(item("C1", "F2", 1, 1, "2026-03-01", "2026-03-31", "500.00").build());
        items.add(item("C2", "F3", 1, 3, "2026-01-01", "2026-01-31", "100.00")
                .settlement(Settlement.payment("P2", LocalDate.parse("2026-02-01"), eur("100.00")))
                .build());
        items.add(item("C2", "F3", 2, 3, "2026-01-01", "2026-02-28", "100.00").build());
        items.add(item("C2", "F3", 3, 3, "2026-01-01", "2026-03-31", "100.00").build());
        items.add(item("C2", "F4", 1, 1, "2026-02-01", "2026-03-02", "200.00").build());
        return OverdueAnalysis.of(ReceivablesLedger.ofItems("S", items))
                .withFollowUp(FollowUpRecords.of(List.of(), Map.of("C2", LocalDate.of(2026, 3, 20))));
    }

    private static ReceivableItem.Builder item(
            String customer, String invoice, int number, int count, String issued, String due, String amount) {
        return ReceivableItem.builder(customer, invoice, EUR)
                .installment(number, count)
                .issueDate(LocalDate.parse(issued))
                .dueDate(LocalDate.parse(due))
                .amount(eur(amount));
    }

    static ReceivablesReport report() {
        return ReceivablesReport.of(story(), "S", AS_OF, YearMonth.of(2026, 1))
                .withCustomerNames(Map.of("C1", "Boulangerie Martin SAS", "C2", "Café du Port"));
    }

    /** Reads the text of the report with every run of white space as one space: names and headers may wrap. */
    @Test
    void frenchReportShowsTheFiguresTablesAndChartLabels() throws IOException {
        byte[] pdf = renderer.renderReceivablesReport(report(), PdfFixtures.options());

        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Créances clients", "Situation au 15/03/2026", "Encours 1 500,00 €", "Échu 900,00 €")
                .contains("DSO (90 jours) 67,5 jours")
                .contains("Balance âgée au 15/03/2026, par date d'échéance")
                .contains("Client Devise Non échu 1-30 31-60 61-90 > 90 Total")
                .contains("Boulangerie Martin SAS C1 EUR 500,00 0,00 600,00 0,00 0,00 1 100,00")
                .contains("Café du Port C2 EUR 100,00 300,00 0,00 0,00 0,00 400,00")
                .contains("Total EUR 600,00 300,00 600,00 0,00 0,00 1 500,00");
        // The charts: titles, axis ticks (0 to 600 by 200, and 0 to 1 500 by 500), bar values, legend, months
        assertThat(text)
                .contains("Encours par ancienneté (EUR)", "Facturé et encaissé par mois (EUR)")
                .contains("Facturé", "Encaissé", "janv. 26", "févr. 26", "mars 26")
                .contains("1 500", "1 000", "500", "400", "200");
        assertThat(text)
                .contains("Clients en retard (tendance depuis le 15/02/2026)")
                .contains("Boulangerie Martin SAS C1 600,00 € 1 31/01/2026 43 0 Stable –")
                .contains("Café du Port C2 300,00 € 2 28/02/2026 15 0 Nouveau 20/03/2026");
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();

        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("receivables-report-fr.pdf"), pdf);
        int pages = PdfReading.pageTexts(pdf).size();
        for (int page = 0; page < pages; page++) {
            ImageIO.write(
                    PdfReading.renderPage(pdf, page, 72),
                    "png",
                    dir.resolve("receivables-report-fr-" + (page + 1) + ".png").toFile());
        }
    }

    @Test
    void englishReport() {
        byte[] pdf = renderer.renderReceivablesReport(report(), PdfFixtures.options(Locale.UK));

        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Receivables report", "As of 15 Mar 2026")
                .contains("Aging as of 15 Mar 2026, by due date")
                .contains("Customer Currency Not yet due 1-30 31-60 61-90 > 90 Total")
                .contains("C1 EUR 500.00 0.00 600.00 0.00 0.00 1,100.00")
                .contains("Open amount by age (EUR)", "Invoiced and collected per month (EUR)")
                .contains("Invoiced", "Collected", "Jan 26", "Feb 26", "Mar 26")
                .contains("Late customers (trend since 15 Feb 2026)", "€600.00 1 31 Jan 2026 43 0 Same");
    }

    @Test
    void chartsAreVectorGraphicsNotPictures() throws IOException {
        byte[] pdf = renderer.renderReceivablesReport(report(), PdfFixtures.options());

        int forms = 0;
        try (PDDocument doc = PdfReading.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    assertThat(x).isNotInstanceOf(PDImageXObject.class);
                    if (x instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
        }
        assertThat(forms).isEqualTo(2);
    }

    @Test
    void nothingOpenGivesTablesWithoutCharts() {
        OverdueAnalysis empty = OverdueAnalysis.of(ReceivablesLedger.ofItems("S", List.of()));
        ReceivablesReport report = ReceivablesReport.of(empty, "S", AS_OF, YearMonth.of(2026, 1));

        byte[] pdf = renderer.renderReceivablesReport(report, PdfFixtures.options());

        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(report.chartCurrency()).isEmpty();
        assertThat(text)
                .contains("Aucune créance ouverte.", "Aucun client en retard.")
                .doesNotContain("Encours par ancienneté");
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void lateCustomersMustBeAsOfTheAgingDate() {
        OverdueAnalysis analysis = story();
        assertThatThrownBy(() -> ReceivablesReport.of(
                        analysis.aging("S", AS_OF),
                        analysis.lateCustomers("S", AS_OF.minusDays(1), AS_OF.minusMonths(1)),
                        analysis.monthlySeries("S", YearMonth.of(2026, 1), YearMonth.of(2026, 3))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-PDF-06")
                .hasMessageContaining("2026-03-14");
    }
}
