package org.echeance.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads rendered PDFs back with tools independent of iText: PDFBox, ZXing and veraPDF. */
public final class PdfReading {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfReading() {}

    /** The text of each page, in page order, with no-break spaces as plain spaces. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(normalise(stripper.getText(doc)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    public static String normalise(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static BufferedImage renderPage(byte[] pdf, int pageIndex, float dpi) {
        return renderPage(pdf, pageIndex, dpi, ImageType.RGB);
    }

    /** Draws one page (0-based) of a PDF with PDFBox, in colour or grey. */
    static BufferedImage renderPage(byte[] pdf, int pageIndex, float dpi, ImageType type) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of every QR code found on a page image. */
    static List<String> decodeQrCodes(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                image.getWidth(),
                image.getHeight(),
                image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(
                            bitmap,
                            Map.of(
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE,
                                    DecodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE)));
            List<String> texts = new ArrayList<>();
            for (Result r : results) {
                texts.add(r.getText());
            }
            return texts;
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** The failed PDF/A-3B rules veraPDF reports, empty for a compliant file. */
    public static List<String> pdfA3bFailures(byte[] pdf) {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(
                            a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a file embedded in the PDF under a name, such as {@code factur-x.xml}. */
    public static byte[] embeddedFile(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getDocumentCatalog()
                    .getNames()
                    .getEmbeddedFiles()
                    .getNames()
                    .get(name)
                    .getEmbeddedFile()
                    .toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
}
