package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.core.invoice.Invoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invoices of 1 to 500 lines read back page by page with PDFBox: the table header is on every page that has lines,
 * "page x of y" is right, each line appears once and whole on one page, and the totals, VAT breakdown and payment
 * block end the document together.
 */
class MultiPageLayoutTest {
    private static final Pattern ARTICLE = Pattern.compile("Article (\\d{4})\\b");

    @ParameterizedTest(name = "{0} lines of {1} description lines")
    @CsvSource({"1, 1", "12, 1", "40, 1", "500, 1", "40, 40"})
    void survivesLongInvoices(int lines, int descriptionLines) {
        Invoice invoice = PdfFixtures.invoiceWithLines(lines, descriptionLines, true);
        byte[] pdf = ITextInvoiceRenderer.create().renderInvoice(invoice, PdfFixtures.options());

        List<String> pages = PdfReading.pageTexts(pdf);
        int count = pages.size();
        int[] seen = new int[lines + 1];
        int lastPageWithLines = 0;
        for (int p = 0; p < count; p++) {
            String page = pages.get(p);
            assertThat(page).as("page %d", p + 1).contains("Page " + (p + 1) + " sur " + count);
            assertThat(page).contains("Facture FA-2026-00500");
            Matcher m = ARTICLE.matcher(page);
            boolean hasLines = false;
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                seen[i]++;
                hasLines = true;
                // the whole line is on this page: every line of its description
                for (int k = 1; k <= descriptionLines; k++) {
                    assertThat(page)
                            .as("line %d description %d on page %d", i, k, p + 1)
                            .contains(PdfFixtures.descriptionLine(i, k));
                }
            }
            if (hasLines) {
                lastPageWithLines = p;
                assertThat(page)
                        .as("table header on page %d", p + 1)
                        .contains("N° Désignation Qté Unité P.U. HT TVA Montant HT");
            }
        }
        for (int i = 1; i <= lines; i++) {
            assertThat(seen[i]).as("line %d appears once", i).isEqualTo(1);
        }
        String last = pages.get(count - 1);
        String total = PdfReading.normalise(new org.echeance.pdf.internal.TestFormats()
                .money(invoice.totals().amountDue()));
        assertThat(last)
                .contains("Taux de TVA Base HT Montant TVA")
                .contains("Total HT", "Total TVA", "Net à payer " + total)
                .contains("IBAN FR14 2004 1010 0505 0001 3M02 606");
        assertThat(lastPageWithLines).isBetween(count - 2, count - 1);
        if (lines > 1) {
            assertThat(last)
                    .as("reverse charge and zero rate mentions")
                    .contains("Autoliquidation : TVA due par le preneur", "Opération soumise au taux zéro");
        }
        for (int p = 0; p < count - 1; p++) {
            assertThat(pages.get(p)).doesNotContain("Net à payer");
        }
        if (lines == 500) {
            assertThat(count).isGreaterThan(10);
        }
    }
}
