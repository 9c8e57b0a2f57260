package org.echeance.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.money.Amounts;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.Branding;
import org.echeance.pdf.FacturXSource;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.RenderOptions;

/**
 * Use case: a Factur-X invoice. The pdf module renders the demo invoice as a PDF/A-3 that embeds its EN 16931 CII,
 * written by the e-invoice module, as {@code factur-x.xml}: one file a person reads and a machine imports. The same
 * CII is also written beside the PDF, for a platform that takes the XML alone.
 */
public final class FacturXExample {
    private FacturXExample() {}

    /**
     * Writes {@code FA-2026-00001.pdf} and {@code FA-2026-00001.cii.xml} into a folder.
     *
     * @param args {@code [folder]}, by default {@code facturx-example}
     * @throws IOException if the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        ExampleLogging.quiet();
        Path folder = Path.of(args.length > 0 ? args[0] : "facturx-example");
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8), folder);
    }

    /**
     * Writes the demo invoice as Factur-X and CII into a folder and says what was written.
     *
     * @param out where to print
     * @param folder the folder, created if needed
     * @return the PDF written
     * @throws IOException if the folder cannot be written
     */
    public static Path run(PrintStream out, Path folder) throws IOException {
        Invoice invoice = DemoCompany.invoice(DemoCompany.customer(), LocalDate.of(2026, 1, 15));
        String number = invoice.number().orElseThrow();

        // the PDF/A-3 with the invoice's CII embedded as factur-x.xml, and the same CII alone
        RenderOptions options = RenderOptions.of(Branding.of(invoice.seller()))
                // the same invoice always gives the same bytes: dated on its issue day, its id seeded by its number
                .deterministic(Instant.parse("2026-01-15T08:00:00Z"), "atelier-durand/" + number);
        byte[] pdf = ITextInvoiceRenderer.create().renderFacturX(invoice, Profile.EN_16931, options);
        byte[] cii = CiiWriter.of(Profile.EN_16931).write(invoice);

        Files.createDirectories(folder);
        Path xmlFile = Files.write(folder.resolve(number + ".cii.xml"), cii);
        Path pdfFile = Files.write(folder.resolve(number + ".pdf"), pdf);
        out.println(xmlFile.getFileName() + ": CII (EN 16931), amount due "
                + Amounts.toPlainString(invoice.totals().amountDue()) + " " + invoice.currency());
        out.println(pdfFile.getFileName() + ": PDF/A-3, Factur-X " + FacturXSource.EN_16931 + ", "
                + FacturXSource.FILE_NAME + " embedded (" + cii.length + " bytes)");
        return pdfFile;
    }
}
