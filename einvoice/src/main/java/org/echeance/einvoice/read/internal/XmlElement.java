package org.echeance.einvoice.read.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed document: its namespace, local name, prefix, attributes, text, children and where it
 * starts, so that every value read can be traced back to its line and column.
 *
 * <p>Not API. Built once by {@link SecureXmlParser}, then only read.
 */
public final class XmlElement {
    private final String namespace;
    private final String localName;
    private final String prefix;
    private final Map<String, String> attributes;
    private final int line;
    private final int column;
    private final List<XmlElement> children = new ArrayList<>();
    private String text = "";

    XmlElement(
            String namespace, String localName, String prefix, Map<String, String> attributes, int line, int column) {
        this.namespace = namespace;
        this.localName = localName;
        this.prefix = prefix;
        this.attributes = attributes;
        this.line = line;
        this.column = column;
    }

    void add(XmlElement child) {
        children.add(child);
    }

    void text(String value) {
        this.text = value;
    }

    /** Returns the namespace URI, empty for none. */
    public String namespace() {
        return namespace;
    }

    /** Returns the local name. */
    public String localName() {
        return localName;
    }

    /** Returns the qualified name as written, such as {@code ram:LineTotalAmount}, for messages. */
    public String qualifiedName() {
        return prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    /** Returns the line where the element starts. */
    public int line() {
        return line;
    }

    /** Returns the column where the element starts. */
    public int column() {
        return column;
    }

    /** Returns the text directly inside the element, stripped of surrounding white space. */
    public String text() {
        return text.strip();
    }

    /** Returns the text directly inside the element, as written. */
    public String rawText() {
        return text;
    }

    /** Returns an attribute without namespace, if present. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** Returns the child elements, in order. */
    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** Returns the first child with a local name, if any. */
    public Optional<XmlElement> child(String name) {
        for (XmlElement child : children) {
            if (child.localName.equals(name)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Returns the children with a local name, in order. */
    public List<XmlElement> children(String name) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.localName.equals(name)) {
                found.add(child);
            }
        }
        return found;
    }

    /** Follows a path of local names through first children. */
    public Optional<XmlElement> path(String... names) {
        Optional<XmlElement> current = Optional.of(this);
        for (String name : names) {
            current = current.flatMap(e -> e.child(name));
            if (current.isEmpty()) {
                return current;
            }
        }
        return current;
    }

    /** Returns the non-blank text at a path of local names, if any. */
    public Optional<String> textAt(String... names) {
        return path(names).map(XmlElement::text).filter(t -> !t.isEmpty());
    }
}
