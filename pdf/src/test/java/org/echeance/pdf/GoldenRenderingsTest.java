package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample documents drawn by PDFBox, compared with golden pictures ({@link GoldenPages}): the multi-page layout
 * of {@link MultiPageLayoutTest}'s invoices, a credit note, an invoice without logo and long non-Latin names, and
 * the picture the root README shows. Run with {@code -Dgolden.update=true} to rewrite the goldens.
 */
class GoldenRenderingsTest {
    /** The README's picture, relative to the module directory (Maven's working directory for tests). */
    static final Path README_PICTURE = Path.of("..", "docs", "images", "invoice-fr.png");

    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    @ParameterizedTest(name = "{0} lines of {1} description lines")
    @CsvSource({"1, 1", "12, 1", "40, 1", "40, 40"})
    void multiPageInvoicesLookAsBefore(int lines, int descriptionLines) {
        GoldenPages.assertPagesMatch(caseName(lines, descriptionLines), multiPage(lines, descriptionLines));
    }

    /** The first page, one in the middle and the last two: the break pattern repeats in between. */
    @Test
    void aFiveHundredLineInvoiceLooksAsBefore() {
        GoldenPages.assertPagesMatch(
                caseName(500, 1),
                multiPage(500, 1),
                count -> List.copyOf(new TreeSet<>(List.of(1, (count + 1) / 2, count - 1, count))));
    }

    @Test
    void aCreditNoteLooksAsBefore() {
        GoldenPages.assertPagesMatch(
                "credit-note",
                renderer.renderInvoice(PdfFixtures.creditNote(PdfFixtures.demoInvoice()), PdfFixtures.options()));
    }

    /** The default branding has no logo: the company's name heads the page instead. */
    @Test
    void anInvoiceWithoutLogoLooksAsBefore() {
        assertThat(PdfFixtures.branding().logo()).isEmpty();
        GoldenPages.assertPagesMatch(
                "invoice-without-logo", renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options()));
    }

    @Test
    void aLongNonLatinItemNameLooksAsBefore() {
        GoldenPages.assertPagesMatch(
                "invoice-long-names", renderer.renderInvoice(PdfFixtures.longNamesInvoice(), PdfFixtures.options()));
    }

    /** The first page of the French sample invoice ({@link SampleRenderingsTest}'s "invoice-fr") at 100 dpi. */
    @Test
    void theReadmePictureIsWhatTheRendererDraws() {
        byte[] pdf = renderer.renderInvoice(PdfFixtures.demoInvoice(), PdfFixtures.options());

        GoldenPages.assertPictureMatches(
                README_PICTURE, PdfReading.renderPage(pdf, 0, 100, ImageType.RGB), "readme-invoice-fr");
    }

    @Test
    void anotherInvoiceFailsTheComparison() {
        if (GoldenPages.updating()) {
            return; // the goldens are being rewritten
        }
        BufferedImage fortyLines = GoldenPages.read(golden(caseName(40, 1), 1));
        BufferedImage twelveLines = PdfReading.renderPage(multiPage(12, 1), 0, GoldenPages.DPI, ImageType.GRAY);

        GoldenPages.Difference d = GoldenPages.compare(fortyLines, twelveLines);

        assertThat(d.sameSize()).isTrue();
        assertThat(d.isVisible()).isTrue();
        assertThat(d.differingPixels()).isGreaterThan(4 * (int) (GoldenPages.PAGE_TOLERANCE * d.pixels()));
    }

    /**
     * In grey the default orange (#C85A17) and this blue differ by more than 32 levels but no more than 48: a level
     * tolerance of 48 would not see the change.
     */
    @Test
    void anotherAccentColourFailsTheComparison() {
        if (GoldenPages.updating()) {
            return;
        }
        RenderOptions blue = PdfFixtures.options()
                .withBranding(PdfFixtures.branding().toBuilder()
                        .accentColor(RgbColor.parse("#005F73"))
                        .build());
        byte[] pdf = renderer.renderInvoice(PdfFixtures.demoInvoice(), blue);

        GoldenPages.Difference grey = GoldenPages.compare(
                GoldenPages.read(golden("invoice-without-logo", 1)),
                PdfReading.renderPage(pdf, 0, GoldenPages.DPI, ImageType.GRAY));
        GoldenPages.Difference colour = GoldenPages.compare(
                GoldenPages.read(README_PICTURE), PdfReading.renderPage(pdf, 0, 100, ImageType.RGB));

        assertThat(grey.isVisible()).isTrue();
        assertThat(colour.isVisible()).isTrue();
    }

    @Test
    void theSameRenderingPassesTheComparison() {
        if (GoldenPages.updating()) {
            return;
        }
        BufferedImage page = PdfReading.renderPage(multiPage(12, 1), 0, GoldenPages.DPI, ImageType.GRAY);

        assertThat(GoldenPages.compare(page, page).differingPixels()).isZero();
        assertThat(GoldenPages.compare(GoldenPages.read(golden(caseName(12, 1), 1)), page)
                        .differingPixels())
                .isZero();
    }

    private byte[] multiPage(int lines, int descriptionLines) {
        return renderer.renderInvoice(
                PdfFixtures.invoiceWithLines(lines, descriptionLines, true), PdfFixtures.options());
    }

    private static String caseName(int lines, int descriptionLines) {
        return "invoice-" + lines + (lines == 1 ? "-line" : "-lines")
                + (descriptionLines == 1 ? "" : "-" + descriptionLines + "-line-descriptions");
    }

    private static Path golden(String name, int page) {
        try (var files = Files.list(GoldenPages.GOLDEN_DIR.resolve(name))) {
            return files.filter(f -> f.getFileName().toString().startsWith("page-" + page + "-of-"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no golden page " + page + " for " + name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
