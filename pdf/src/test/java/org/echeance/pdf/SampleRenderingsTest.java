package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample documents and PNG pictures of their first and last pages under {@code target/pdf-samples}, so
 * that a person can look at them.
 */
class SampleRenderingsTest {
    @Test
    void writesSamples() throws IOException {
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        InvoiceRenderer renderer = ITextInvoiceRenderer.create();
        Map<String, byte[]> samples = new TreeMap<>();
        samples.put("invoice-fr", renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options()));
        samples.put(
                "invoice-en",
                renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options(java.util.Locale.UK)));
        samples.put(
                "credit-note",
                renderer.renderInvoice(PdfFixtures.creditNote(PdfFixtures.demoInvoice()), PdfFixtures.options()));
        samples.put(
                "invoice-40-lines",
                renderer.renderInvoice(PdfFixtures.invoiceWithLines(40, 3, true), PdfFixtures.options()));
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            Files.write(dir.resolve(sample.getKey() + ".pdf"), sample.getValue());
            int pages = PdfReading.pageTexts(sample.getValue()).size();
            ImageIO.write(
                    PdfReading.renderPage(sample.getValue(), 0, 72),
                    "png",
                    dir.resolve(sample.getKey() + "-1.png").toFile());
            if (pages > 1) {
                ImageIO.write(
                        PdfReading.renderPage(sample.getValue(), pages - 1, 72),
                        "png",
                        dir.resolve(sample.getKey() + "-" + pages + ".png").toFile());
            }
        }
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".png")).count())
                .isGreaterThanOrEqualTo(samples.size());
    }
}
