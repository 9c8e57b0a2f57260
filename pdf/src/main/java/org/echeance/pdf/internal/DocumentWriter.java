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
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.validation.context.PdfPageValidationContext;
import com.itextpdf.kernel.xmp.PdfConst;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.pdfa.PdfADocument;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.echeance.pdf.Attachment;
import org.echeance.pdf.RenderOptions;

/**
 * Writes one PDF/A-3b document to a stream: the sRGB output intent, embedded fonts only, the document information and
 * XMP, the footer with the legal mentions and "page x of y" on every page, the attached files, and, when asked, a
 * fixed document id and fixed subset prefixes so that the same input gives the same bytes.
 *
 * <p>A writer either keeps every page until {@link #finish()} (documents of a few pages, whose layout may still move
 * things between pages), or {@linkplain #streaming(RenderOptions, FontPrograms, String, List, OutputStream) streams}
 * them: each page is written out once the layout has moved past it, so the memory used does not grow with the pages.
 * The footer of a page is drawn when the page ends; as the number of pages is not known yet while pages are being
 * streamed, the "page x of y" of those pages is a placeholder form, filled in when the document closes.
 */
final class DocumentWriter {
    static final float MARGIN = 40f;
    private static final String ICC_PROFILE = "icc/sRGB.icc";
    private static final String FACTUR_X_XMP = "factur-x-xmp.xml";
    private static final float FOOTER_LINE = 9f;
    private static final float PAGE_LINE = 14f;
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN / 2;
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
    private final OutputStream out;
    private final Optional<FixedSubsetPrefixes> prefixes;
    private final RenderOptions options;
    private final String documentLabel;
    private final List<String> footerMentions;
    /** The placeholders of the page numbers of pages that ended before the number of pages was known. */
    private final List<PageNumberPlaceholder> placeholders = new ArrayList<>();
    /** The number of pages, once the document closes. */
    private int pages;
    /** The last page whose footer is drawn: pages end in order. */
    private int footersDrawn;

    /**
     * Starts a document whose pages stay in memory until {@link #finish()}.
     *
     * @param documentLabel the document's title, which the footer prints too, such as "Facture FA-2026-00001"
     * @param out where the document goes, most of it when it finishes
     */
    DocumentWriter(
            RenderOptions options,
            FontPrograms fonts,
            String documentLabel,
            List<String> footerMentions,
            OutputStream out) {
        this(options, fonts, documentLabel, footerMentions, out, false);
    }

    /**
     * Starts a document whose pages are written to the stream as soon as the layout is done with them: for documents
     * of any number of pages. Large tables must be added in the large-table mode, flushed every few rows.
     */
    static DocumentWriter streaming(
            RenderOptions options,
            FontPrograms fonts,
            String documentLabel,
            List<String> footerMentions,
            OutputStream out) {
        return new DocumentWriter(options, fonts, documentLabel, footerMentions, out, true);
    }

