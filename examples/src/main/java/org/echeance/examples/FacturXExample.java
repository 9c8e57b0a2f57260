package org.echeance.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.money.Amounts;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.Branding;
import org.echeance.pdf.FacturXSource;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.RenderOptions;
import org.echeance.pdf.RgbColor;
import org.echeance.pdf.archive.DocumentArchive;
import org.echeance.pdf.archive.DocumentIssuer;
import org.echeance.pdf.archive.InMemoryDocumentArchive;
import org.echeance.pdf.archive.IssuedDocument;

/**
 * Use case: a Factur-X invoice. The pdf module renders the demo invoice as a PDF/A-3 that embeds its EN 16931 CII,
 * written by the e-invoice module, as {@code factur-x.xml}: one file a person reads and a machine imports. The same
 * CII is also written beside the PDF, for a platform that takes the XML alone.
 *
 * <p>The invoice is issued through a {@link DocumentIssuer}: its PDF is rendered once and kept, with its XML and
 * their SHA-256, in a {@link DocumentArchive}. When the company changes its branding afterwards, viewing or issuing
 * the invoice again returns the stored bytes: an issued document never changes.
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

        // issued once: the PDF/A-3 with the invoice's CII embedded as factur-x.xml, kept with its SHA-256
        DocumentArchive archive = InMemoryDocumentArchive.create(); // JdbcDocumentArchive in an application
        DocumentIssuer issuer = DocumentIssuer.of(ITextInvoiceRenderer.create(), archive, Profile.EN_16931);
        Branding branding = Branding.of(invoice.seller());
        // dated on its issue day; its document id is seeded by the seller and the number
        Clock issueDay = Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneOffset.UTC);
        IssuedDocument issued = issuer.issue(
                "atelier-durand", invoice, RenderOptions.of(branding).withClock(issueDay));

        // the company changes its colours a month later: the issued invoice does not change
        Branding rebranded =
                branding.toBuilder().primaryColor(RgbColor.parse("#005F73")).build();
        IssuedDocument again = issuer.issue(
                "atelier-durand", invoice, RenderOptions.of(rebranded).withClock(issueDay));
        boolean unchanged = Arrays.equals(again.pdf(), issued.pdf())
                && issuer.view("atelier-durand", number)
                        .orElseThrow()
                        .pdfSha256()
                        .equals(issued.pdfSha256());

        Files.createDirectories(folder);
        Path xmlFile = Files.write(folder.resolve(number + ".cii.xml"), issued.xml());
        Path pdfFile = Files.write(folder.resolve(number + ".pdf"), issued.pdf());
        out.println(xmlFile.getFileName() + ": CII (EN 16931), amount due "
                + Amounts.toPlainString(invoice.totals().amountDue()) + " " + invoice.currency());
        out.println(pdfFile.getFileName() + ": PDF/A-3, Factur-X " + FacturXSource.EN_16931 + ", "
                + FacturXSource.FILE_NAME + " embedded (" + issued.xml().length + " bytes)");
        out.println("SHA-256 " + issued.pdfSha256() + (unchanged ? ", the same after rebranding" : ", CHANGED"));
        return pdfFile;
    }
}
