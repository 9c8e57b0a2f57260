package org.echeance.pdf.internal;

import com.itextpdf.kernel.font.PdfFont;
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
import com.itextpdf.kernel.xmp.PdfConst;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int PREFIX_LENGTH = 6;
    /** The sRGB profile of the output intent, read once. */
    private static final byte[] SRGB = resource(ICC_PROFILE);
    /** The Factur-X XMP template, read once. */
    private static final String FACTUR_X_TEMPLATE = new String(resource(FACTUR_X_XMP), StandardCharsets.UTF_8);
    /** The parsed Factur-X XMP packets, by profile; never changed, only copied. */
    private static final Map<String, XMPMeta> FACTUR_X_METADATA = new ConcurrentHashMap<>();

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
        this.pdf = new FontOrderedDocument(
                new PdfWriter(out, properties),
                PdfAConformance.PDF_A_3B,
                new PdfOutputIntent(
                        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)));
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
        // No OpenType shaping: without iText's pdfCalligraph add-on it does nothing for the Latin, Greek and Cyrillic
        // text of invoices, and only its checks would run, for every piece of text.
        document.setFontScript(Character.UnicodeScript.UNKNOWN);
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
                canvas.setFont(theme.regular).setFontScript(Character.UnicodeScript.UNKNOWN);
                for (String mention : footerMentions) {
                    canvas.add(theme.small(mention).setTextAlignment(TextAlignment.CENTER));
                }
            }
            try (Canvas canvas = new Canvas(pdfCanvas, new Rectangle(MARGIN, bottom, width, PAGE_LINE))) {
                canvas.setFont(theme.regular).setFontScript(Character.UnicodeScript.UNKNOWN);
                Table line = Theme.table(new float[] {1, 1});
                line.addCell(theme.plainCell(theme.small(documentLabel), TextAlignment.LEFT)
                        .setPadding(0));
                line.addCell(theme.plainCell(
                                theme.small(labels.format("page", Integer.toString(i), Integer.toString(pages))),
                                TextAlignment.RIGHT)
                        .setPadding(0));
                canvas.add(line);
            }
        }
        options.facturX().ifPresent(source -> attach(source.toAttachment()));
        try {
            // Set here, iText adds the document information and the PDF/A identification to it on closing; left
            // unset, iText would make an empty packet and parse it again.
            pdf.setXmpMetadata(options.facturX()
                    .map(source -> facturXMetadata(source.profile()))
                    .orElseGet(DocumentWriter::plainMetadata));
        } catch (XMPException e) {
            throw new IllegalStateException("the XMP metadata cannot be set", e);
        }
        for (Attachment attachment : options.attachments()) {
            attach(attachment);
        }
        document.close();
        byte[] bytes = out.toByteArray();
        return options.documentIdSeed().isPresent() ? fixSubsetPrefixes(bytes) : bytes;
    }

    /**
     * The XMP packet with the Factur-X extension schema and the profile; iText adds the PDF/A and info entries. The
     * template is parsed once per profile, and each document gets a copy.
     */
    private static XMPMeta facturXMetadata(String profile) {
        return (XMPMeta) FACTUR_X_METADATA
                .computeIfAbsent(profile, DocumentWriter::parseFacturXMetadata)
                .clone();
    }

    /** The XMP packet iText would start from: the format only. */
    private static XMPMeta plainMetadata() {
        XMPMeta meta = XMPMetaFactory.create();
        try {
            meta.setProperty(XMPConst.NS_DC, PdfConst.Format, "application/pdf");
        } catch (XMPException e) {
            throw new IllegalStateException(e);
        }
        return meta;
    }

    private static XMPMeta parseFacturXMetadata(String profile) {
        try {
            return XMPMetaFactory.parseFromString(FACTUR_X_TEMPLATE.replace("{level}", profile));
        } catch (XMPException e) {
            throw new IllegalStateException("the Factur-X XMP template does not parse", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocumentWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
     * Replaces the random six-letter prefixes iText gives font subsets ({@code /ABCDEF+DejaVuSans}) by fixed ones, in
     * order of first appearance, in place. The prefix only has to differ between the subsets of one file; replacing
     * it by as many letters changes no offset.
     */
    private byte[] fixSubsetPrefixes(byte[] bytes) {
        byte[][] names = new byte[fonts.names().length][];
        for (int n = 0; n < names.length; n++) {
            names[n] = fonts.names()[n].getBytes(StandardCharsets.ISO_8859_1);
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        int last = bytes.length - PREFIX_LENGTH - 2;
        for (int i = 0; i < last; i++) {
            if (bytes[i] == '/' && bytes[i + PREFIX_LENGTH + 1] == '+' && isPrefix(bytes, i + 1)) {
                for (byte[] name : names) {
                    if (startsWith(bytes, i + PREFIX_LENGTH + 2, name)) {
                        String random = new String(bytes, i + 1, PREFIX_LENGTH, StandardCharsets.ISO_8859_1);
                        String fixed = replacements.computeIfAbsent(random, r -> fixedPrefix(replacements.size()));
                        System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, i + 1, PREFIX_LENGTH);
                        i += PREFIX_LENGTH + 1 + name.length;
                        break;
                    }
                }
            }
        }
        return bytes;
    }

    private static boolean isPrefix(byte[] bytes, int from) {
        for (int k = from; k < from + PREFIX_LENGTH; k++) {
            if (bytes[k] < 'A' || bytes[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int from, byte[] name) {
        if (from + name.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (bytes[from + k] != name[k]) {
                return false;
            }
        }
        return true;
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

    /**
     * A PDF/A document that writes its fonts in the order they were created. iText keeps them in a hash map whose
     * keys hash with a counter of the documents opened in the JVM, so its own order, and with it the object numbers
     * of the fonts, changes from one rendering to the next: the same input would not give the same bytes.
     */
    private static final class FontOrderedDocument extends PdfADocument {
        FontOrderedDocument(PdfWriter writer, PdfAConformance conformance, PdfOutputIntent outputIntent) {
            super(writer, conformance, outputIntent);
        }

        @Override
        protected void flushFonts() {
            List<PdfFont> inOrder = new ArrayList<>(getDocumentFonts());
            inOrder.sort(Comparator.comparing(font -> font.getPdfObject().getIndirectReference()));
            for (PdfFont font : inOrder) {
                font.flush();
            }
        }
    }

    /** Returns a paragraph of the theme's text, for layouts. */
    Paragraph text(String value) {
        return theme.text(value);
    }
}
