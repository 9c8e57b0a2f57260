package org.echeance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON value from a parser into plain Java values, independently of the mapper's features: objects
 * become {@link Obj}s (their properties in document order), arrays {@link ArrayList}s, strings {@link String}s,
 * numbers {@link Number} (their text), booleans {@link Boolean}s and null {@link #NULL}.
 *
 * <p>Duplicate keys, nesting deeper than the limits, long strings, long numbers and huge arrays are refused as
 * they are met, with the path. The tree is small: two arrays per object, no path text unless an error needs it.
 */
public final class Tree {
    /** The JSON null. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Objects with more properties than this find duplicates through a hash set instead of a scan. */
    private static final int SCAN_LIMIT = 16;

    /**
     * A number as written in the document, not yet converted.
     *
     * @param text the number's text
     */
    public record Number(String text) {}

    /** A JSON object: its property names and values, in document order, each name once. */
    public static final class Obj {
        private String[] names;
        private int[] hashes;
        private Object[] values;
        private int size;

        Obj() {
            names = new String[8];
            hashes = new int[8];
            values = new Object[8];
        }

        /**
         * Returns the number of properties.
         *
         * @return the count
         */
        public int size() {
            return size;
        }

        /**
         * Returns the name of a property.
         *
         * @param i its position, from 0
         * @return the name
         */
        public String name(int i) {
            return names[i];
        }

        /**
         * Returns the value of a property.
         *
         * @param i its position, from 0
         * @return the value
         */
        public Object value(int i) {
            return values[i];
        }

        /**
         * Returns the position of a property.
         *
         * @param name the name
         * @return its position, or -1 if absent
         */
        public int indexOf(String name) {
            // Comparing the (cached) hashes first keeps a miss, such as an absent optional property, cheap
            int hash = name.hashCode();
            for (int i = 0; i < size; i++) {
                if (hashes[i] == hash && (names[i] == name || names[i].equals(name))) {
                    return i;
                }
            }
            return -1;
        }

        private void add(String name, Object value) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            hashes[size] = name.hashCode();
            values[size++] = value;
        }
    }

    private final JsonParser parser;
    private final Limits limits;

    private Tree(JsonParser parser, Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /**
     * Reads the value at the parser's current token, and its children.
     *
     * @param parser the parser, on the value's first token
     * @param limits the limits
     * @return the value
     * @throws IOException if the parser fails
     * @throws Problem if the document breaks a limit or repeats a key
     */
    public static Object read(JsonParser parser, Limits limits) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
        }
        return new Tree(parser, limits).value(token, Path.ROOT, null, -1, 0);
    }

    /** Reads a value, the property {@code name} (or element {@code index}) of the node at {@code parent}. */
    private Object value(JsonToken token, Path parent, String name, int index, int depth) throws IOException {
        if (token == null) {
            throw Paths.error(at(parent, name, index), "the document ends early");
        }
        switch (token) {
            case START_OBJECT:
                return object(at(parent, name, index), depth + 1);
            case START_ARRAY:
                return array(at(parent, name, index), depth + 1);
            case VALUE_STRING:
                if (parser.getTextLength() > limits.maxStringLength()) {
                    throw Paths.error(
                            at(parent, name, index),
                            "a string of " + parser.getTextLength() + " characters is longer than the "
                                    + limits.maxStringLength() + " allowed");
                }
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                if (parser.getTextLength() > limits.maxNumberLength()) {
                    throw Paths.error(
                            at(parent, name, index),
                            "a number of " + parser.getTextLength() + " characters is longer than the "
                                    + limits.maxNumberLength() + " allowed");
                }
                return new Number(parser.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw Paths.error(at(parent, name, index), "unexpected " + token);
        }
    }

    private static Path at(Path parent, String name, int index) {
        if (name != null) {
            return parent.field(name);
        }
        return index < 0 ? parent : parent.index(index);
    }

    private Obj object(Path path, int depth) throws IOException {
        checkDepth(path, depth);
        Obj members = new Obj();
        Set<String> names = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            boolean repeated;
            if (names == null) {
                repeated = members.indexOf(name) >= 0;
                if (!repeated && members.size() == SCAN_LIMIT) {
                    names = new HashSet<>();
                    for (int i = 0; i < members.size(); i++) {
                        names.add(members.name(i));
                    }
                    names.add(name);
                }
            } else {
                repeated = !names.add(name);
            }
            if (repeated) {
                throw Paths.error(path.field(name), "the property appears twice");
            }
            if (members.size() >= limits.maxEntries()) {
                throw Paths.error(path, "more than " + limits.maxEntries() + " properties");
            }
            members.add(name, value(parser.nextToken(), path, name, -1, depth));
        }
        if (token != JsonToken.END_OBJECT) {
            throw Paths.error(path, "the object is not closed");
        }
        return members;
    }

    private List<Object> array(Path path, int depth) throws IOException {
        checkDepth(path, depth);
        List<Object> elements = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw Paths.error(path, "the array is not closed");
            }
            if (elements.size() >= limits.maxEntries()) {
                throw Paths.error(path, "more than " + limits.maxEntries() + " elements");
            }
            elements.add(value(token, path, null, elements.size(), depth));
        }
        return elements;
    }

    private void checkDepth(Path path, int depth) {
        if (depth > limits.maxDepth()) {
            throw Paths.error(path, "nesting deeper than " + limits.maxDepth() + " levels");
        }
    }
}
