package org.echeance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value from a parser into plain Java values, independently of the mapper's features: objects
 * become {@link LinkedHashMap}s, arrays {@link ArrayList}s, strings {@link String}s, numbers {@link Number}
 * (their text), booleans {@link Boolean}s and null {@link #NULL}.
 *
 * <p>Duplicate keys, nesting deeper than the limits, long strings, long numbers and huge arrays are refused as
 * they are met, with the path.
 */
public final class Tree {
    /** The JSON null. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /**
     * A number as written in the document, not yet converted.
     *
     * @param text the number's text
     */
    public record Number(String text) {}

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
        return new Tree(parser, limits).value(token, "", 0);
    }

    private Object value(JsonToken token, String path, int depth) throws IOException {
        if (token == null) {
            throw Paths.error(path, "the document ends early");
        }
        switch (token) {
            case START_OBJECT:
                return object(path, depth + 1);
            case START_ARRAY:
                return array(path, depth + 1);
            case VALUE_STRING:
                if (parser.getTextLength() > limits.maxStringLength()) {
                    throw Paths.error(
                            path,
                            "a string of " + parser.getTextLength() + " characters is longer than the "
                                    + limits.maxStringLength() + " allowed");
                }
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                if (parser.getTextLength() > limits.maxNumberLength()) {
                    throw Paths.error(
                            path,
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
                throw Paths.error(path, "unexpected " + token);
        }
    }

    private Map<String, Object> object(String path, int depth) throws IOException {
        checkDepth(path, depth);
        Map<String, Object> members = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = Paths.field(path, name);
            if (members.containsKey(name)) {
                throw Paths.error(child, "the property appears twice");
            }
            if (members.size() >= limits.maxEntries()) {
                throw Paths.error(path, "more than " + limits.maxEntries() + " properties");
            }
            members.put(name, value(parser.nextToken(), child, depth));
        }
        if (token != JsonToken.END_OBJECT) {
            throw Paths.error(path, "the object is not closed");
        }
        return members;
    }

    private List<Object> array(String path, int depth) throws IOException {
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
            elements.add(value(token, Paths.index(path, elements.size()), depth));
        }
        return elements;
    }

    private void checkDepth(String path, int depth) {
        if (depth > limits.maxDepth()) {
            throw Paths.error(path, "nesting deeper than " + limits.maxDepth() + " levels");
        }
    }
}
