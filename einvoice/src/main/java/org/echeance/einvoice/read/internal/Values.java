package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.echeance.einvoice.EInvoiceReadException;

/**
 * Reads the lexical values of an e-invoice strictly: a number is digits with an optional leading minus sign and an
 * optional decimal point ({@code 1,000.00}, {@code 1e3}, {@code +5}, {@code .5} and an empty element are refused);
 * a date is {@code yyyyMMdd} (CII format 102) or {@code yyyy-MM-dd} (UBL), a real calendar date.
 *
 * <p>A refusal names the element, its position and the value. Not API. This class is immutable and thread-safe.
 */
public final class Values {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String source;

    /**
     * Creates a value reader for a document.
     *
     * @param source the file name for messages, or null
     */
    public Values(String source) {
        this.source = source;
    }

    /**
     * Returns the file name given for messages.
     *
     * @return the name, or null
     */
    public String source() {
        return source;
    }

    /**
     * Reads a decimal number.
     *
     * @param element the element holding it
     * @return the number, with the scale written
     * @throws EInvoiceReadException if the text is not a plain decimal number
     */
    public BigDecimal decimal(XmlElement element) {
        String text = element.text();
        if (!DECIMAL.matcher(text).matches()) {
            throw refused(
                    element,
                    "<" + element.qualifiedName() + "> " + quote(text)
                            + " is not a plain decimal number (digits, an optional leading minus sign and an optional"
                            + " decimal point)");
        }
        return new BigDecimal(text);
    }

    /**
     * Reads a CII date of format 102 ({@code yyyyMMdd}).
     *
     * @param element the {@code DateTimeString} or {@code DateString} element
     * @return the date
     * @throws EInvoiceReadException if the format is not 102 or the text not a date
     */
    public LocalDate ciiDate(XmlElement element) {
        String format = element.attribute("format").orElse("102");
        if (!format.equals("102")) {
            throw refused(
                    element,
                    "<" + element.qualifiedName() + "> format " + quote(format) + " is not 102 (yyyyMMdd), the only"
                            + " date format EN 16931 allows");
        }
        return date(element, BASIC, "yyyyMMdd");
    }

    /**
     * Reads a UBL date ({@code yyyy-MM-dd}).
     *
     * @param element the element
     * @return the date
     * @throws EInvoiceReadException if the text is not a date
     */
    public LocalDate isoDate(XmlElement element) {
        return date(element, ISO, "yyyy-MM-dd");
    }

    private LocalDate date(XmlElement element, DateTimeFormatter formatter, String pattern) {
        String text = element.text();
        try {
            return LocalDate.parse(text, formatter);
        } catch (DateTimeParseException e) {
            throw refused(element, "<" + element.qualifiedName() + "> " + quote(text) + " is not a date " + pattern);
        }
    }

    /**
     * Returns a refusal at an element.
     *
     * @param element where the fault is
     * @param reason what is wrong
     * @return the exception to throw
     */
    public EInvoiceReadException refused(XmlElement element, String reason) {
        return new EInvoiceReadException(source, element.line(), element.column(), reason);
    }

    /**
     * Quotes a value for a message, shortened when long.
     *
     * @param text the value
     * @return the quoted value
     */
    public static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
