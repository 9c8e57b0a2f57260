package org.echeance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.echeance.einvoice.EInvoiceReadException;
import org.echeance.einvoice.read.Difference;
import org.echeance.einvoice.read.EInvoiceReader;
import org.echeance.einvoice.read.ReadResult;

/**
 * Reads an e-invoice that a command goes on to use (convert, render): the document must read into an invoice whose
 * stated totals are the recomputed ones. Otherwise one line on the error stream says why, and nothing is written.
 */
final class ConsistentDocument {
    private ConsistentDocument() {}

    /**
     * Reads a file, or says why it cannot be used.
     *
     * @param file the CII or UBL file
     * @param refused what the command did not do, such as {@code "not converted"}, to start the error line
     * @param err where the error line goes
     * @return the read result, with an invoice whose totals agree; empty when refused
     */
    static Optional<ReadResult> read(Path file, String refused, PrintWriter err) {
        String name = String.valueOf(file.getFileName());
        ReadResult result;
        try {
            result = EInvoiceReader.create().read(file);
        } catch (EInvoiceReadException e) {
            err.println("echeance: " + e.getMessage());
            return Optional.empty();
        }
        if (result.invoice().isEmpty()) {
            err.println("echeance: " + name + ": " + refused + ", the document cannot be read into an invoice: "
                    + result.violations().get(0));
            return Optional.empty();
        }
        if (!result.totalsAgree()) {
            // BT-131 (a line's net amount) differs with the totals it feeds: name the total, the figure users check
            Difference first = result.differences().stream()
                    .filter(d -> !d.businessTerm().equals("BT-131"))
                    .findFirst()
                    .orElseThrow();
            err.println("echeance: " + name + ": " + refused + ", its stated totals differ from the recomputed ones ("
                    + first + "); see echeance einvoice check");
            return Optional.empty();
        }
        return Optional.of(result);
    }
}
