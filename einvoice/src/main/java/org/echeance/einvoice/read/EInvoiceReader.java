package org.echeance.einvoice.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.echeance.einvoice.EInvoiceReadException;
import org.echeance.einvoice.read.internal.DocumentReader;

/**
 * Reads an EN 16931 electronic invoice, in CII (the XML of Factur-X) or UBL 2.1 (Peppol BIS 3), into Echeance's
 * {@link org.echeance.core.invoice.Invoice}, and reports how the totals it states compare with the totals Echeance
 * recomputes from its lines.
 *
 * <p>The syntax is recognised from the root element and its namespace: {@code CrossIndustryInvoice} in
 * {@code urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}, or {@code Invoice} and
 * {@code CreditNote} in the UBL 2.1 namespaces. Anything else is refused.
 *
 * <p>Parsing is hardened, since e-invoices come from outside: the JDK's own StAX parser, with any DOCTYPE refused
 * (so no DTD, no entity, no external entity, no entity expansion), no XInclude, no external resource ever
 * fetched, and limits on size and nesting ({@link ReadLimits}). Numbers must be plain decimals ({@code 1,000.00},
 * {@code 1e3}, {@code +5} and empty values are refused), dates real dates. Such faults throw
 * {@link EInvoiceReadException} with the file, line, column and reason, without reading further.
 *
 * <p>A well-formed document is never refused for its content: what the model refuses is reported in the
 * {@link ReadResult} (its violations, its notes), and unknown elements and extensions are ignored.
 *
 * <p>For example {@code ReadResult r = EInvoiceReader.create().read(Path.of("invoice.xml"));}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EInvoiceReader {
    private final ReadLimits limits;

    private EInvoiceReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns a reader with the default limits.
     *
     * @return the reader
     */
    public static EInvoiceReader create() {
        return new EInvoiceReader(ReadLimits.defaults());
    }

    /**
     * Returns a reader with limits.
     *
     * @param limits the size and depth limits
     * @return the reader
     */
    public static EInvoiceReader withLimits(ReadLimits limits) {
        return new EInvoiceReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits of this reader.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @return what was read
     * @throws EInvoiceReadException if the file cannot be read, is not well-formed, is hostile, passes a limit or
     *     is not a CII or UBL invoice
     */
    public ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        if (Files.isRegularFile(file)) {
            try {
                long size = Files.size(file);
                if (size > limits.maxBytes()) {
                    throw new EInvoiceReadException(
                            name, -1, -1, "the document is larger than the limit of " + limits.maxBytes() + " bytes");
                }
            } catch (IOException e) {
                throw new EInvoiceReadException(name, -1, -1, "cannot read the file: " + e.getMessage());
            }
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new EInvoiceReadException(name, -1, -1, "no such file");
        } catch (IOException e) {
            throw new EInvoiceReadException(name, -1, -1, "cannot read the file: " + describe(e));
        }
    }

    /**
     * Reads a document from a stream, which is read up to the size limit and not closed.
     *
     * @param input the document
     * @return what was read
     * @throws EInvoiceReadException as {@link #read(Path)} does
     */
    public ReadResult read(InputStream input) {
        return read(input, null);
    }

    /**
     * Reads a document from a stream, naming it in messages; the stream is read up to the size limit and not
     * closed.
     *
     * @param input the document
     * @param sourceName the name for messages, such as a file name, or null
     * @return what was read
     * @throws EInvoiceReadException as {@link #read(Path)} does
     */
    public ReadResult read(InputStream input, String sourceName) {
        Objects.requireNonNull(input, "input");
        return DocumentReader.read(input, Optional.ofNullable(sourceName), limits);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