    private DocumentWriter(
            RenderOptions options,
            FontPrograms fonts,
            String documentLabel,
            List<String> footerMentions,
            OutputStream out,
            boolean streaming) {
        this.options = options;
        this.documentLabel = documentLabel;
        this.footerMentions = footerMentions;
        this.locale = options.branding().locale();
        this.labels = new Labels(locale, options.branding().labels());
        this.formats = new Formats(locale, labels.get("format.date"));
        WriterProperties properties = new WriterProperties();
        options.documentIdSeed().ifPresent(seed -> {
            PdfString id = new PdfString(documentId(seed)).setHexWriting(true);
            properties.setInitialDocumentId(id).setModifiedDocumentId(id);
        });
        // iText buffers what it writes, but the prefix filter writes in pieces: buffer them again
        this.prefixes = options.documentIdSeed()
                .map(seed -> new FixedSubsetPrefixes(new BufferedOutputStream(out, BUFFER_SIZE), fonts.names()));
        this.out = prefixes.<OutputStream>map(p -> p).orElse(out);
        PdfWriter writer = new PdfWriter(this.out, properties);
        // The stream is the caller's: iText flushes it on closing, and the caller closes it
        writer.setCloseStream(false);
        this.pdf = new FontOrderedDocument(
                writer,
                PdfAConformance.PDF_A_3B,
                new PdfOutputIntent(
                        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)));
        this.theme = new Theme(fonts, options.branding());
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(documentLabel);
        info.setAuthor(options.branding().company().legalName());
        info.setCreator("Echeance");
        String now = pdfDate(options.clock().instant());
        info.setMoreInfo(PdfName.CreationDate.getValue(), now);
        info.setMoreInfo(PdfName.ModDate.getValue(), now);
        pdf.getCatalog().setLang(new PdfString(locale.toLanguageTag()));
        pdf.getCatalog()
                .setViewerPreferences(new com.itextpdf.kernel.pdf.PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.addEventHandler(PdfDocumentEvent.START_DOCUMENT_CLOSING, new Closing());
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageEnd());
        this.document = new Document(pdf, PageSize.A4, streaming);
        if (streaming) {
            document.setRenderer(new StreamingRenderer(document));
        }
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
     * Attaches the files, closes the document, which draws the footers of the pages still open, and writes the last
     * bytes to the stream, leaving it open.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    void finish() {
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
        try {
            if (prefixes.isPresent()) {
                prefixes.get().finish();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws the footer of a page as it ends: a rule, the mentions, the document label and the page number, or a
     * placeholder for it while the number of pages is not known.
     */
    private void drawFooter(PdfPage page) {
        int number = pdf.getPageNumber(page);
        if (number <= footersDrawn) {
            return;
        }
        footersDrawn = number;
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        pdfCanvas
                .setStrokeColor(theme.rule)
                .setLineWidth(0.5f)
                .moveTo(MARGIN, BOTTOM + footerHeight() + 2)
                .lineTo(MARGIN + WIDTH, BOTTOM + footerHeight() + 2)
                .stroke();
        Rectangle mentionsArea = new Rectangle(MARGIN, BOTTOM + PAGE_LINE, WIDTH, footerHeight() - PAGE_LINE);
        try (Canvas canvas = new Canvas(pdfCanvas, mentionsArea)) {
            canvas.setFont(theme.regular).setFontScript(Character.UnicodeScript.UNKNOWN);
            for (String mention : footerMentions) {
                canvas.add(theme.small(mention).setTextAlignment(TextAlignment.CENTER));
            }
        }
        try (Canvas canvas = new Canvas(pdfCanvas, new Rectangle(MARGIN, BOTTOM, WIDTH, PAGE_LINE))) {
            canvas.setFont(theme.regular).setFontScript(Character.UnicodeScript.UNKNOWN);
            Table line = Theme.table(new float[] {1, 1});
            line.addCell(theme.plainCell(theme.small(documentLabel), TextAlignment.LEFT)
                    .setPadding(0));
            line.addCell(
                    pages > 0
                            ? pageNumberCell(number)
                            : theme.plainCell(theme.small(""), TextAlignment.RIGHT)
                                    .setPadding(0));
            canvas.add(line);
        }
        if (pages == 0) {
            // The right half of the line above, drawn when the number of pages is known
            PdfFormXObject placeholder = new PdfFormXObject(new Rectangle(WIDTH / 2, PAGE_LINE));
            pdfCanvas.addXObjectAt(placeholder, MARGIN + WIDTH / 2, BOTTOM);
            placeholders.add(new PageNumberPlaceholder(number, placeholder));
        }
    }

    /** The right-aligned "page x of y", the right half of the footer's last line. */
    private Cell pageNumberCell(int number) {
        return theme.plainCell(
                        theme.small(labels.format("page", Integer.toString(number), Integer.toString(pages))),
                        TextAlignment.RIGHT)
                .setPadding(0);
    }

    /** Draws the page numbers of the pages that ended while the number of pages was not known, and writes them. */
    private void fillPlaceholders() {
        for (PageNumberPlaceholder placeholder : placeholders) {
            try (Canvas canvas = new Canvas(placeholder.form(), pdf)) {
                canvas.setFont(theme.regular).setFontScript(Character.UnicodeScript.UNKNOWN);
                Table line = Theme.table(new float[] {1});
                line.addCell(pageNumberCell(placeholder.page()));
                canvas.add(line);
            }
            placeholder.form().flush();
        }
        placeholders.clear();
    }

    /**
     * Makes a page the layout is done with ready to be written: draws its footer and has the PDF/A checker check it.
     * iText's PDF/A document writes a page before it closes only once the page is checked, and checks it itself only
     * when asked to write the forms the page uses as well, which would write the page number placeholder empty.
     */
    private void prepareToWrite(int number) {
        PdfPage page = pdf.getPage(number);
        if (!page.isFlushed()) {
            drawFooter(page);
            pdf.checkIsoConformance(new PdfPageValidationContext(page));
        }
    }

    /**
     * The layout of a streaming document: before it moves to a new page and writes the page before the one it leaves
     * (the page it leaves may still change: an element kept together may move to the next page), it makes that page
     * ready to be written.
     */
    private final class StreamingRenderer extends DocumentRenderer {
        StreamingRenderer(Document document) {
            super(document, true);
        }

        @Override
        protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
            int leaving = currentArea == null ? 0 : currentArea.getPageNumber();
            if (leaving > 1) {
                prepareToWrite(leaving - 1);
            }
            return super.updateCurrentArea(overflowResult);
        }

        @Override
        public IRenderer getNextRenderer() {
            return new StreamingRenderer(document);
        }
    }

    /** A page number to draw once the number of pages is known. */
    private record PageNumberPlaceholder(int page, PdfFormXObject form) {}

    /** Fixes the number of pages when the document closes, after the last page was added. */
    private final class Closing extends AbstractPdfDocumentEventHandler {
        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            pages = pdf.getNumberOfPages();
            fillPlaceholders();
        }
    }

    /** Draws the footer of a page when it ends: when it is written out, or when the document closes. */
    private final class PageEnd extends AbstractPdfDocumentEventHandler {
        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            drawFooter(((PdfDocumentEvent) event).getPage());
        }
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
