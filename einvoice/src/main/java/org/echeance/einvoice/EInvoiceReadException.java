package org.echeance.einvoice;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.EcheanceException;

/**
 * Thrown when an electronic invoice cannot be read: the file is not well-formed XML, is hostile (a DOCTYPE, an
 * entity, too large, nested too deep), is not a CII or UBL invoice, or holds a value that is not in the lexical
 * form its element requires (an amount {@code "1,000.00"}, a date {@code "2024-13-01"}).
 *
 * <p>The message is one line a person can act on: the file name when known, the line and column when known, and
 * the reason, for example {@code invoice.xml:12:40: <ram:LineTotalAmount> "1e3" is not a plain decimal number}.
 * A document that is well-formed but whose content Echeance's model refuses is not refused with this exception:
 * the read result reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EInvoiceReadException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /** The file name, or null. */
    private final String source;

    private final int line;
    private final int column;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param source the file name, or null when the input has none
     * @param line the line of the fault, from 1, or -1 when unknown
     * @param column the column of the fault, from 1, or -1 when unknown
     * @param reason what is wrong, a sentence without a trailing full stop
     */
    public EInvoiceReadException(String source, int line, int column, String reason) {
        super(format(source, line, column, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the name of the file that was read.
     *
     * @return the file name, if the input had one
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the line of the fault.
     *
     * @return the line, from 1, or -1 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the fault.
     *
     * @return the column, from 1, or -1 when unknown
     */
    public int column() {
        return column;
    }

    /**
     * Returns what is wrong, without the file name and position.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    private static String format(String source, int line, int column, String reason) {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source).append(':');
        }
        if (line > 0) {
            text.append(line).append(':');
            if (column > 0) {
                text.append(column).append(':');
            }
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        return text.append(reason).toString();
    }
}
