package org.echeance.einvoice.read.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.echeance.einvoice.EInvoiceReadException;
import org.echeance.einvoice.read.ReadLimits;

/**
 * Parses a document into {@link XmlElement}s with the JDK's own StAX parser, hardened against hostile input.
 *
 * <p>A DOCTYPE is refused as soon as it is met, so no DTD, internal or external, is ever processed: no entity can
 * be declared, which rules out external entities (XXE, file or URL) and entity expansion (billion laughs). External
 * DTD and schema access is switched off as well, in case a later JDK reports DTDs differently. StAX has no XInclude:
 * an {@code xi:include} element is an unknown element like any other, never resolved. The input is counted while
 * it is read and refused past {@link ReadLimits#maxBytes()}, and the nesting past {@link ReadLimits#maxDepth()}.
 *
 * <p>Not API. This class is immutable and thread-safe; each parse uses its own reader.
 */
public final class SecureXmlParser {
    private static final XMLInputFactory FACTORY = newFactory();

    private final ReadLimits limits;

    /**
     * Creates a parser with limits.
     *
     * @param limits the size and depth limits
     */
    public SecureXmlParser(ReadLimits limits) {
        this.limits = limits;
    }

    private static XMLInputFactory newFactory() {
        // The JDK's implementation, whatever else is on the class path: its hardening is known and tested.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    /**
     * Parses a document.
     *
     * @param input the bytes of the document; not closed
     * @param source the file name for messages, or null
     * @return the root element
     * @throws EInvoiceReadException if the document is malformed, has a DOCTYPE or passes a limit
     */
    public XmlElement parse(InputStream input, String source) {
        LimitedInputStream limited = new LimitedInputStream(input, limits.maxBytes());
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(limited);
            return readDocument(reader, source);
        } catch (XMLStreamException e) {
            if (limited.exceeded()) {
                throw tooLarge(source);
            }
            Location location = e.getLocation();
            throw new EInvoiceReadException(
                    source,
                    location == null ? -1 : location.getLineNumber(),
                    location == null ? -1 : location.getColumnNumber(),
                    "not well-formed XML: " + reason(e));
        } catch (RuntimeException e) {
            // The JDK parser wraps I/O errors (including our size limit) in unchecked exceptions at times.
            if (limited.exceeded()) {
                throw tooLarge(source);
            }
            if (e instanceof EInvoiceReadException) {
                throw e;
            }
            throw new EInvoiceReadException(source, -1, -1, "cannot read the document: " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Nothing to release that matters: the input stream belongs to the caller.
                }
            }
        }
    }

    private EInvoiceReadException tooLarge(String source) {
        return new EInvoiceReadException(
                source, -1, -1, "the document is larger than the limit of " + limits.maxBytes() + " bytes");
    }

    private XmlElement readDocument(XMLStreamReader reader, String source) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    throw refused(
                            reader, source, "a DOCTYPE is not allowed in an e-invoice (DTDs and entities are refused)");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw refused(
                            reader, source, "the entity reference &" + reader.getLocalName() + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT:
                    if (open.size() >= limits.maxDepth()) {
                        throw refused(
                                reader, source, "elements are nested deeper than the limit of " + limits.maxDepth());
                    }
                    XmlElement element = startElement(reader);
                    if (open.isEmpty()) {
                        if (root != null) {
                            throw refused(reader, source, "a second root element");
                        }
                        root = element;
                    } else {
                        open.peek().add(element);
                    }
                    open.push(element);
                    texts.push(new StringBuilder());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    open.pop().text(texts.pop().toString());
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!texts.isEmpty()) {
                        texts.peek().append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    break;
                default:
                    // comments, processing instructions, document start and end: nothing to keep
                    break;
            }
        }
        if (root == null) {
            throw new EInvoiceReadException(source, -1, -1, "the document has no root element");
        }
        return root;
    }

    private static XmlElement startElement(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            if (ns == null || ns.isEmpty()) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        Location location = reader.getLocation();
        String ns = reader.getNamespaceURI();
        String prefix = reader.getPrefix();
        return new XmlElement(
                ns == null ? "" : ns,
                reader.getLocalName(),
                prefix == null ? "" : prefix,
                attributes,
                location.getLineNumber(),
                location.getColumnNumber());
    }

    private static EInvoiceReadException refused(XMLStreamReader reader, String source, String reason) {
        Location location = reader.getLocation();
        return new EInvoiceReadException(source, location.getLineNumber(), location.getColumnNumber(), reason);
    }

    /** Keeps the parser's own sentence and drops its "ParseError at [row,col]" prefix: we print the position. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        reason = reason.strip().replace('\n', ' ').replace('\r', ' ');
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /** Signals that the input went past the size limit. */
    private static final class SizeLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        SizeLimitException() {
            super("size limit passed");
        }
    }

    /** Counts the bytes read and fails once they pass the limit. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new SizeLimitException();
            }
        }
    }
}
