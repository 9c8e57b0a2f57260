package org.echeance.benchmarks;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.BrandFonts;
import org.echeance.pdf.Branding;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.InvoiceRenderer;
import org.echeance.pdf.RenderOptions;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures rendering a 20-line invoice to PDF: Echeance's {@link ITextInvoiceRenderer} (PDF/A-3b, embedded subset
 * fonts, EPC QR code, footer with "page x of y") against a minimal hand-written iText program that writes a similar
 * page with the same fonts, table, totals and QR code (see {@link #handWrittenIText()}). Goals from the issue: at
 * most 1.5 times the hand-written program's time, and Factur-X ({@link #echeanceFacturX()}) at most twice the plain
 * PDF's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PdfBenchmark {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private Invoice invoice;
    private RenderOptions options;
    private InvoiceRenderer renderer;
    private FontProgram regular;
    private FontProgram boldFont;

    /** Builds the invoice, warms the renderer's font cache and parses the baseline's fonts. */
    @Setup
    public void setUp() {
        Party seller = Party.builder("Atelier Durand SARL")
                .vatNumber("FR19812345676")
                .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                .build();
        Party buyer = Party.builder("Boulangerie Martin SAS")
                .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                .build();
        Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(seller)
                .buyer(buyer)
                .dueDate(LocalDate.of(2026, 2, 14))
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR1420041010050500013M02606"),
                        Bic.parse("PSSTFRPPLYO"),
                        RfCreditorReference.of("C0042").toString()));
        for (int i = 1; i <= 20; i++) {
            b.line(InvoiceLine.builder(Integer.toString(i), "Prestation " + i)
                    .description("Détail de la prestation numéro " + i)
                    .quantity(Integer.toString(i), UnitCode.HOUR)
                    .unitPrice(Money.of(new BigDecimal("85.00"), EUR))
                    .vatRate(VatRate.standard("20"))
                    .build());
        }
        invoice = b.build().issue("FA-2026-00001", LocalDate.of(2026, 1, 15));
        options = RenderOptions.of(Branding.of(seller)).deterministic(Instant.parse("2026-01-15T09:00:00Z"), "bench");
        renderer = ITextInvoiceRenderer.create();
        renderer.renderInvoice(invoice, options);
        renderer.renderFacturX(invoice, Profile.EN_16931, options);
        try {
            regular = FontProgramFactory.createFont(BrandFonts.defaults().regular(), false);
            boldFont = FontProgramFactory.createFont(BrandFonts.defaults().bold(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders the invoice with Echeance.
     *
     * @return the PDF bytes
     */
    @Benchmark
    public byte[] echeanceInvoice() {
        return renderer.renderInvoice(invoice, options);
    }

    /**
     * Renders the invoice as Factur-X EN 16931: the same PDF/A-3b plus its CII XML, written by the e-invoice module
     * and embedded as {@code factur-x.xml}, and the Factur-X XMP metadata. Goal: at most twice {@link
     * #echeanceInvoice()}.
     *
     * @return the PDF bytes
     */
    @Benchmark
    public byte[] echeanceFacturX() {
        return renderer.renderFacturX(invoice, Profile.EN_16931, options);
    }

    /**
     * Writes a similar page with a minimal hand-written iText program: the same fonts (DejaVu Sans and DejaVu Sans
     * Bold, embedded as subsets, parsed once like the renderer does), the letterhead with the title and the invoice's
     * number and dates, the buyer's address, the same 20-row table (7 columns, a coloured header row repeated on the
     * second page, bold item names with their description), the totals, the IBAN, BIC and reference, the EPC QR
     * code, and the legal mention with "page x sur y" on every page. It writes a plain PDF (no PDF/A: no XMP, output
     * intent or conformance checks), uses iText's default (automatic) table layout, and formats the amounts with a
     * {@link NumberFormat}.
     *
     * @return the PDF bytes
     */
    @Benchmark
    public byte[] handWrittenIText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        try (Document doc = new Document(pdf, PageSize.A4, false)) {
            PdfFont font =
                    PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold =
                    PdfFontFactory.createFont(boldFont, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
            NumberFormat eur = NumberFormat.getCurrencyInstance(Locale.FRANCE);
            Color blue = new DeviceRgb(0x1F, 0x3A, 0x5F);
            doc.setFont(font).setFontSize(8.5f);
            Table head = new Table(UnitValue.createPercentArray(new float[] {55, 45})).useAllAvailableWidth();
            head.addCell(new Cell()
                    .add(new Paragraph("Atelier Durand SARL").setFont(bold).setFontSize(13))
                    .add(new Paragraph("14 rue de la République\n69002 Lyon\nN° TVA : FR19812345676")));
            head.addCell(new Cell()
                    .add(new Paragraph("Facture").setFont(bold).setFontSize(18))
                    .add(new Paragraph("N° FA-2026-00001\nDate : 15/01/2026\nÉchéance : 14/02/2026")));
            doc.add(head);
            doc.add(new Paragraph("Boulangerie Martin SAS\n3 place Grandclément\n69100 Villeurbanne")
                    .setBackgroundColor(ColorConstants.LIGHT_GRAY));
            Table table = new Table(UnitValue.createPercentArray(new float[] {6, 40, 8, 8, 13, 9, 16}))
                    .useAllAvailableWidth();
            for (String h : new String[] {"N°", "Désignation", "Qté", "Unité", "P.U. HT", "TVA", "Montant HT"}) {
                table.addHeaderCell(new Cell()
                        .add(new Paragraph(h).setFont(bold))
                        .setBackgroundColor(blue)
                        .setFontColor(ColorConstants.WHITE));
            }
            InvoiceTotals totals = invoice.totals();
            for (int i = 0; i < invoice.lines().size(); i++) {
                InvoiceLine line = invoice.lines().get(i);
                table.addCell(line.id());
                table.addCell(new Paragraph()
                        .add(new Text(line.itemName()).setFont(bold))
                        .add("\n" + line.description().orElse("")));
                table.addCell(line.quantity().toPlainString());
                table.addCell("heure");
                table.addCell(eur.format(Amounts.decimal(totals.lines().get(i).netPrice())));
                table.addCell("20 %");
                table.addCell(new Paragraph(
                                eur.format(Amounts.decimal(totals.lines().get(i).netAmount())))
                        .setFont(bold));
            }
            doc.add(table);
            Table sums = new Table(UnitValue.createPercentArray(new float[] {60, 40}))
                    .setWidth(UnitValue.createPercentValue(45))
                    .setHorizontalAlignment(HorizontalAlignment.RIGHT);
            sums.addCell("Total HT").addCell(eur.format(Amounts.decimal(totals.taxExclusiveAmount())));
            sums.addCell("TVA 20 %").addCell(eur.format(Amounts.decimal(totals.vatTotal())));
            sums.addCell("Net à payer").addCell(eur.format(Amounts.decimal(totals.amountDue())));
            doc.add(sums);
            doc.add(new Paragraph("IBAN : FR14 2004 1010 0505 0001 3M02 606, BIC : PSSTFRPPLYO\n"
                    + "Référence : RF18 C004 2, à payer avant le 14/02/2026"));
            String epc = "BCD\n002\n1\nSCT\nPSSTFRPPLYO\nAtelier Durand SARL\nFR1420041010050500013M02606\nEUR"
                    + Amounts.decimal(totals.amountDue()).toPlainString() + "\n\nRF18C0042";
            doc.add(new Image(new BarcodeQRCode(epc).createFormXObject(pdf))
                    .setWidth(86)
                    .setHeight(86));
            int pages = pdf.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                doc.showTextAligned(
                        new Paragraph("Atelier Durand SARL · SIREN 812 345 676 · Page " + p + " sur " + pages),
                        297,
                        20,
                        p,
                        TextAlignment.CENTER,
                        VerticalAlignment.BOTTOM,
                        0);
            }
        }
        return out.toByteArray();
    }
}
