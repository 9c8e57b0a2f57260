package org.echeance.benchmarks;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
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
 * page (plain PDF, standard Helvetica, a 20-row table, no QR code). Goal from the issue: at most 1.5 times the
 * hand-written program's time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PdfBenchmark {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private Invoice invoice;
    private RenderOptions options;
    private InvoiceRenderer renderer;

    /** Builds the invoice and warms the renderer's font cache. */
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
     * Writes a similar page with a minimal iText program: a title, a 20-row table and a total.
     *
     * @return the PDF bytes
     * @throws IOException never, the standard font is built in
     */
    @Benchmark
    public byte[] handWrittenIText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            PdfFont font = PdfFontFactory.createFont();
            doc.setFont(font).setFontSize(9);
            doc.add(new Paragraph("Facture FA-2026-00001").setFontSize(18));
            doc.add(new Paragraph("Atelier Durand SARL, 14 rue de la République, 69002 Lyon"));
            Table table =
                    new Table(UnitValue.createPercentArray(new float[] {6, 44, 10, 20, 20})).useAllAvailableWidth();
            for (String h : new String[] {"N°", "Désignation", "Qté", "P.U. HT", "Montant HT"}) {
                table.addHeaderCell(h);
            }
            for (InvoiceLine line : invoice.lines()) {
                table.addCell(line.id());
                table.addCell(line.itemName() + "\n" + line.description().orElse(""));
                table.addCell(line.quantity().toPlainString());
                table.addCell("85,00 €");
                table.addCell(
                        String.format(Locale.FRANCE, "%.2f €", line.quantity().doubleValue() * 85));
            }
            doc.add(table);
            doc.add(new Paragraph("Net à payer " + invoice.totals().amountDue()));
        }
        return out.toByteArray();
    }
}
