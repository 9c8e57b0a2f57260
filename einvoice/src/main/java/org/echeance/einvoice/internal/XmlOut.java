package org.echeance.einvoice.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.echeance.core.EcheanceException;

/**
 * A thin, indenting layer over the JDK's StAX writer: elements are written in the order the caller gives, with a
 * fixed prefix per namespace, two-space indentation and UTF-8, so that the same calls give the same bytes.
 *
 * <p>Not thread-safe: one instance writes one document.
 */
public final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter writer;
    private final OutputStream buffer;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    /** A namespace with the prefix it is written with (empty for the default namespace). */
    public record Ns(String prefix, String uri) {}

    private XmlOut(XMLStreamWriter writer, OutputStream buffer) {
        this.writer = writer;
        this.buffer = buffer;
    }

    /**
     * Starts a UTF-8 document on a stream.
     *
     * @param out the stream, not closed
     * @return the writer
     */
    public static XmlOut open(OutputStream out) {
        try {
            // the JDK's writer hands the stream one byte at a time: a buffer saves a call (and a lock) per byte
            OutputStream buffer = new BufferedOutputStream(out, 8192);
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(buffer, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            return new XmlOut(w, buffer);
        } catch (XMLStreamException e) {
            throw new EcheanceException("cannot start the XML document: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the root element and declares the namespaces.
     *
     * @param ns the root's namespace
     * @param local the root's local name
     * @param declared every namespace used in the document, the root's included
     */
    public void root(Ns ns, String local, Ns... declared) {
        try {
            for (Ns d : declared) {
                if (d.prefix().isEmpty()) {
                    writer.setDefaultNamespace(d.uri());
                } else {
                    writer.setPrefix(d.prefix(), d.uri());
                }
            }
            writer.writeCharacters("\n");
            writer.writeStartElement(ns.prefix(), local, ns.uri());
            for (Ns d : declared) {
                if (d.prefix().isEmpty()) {
                    writer.writeDefaultNamespace(d.uri());
                } else {
                    writer.writeNamespace(d.prefix(), d.uri());
                }
            }
            hasChildren.push(false);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Opens an element that will hold other elements.
     *
     * @param ns the namespace
     * @param local the local name
     */
    public void start(Ns ns, String local) {
        try {
            indent();
            writer.writeStartElement(ns.prefix(), local, ns.uri());
            hasChildren.push(false);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes the element last opened. */
    public void end() {
        try {
            boolean children = hasChildren.pop();
            if (children) {
                writer.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
            }
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Writes an element holding text.
     *
     * @param ns the namespace
     * @param local the local name
     * @param text the text
     */
    public void leaf(Ns ns, String local, String text) {
        leaf(ns, local, text, null, null);
    }

    /**
     * Writes an element holding text, with one attribute.
     *
     * @param ns the namespace
     * @param local the local name
     * @param text the text
     * @param attribute the attribute's name (no namespace), or null for none
     * @param value the attribute's value
     */
    public void leaf(Ns ns, String local, String text, String attribute, String value) {
        try {
            indent();
            writer.writeStartElement(ns.prefix(), local, ns.uri());
            if (attribute != null) {
                writer.writeAttribute(attribute, value);
            }
            writer.writeCharacters(checked(local, text));
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Ends the document and flushes it to the stream. */
    public void finish() {
        try {
            while (!hasChildren.isEmpty()) {
                end();
            }
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new EcheanceException("cannot write the XML document: " + e.getMessage(), e);
        }
    }

    /** Refuses text that XML 1.0 cannot carry (control characters, lone surrogates), naming the element. */
    private static String checked(String local, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok =
                    c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!ok) {
                throw new EcheanceException(local + ": character U+" + String.format("%04X", (int) c) + " at index " + i
                        + " cannot be written in XML 1.0");
            }
        }
        return text;
    }

    private void indent() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        writer.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
    }

    private static EcheanceException failure(XMLStreamException e) {
        return new EcheanceException("cannot write the XML document: " + e.getMessage(), e);
    }
}
