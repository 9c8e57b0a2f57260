package org.echeance.pdf.internal;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.pdf.Attachment;
import org.echeance.pdf.RenderOptions;

/**
 * Writes one PDF/A-3b document: the sRGB output intent, embedded fonts only, the document information and XMP, the
 * footer with the legal mentions and "page x of y" on every page, the attached files, and, when asked, a fixed
 * document id and fixed dates so that the same input gives the same bytes.
 */
final class DocumentWriter {
    static final float MARGIN = 40f;
    private static final String ICC_PROFILE = "icc/sRGB.icc";
    private static final String FACTUR_X_XMP = "factur-x-xmp.xml";
    private static final float FOOTER_LINE = 9f;
    private static final float PAGE_LINE = 14f;
    private static final Pattern SUBSET_PREFIX = Pattern.compile("/([A-Z]{6})\\+");

    final PdfADocument pdf;
    final Document document;
    final Theme theme;
    final Labels labels;
    final Formats formats;
    final Locale locale;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final RenderOptions options;
    private final FontPrograms fonts;
    private final List<String> footerMentions;

    DocumentWriter(RenderOptions options, FontPrograms fonts, String title, List<String> footerMentions) {
        this.options = options;
        this.fonts = fonts;
        this.footerMentions = footerMentions;
        this.locale = options.branding().locale();
        this.labels = new Labels(locale, options.branding().labels());
        this.formats = new Formats(locale, labels.get("format.date"));
        WriterProperties properties = new WriterProperties();
        options.documentIdSeed().ifPresent(seed -> {
            PdfString id = new PdfString(documentId(seed)).setHexWriting(true);
            properties.setInitialDocumentId(id).setModifiedDocumentId(id);
        });
        try (InputStream icc = DocumentWriter.class.getResourceAsStream(ICC_PROFILE)) {
            if (icc == null) {
                throw new IllegalStateException("missing resource " + ICC_PROFILE);
            }
            this.pdf = new PdfADocument(
                    new PdfWriter(out, properties),
                    PdfAConformance.PDF_A_3B,
                    new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", icc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.theme = new Theme(fonts, options.branding());
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setAuthor(options.branding().company().legalName());
        info.setCreator("Echeance");
        String now = pdfDate(options.clock().instant());
        info.setMoreInfo(PdfName.CreationDate.getValue(), now);
        info.setMoreInfo(PdfName.ModDate.getValue(), now);
        pdf.getCatalog().setLang(new PdfString(locale.toLanguageTag()));
        pdf.getCatalog()
                .setViewerPreferences(new com.itextpdf.kernel.pdf.PdfViewerPreferences().setDisplayDocTitle(true));
        this.document = new Document(pdf, PageSize.A4, false);
        document.setFont(theme.regular);
        document.setFontSize(Theme.BODY);
        document.setMargins(MARGIN, MARGIN, footerHeight() + MARGIN / 2 + 10, MARGIN);
    }

    /** The height of the footer: two lines for each mention (long ones wrap), one for the page number. */
    private float footerHeight() {
        return FOOTER_LINE * (2 * footerMentions.size()) + PAGE_LINE;
    }

    /**
     * Draws the footer of every page, attaches the files, closes the document and returns its bytes.
     *
     * @param documentLabel what the footer names the document, such as "Facture FA-2026-00001"
     */
    byte[] finish(String documentLabel) {
        int pages = pdf.getNumberOfPages();
        float width = PageSize.A4.getWidth() - 2 * MARGIN;
        float bottom = MARGIN / 2;
        for (int i = 1; i <= pages; i++) {
            PdfPage page = pdf.getPage(i);
            PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            pdfCanvas
                    .setStrokeColor(theme.rule)
                    .setLineWidth(0.5f)
                    .moveTo(MARGIN, bottom + footerHeight() + 2)
                    .lineTo(MARGIN + width, bottom + footerHeight() + 2)
                    .stroke();
            Rectangle mentionsArea = new Rectangle(MARGIN, bottom + PAGE_LINE, width, footerHeight() - PAGE_LINE);
            try (Canvas canvas = new Canvas(pdfCanvas, mentionsArea)) {
                canvas.setFont(theme.regular);
                for (String mention : footerMentions) {
                    canvas.add(theme.small(mention).setTextAlignment(TextAlignment.CENTER));
                }
            }
            try (Canvas canvas = new Canvas(pdfCanvas, new Rectangle(MARGIN, bottom, width, PAGE_LINE))) {
                canvas.setFont(theme.regular);
                Table line = new Table(UnitValue.createPercentArray(new float[] {1, 1})).useAllAvailableWidth();
                line.addCell(theme.plainCell(theme.small(documentLabel), TextAlignment.LEFT)
                        .setPadding(0));
                line.addCell(theme.plainCell(
                                theme.small(labels.format("page", Integer.toString(i), Integer.toString(pages))),
                                TextAlignment.RIGHT)
                        .setPadding(0));
                canvas.add(line);
            }
        }
        if (options.facturX().isPresent()) {
            attach(options.facturX().get().toAttachment());
            try {
                pdf.setXmpMetadata(facturXMetadata(options.facturX().get().profile()));
            } catch (XMPException e) {
                throw new IllegalStateException("the Factur-X XMP metadata cannot be set", e);
            }
        }
        for (Attachment attachment : options.attachments()) {
            attach(attachment);
        }
        document.close();
        byte[] bytes = out.toByteArray();
        return options.documentIdSeed().isPresent() ? fixSubsetPrefixes(bytes) : bytes;
    }

    /** The XMP packet with the Factur-X extension schema and the profile; iText adds the PDF/A and info entries. */
    private static XMPMeta facturXMetadata(String profile) {
        try (InputStream in = DocumentWriter.class.getResourceAsStream(FACTUR_X_XMP)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FACTUR_X_XMP);
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return XMPMetaFactory.parseFromString(template.replace("{level}", profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMPException e) {
            throw new IllegalStateException("the Factur-X XMP template does not parse", e);
        }
    }

    private void attach(Attachment attachment) {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new PdfString(pdfDate(options.clock().instant())));
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(
                pdf,
                attachment.content(),
                attachment.description(),
                attachment.fileName(),
                new PdfName(attachment.mediaType()),
                params,
                new PdfName(attachment.relationship().pdfName()));
        pdf.addAssociatedFile(attachment.fileName(), spec);
    }

    /** Draws a paragraph of the body in the document's flow. */
    void add(com.itextpdf.layout.element.IBlockElement element) {
        document.add(element);
    }

    private static String pdfDate(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return new PdfDate(calendar).getPdfObject().getValue();
    }

    private static byte[] documentId(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the random six-letter prefixes iText gives font subsets by fixed ones, in order of appearance. The
     * prefix only has to differ between the subsets of one file; replacing it by as many letters changes no offset.
     */
    private byte[] fixSubsetPrefixes(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Map<String, String> replacements = new LinkedHashMap<>();
        Matcher m = SUBSET_PREFIX.matcher(text);
        while (m.find()) {
            for (String name : fonts.names()) {
                if (text.startsWith(name, m.end()) && !replacements.containsKey(m.group(1))) {
                    replacements.put(m.group(1), fixedPrefix(replacements.size()));
                }
            }
        }
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            for (String name : fonts.names()) {
                text = text.replace("/" + r.getKey() + "+" + name, "/" + r.getValue() + "+" + name);
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String fixedPrefix(int index) {
        char[] letters = "ECHAAA".toCharArray();
        int n = index;
        for (int i = letters.length - 1; i >= 3 && n > 0; i--) {
            letters[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(letters);
    }

    /** Returns a paragraph of the theme's text, for layouts. */
    Paragraph text(String value) {
        return theme.text(value);
    }
}
