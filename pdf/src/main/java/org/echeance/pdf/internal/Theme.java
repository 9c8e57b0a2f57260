package org.echeance.pdf.internal;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import org.echeance.pdf.Branding;
import org.echeance.pdf.RgbColor;

/** The fonts, colours and sizes of one document, and the small building blocks every layout uses. */
final class Theme {
    static final float BODY = 8.5f;
    static final float SMALL = 7f;
    static final float TITLE = 18f;
    static final float HEADING = 10f;

    final PdfFont regular;
    final PdfFont bold;
    final Color primary;
    final Color accent;
    final Color text = new DeviceRgb(0x22, 0x22, 0x22);
    final Color muted = new DeviceRgb(0x6B, 0x6B, 0x6B);
    final Color rule = new DeviceRgb(0xC8, 0xC8, 0xC8);
    final Color shade = new DeviceRgb(0xF2, 0xF4, 0xF7);
    final Color white = new DeviceRgb(0xFF, 0xFF, 0xFF);

    Theme(FontPrograms fonts, Branding branding) {
        this.regular = PdfFontFactory.createFont(
                fonts.regular(), PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        this.bold = PdfFontFactory.createFont(
                fonts.bold(), PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        this.primary = rgb(branding.primaryColor());
        this.accent = rgb(branding.accentColor());
    }

    /**
     * A table of the full width whose columns take fixed percentages of it. The fixed layout sizes the columns from
     * the percentages alone, without measuring every cell's content first (which the automatic layout does, and
     * which costs a quarter of the rendering time of a 20-line invoice); long content wraps inside its column.
     */
    static Table table(float[] percentages) {
        return new Table(UnitValue.createPercentArray(percentages))
                .useAllAvailableWidth()
                .setFixedLayout();
    }

    /**
     * A {@linkplain #table(float[]) table} in iText's large-table mode: added to the document before its rows, then
     * written out by {@link Table#flush()} every few rows and ended by {@link Table#complete()}, so that only the rows
     * not yet written are kept in memory. Its header rows are repeated on every page, as in any table.
     */
    static Table largeTable(float[] percentages) {
        return new Table(UnitValue.createPercentArray(percentages), true)
                .useAllAvailableWidth()
                .setFixedLayout();
    }

    private static Color rgb(RgbColor c) {
        return new DeviceRgb(c.red(), c.green(), c.blue());
    }

    Paragraph text(String value) {
        return new Paragraph(value)
                .setFont(regular)
                .setFontSize(BODY)
                .setFontColor(text)
                .setMargin(0);
    }

    Paragraph strong(String value) {
        return new Paragraph(value)
                .setFont(bold)
                .setFontSize(BODY)
                .setFontColor(text)
                .setMargin(0);
    }

    Paragraph small(String value) {
        return new Paragraph(value)
                .setFont(regular)
                .setFontSize(SMALL)
                .setFontColor(muted)
                .setMargin(0);
    }

    Paragraph heading(String value) {
        return new Paragraph(value)
                .setFont(bold)
                .setFontSize(HEADING)
                .setFontColor(primary)
                .setMarginTop(10)
                .setMarginBottom(4);
    }

    Text boldText(String value) {
        return new Text(value).setFont(bold);
    }

    /** A header cell of a table: white bold text on the primary colour. */
    Cell headerCell(String label, TextAlignment alignment) {
        return new Cell()
                .add(new Paragraph(label)
                        .setFont(bold)
                        .setFontSize(BODY)
                        .setFontColor(white)
                        .setMargin(0)
                        .setTextAlignment(alignment))
                .setBackgroundColor(primary)
                .setBorder(Border.NO_BORDER)
                .setPaddingTop(3)
                .setPaddingBottom(3)
                .setPaddingLeft(4)
                .setPaddingRight(4);
    }

    /** A body cell that never splits across pages, with a thin rule under it. */
    Cell bodyCell(Paragraph content, TextAlignment alignment) {
        Cell cell = new Cell()
                .add(content.setTextAlignment(alignment))
                .setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(rule, 0.5f))
                .setPaddingTop(3)
                .setPaddingBottom(3)
                .setPaddingLeft(4)
                .setPaddingRight(4);
        cell.setKeepTogether(true);
        return cell;
    }

    /** A borderless cell for key-value blocks. */
    Cell plainCell(Paragraph content, TextAlignment alignment) {
        return new Cell()
                .add(content.setTextAlignment(alignment))
                .setBorder(Border.NO_BORDER)
                .setPadding(1.5f);
    }
}
