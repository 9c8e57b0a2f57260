package org.echeance.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the receivables report of a {@link LargeLedger} to a file, in a JVM of its own: {@code LargeReportMain
 * <customers> <lateEvery> <file>}. Exits with status 0 once the file is written; an error, such as an {@link
 * OutOfMemoryError}, ends the JVM with another status.
 */
public final class LargeReportMain {
    private LargeReportMain() {}

    /**
     * Writes the report.
     *
     * @param args the number of customers, one in how many is late, and the file to write
     * @throws Exception if the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        LargeLedger ledger = LargeLedger.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        Path file = Path.of(args[2]);
        ReceivablesReport report = ledger.report();
        try (OutputStream out = Files.newOutputStream(file)) {
            ITextInvoiceRenderer.create().writeReceivablesReport(report, PdfFixtures.options(), out);
        }
    }
}
