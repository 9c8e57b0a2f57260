package org.echeance.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.echeance.core.EcheanceException;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * The properties of one JSON object being read, with its path; records which properties were read so that
 * {@link #end()} can refuse the others.
 */
public final class In {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final int MAX_SHOWN = 60;

    private final Map<String, Object> members;
    private final String path;
    private final ReadOptions options;
    private final Set<String> read = new HashSet<>();

    private In(Map<String, Object> members, String path, ReadOptions options) {
        this.members = members;
        this.path = path;
        this.options = options;
    }

    /**
     * Opens a node that must be an object.
     *
     * @param node the node
     * @param path its path
     * @param options how to read
     * @return its properties
     */
    @SuppressWarnings("unchecked")
    public static In of(Object node, String path, ReadOptions options) {
        if (!(node instanceof Map)) {
            throw Paths.error(path, "expected an object, found " + kind(node));
        }
        return new In((Map<String, Object>) node, path, options);
    }

    Map<String, Object> members() {
        return members;
    }

    /**
     * Returns this object's path.
     *
     * @return the path, empty for the document
     */
    public String path() {
        return path;
    }

    /**
     * Returns the options this object is read with.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Returns the path of one of this object's properties.
     *
     * @param name the property
     * @return its path
     */
    public String path(String name) {
        return Paths.field(path, name);
    }

    /**
     * Checks if a property is present and not null.
     *
     * @param name the property
     * @return true if present
     */
    public boolean has(String name) {
        Object value = members.get(name);
        return value != null && value != Tree.NULL;
    }

    private Object required(String name) {
        read.add(name);
        Object value = members.get(name);
        if (value == null || value == Tree.NULL) {
            throw Paths.error(path(name), "the property is missing");
        }
        return value;
    }

    private Optional<Object> optional(String name) {
        read.add(name);
        Object value = members.get(name);
        return value == null || value == Tree.NULL ? Optional.empty() : Optional.of(value);
    }

    /**
     * Reads a required string.
     *
     * @param name the property
     * @return the string
     */
    public String text(String name) {
        return textOf(required(name), path(name));
    }

    /**
     * Reads an optional string.
     *
     * @param name the property
     * @return the string, if present
     */
    public Optional<String> optText(String name) {
        return optional(name).map(v -> textOf(v, path(name)));
    }

    /**
     * Reads a required whole number from -999,999,999 to 999,999,999.
     *
     * @param name the property
     * @return the number
     */
    public int integer(String name) {
        return integerOf(required(name), path(name));
    }

    /**
     * Reads an optional whole number.
     *
     * @param name the property
     * @return the number, if present
     */
    public Optional<Integer> optInteger(String name) {
        return optional(name).map(v -> integerOf(v, path(name)));
    }

    /**
     * Reads a required boolean.
     *
     * @param name the property
     * @return the boolean
     */
    public boolean bool(String name) {
        Object value = required(name);
        if (!(value instanceof Boolean)) {
            throw Paths.error(path(name), "expected true or false, found " + kind(value));
        }
        return (Boolean) value;
    }

    /**
     * Reads a required decimal, written as a string (or, on input only, a JSON number).
     *
     * @param name the property
     * @return the decimal
     */
    public BigDecimal decimal(String name) {
        return decimalOf(required(name), path(name), options.limits());
    }

    /**
     * Reads an optional decimal.
     *
     * @param name the property
     * @return the decimal, if present
     */
    public Optional<BigDecimal> optDecimal(String name) {
        return optional(name).map(v -> decimalOf(v, path(name), options.limits()));
    }

    /**
     * Reads a required ISO-8601 date ({@code 2026-02-28}).
     *
     * @param name the property
     * @return the date
     */
    public LocalDate date(String name) {
        return dateOf(required(name), path(name));
    }

    /**
     * Reads an optional ISO-8601 date.
     *
     * @param name the property
     * @return the date, if present
     */
    public Optional<LocalDate> optDate(String name) {
        return optional(name).map(v -> dateOf(v, path(name)));
    }

    /**
     * Reads a required value with a codec.
     *
     * @param name the property
     * @param codec the codec
     * @param <T> the value type
     * @return the value
     */
    public <T> T get(String name, Codec<T> codec) {
        return codec.read(required(name), path(name), options);
    }

    /**
     * Reads an optional value with a codec.
     *
     * @param name the property
     * @param codec the codec
     * @param <T> the value type
     * @return the value, if present
     */
    public <T> Optional<T> opt(String name, Codec<T> codec) {
        return optional(name).map(v -> codec.read(v, path(name), options));
    }

    /**
     * Reads an array of values with a codec; a missing array is empty.
     *
     * @param name the property
     * @param codec the codec of the elements
     * @param <T> the element type
     * @return the values, in order
     */
    public <T> List<T> list(String name, Codec<T> codec) {
        Optional<Object> node = optional(name);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof List)) {
            throw Paths.error(path(name), "expected an array, found " + kind(node.get()));
        }
        List<?> elements = (List<?>) node.get();
        List<T> result = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            result.add(codec.read(elements.get(i), Paths.index(path(name), i), options));
        }
        return result;
    }

    /**
     * Builds a value from what was read, turning the domain's refusal into an error at this object's path.
     *
     * @param builder builds the value
     * @param <T> the value type
     * @return the value
     */
    public <T> T build(Supplier<T> builder) {
        return build(path, builder);
    }

    /**
     * Builds a value, turning the domain's refusal into an error at a path: each violation's own path is put
     * after it.
     *
     * @param at the path the domain's paths are relative to
     * @param builder builds the value
     * @param <T> the value type
     * @return the value
     */
    public static <T> T build(String at, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ValidationException e) {
            List<String> problems = new ArrayList<>();
            for (Violation v : e.violations()) {
                problems.add(Paths.shown(join(at, v.path())) + ": " + v.message() + " (" + v.ruleId() + ")");
            }
            String first = e.violations().isEmpty()
                    ? at
                    : join(at, e.violations().get(0).path());
            throw new Problem(first, problems, e);
        } catch (InvalidIdentifierException | DateTimeException | IllegalArgumentException | ArithmeticException e) {
            throw new Problem(at, List.of(Paths.shown(at) + ": " + e.getMessage()), e);
        } catch (EcheanceException e) {
            throw new Problem(at, List.of(Paths.shown(at) + ": " + e.getMessage()), e);
        } catch (NullPointerException e) {
            throw new Problem(at, List.of(Paths.shown(at) + ": " + e.getMessage() + " is missing"), e);
        }
    }

    /**
     * Parses a value from a string property, turning the domain's refusal into an error at the property.
     *
     * @param name the property
     * @param parser parses the text
     * @param <T> the value type
     * @return the value
     */
    public <T> T parse(String name, java.util.function.Function<String, T> parser) {
        String text = text(name);
        return build(path(name), () -> parser.apply(text));
    }

    /**
     * Parses an optional value from a string property.
     *
     * @param name the property
     * @param parser parses the text
     * @param <T> the value type
     * @return the value, if present
     */
    public <T> Optional<T> optParse(String name, java.util.function.Function<String, T> parser) {
        return optText(name).map(text -> build(path(name), () -> parser.apply(text)));
    }

    /**
     * Refuses the properties that were not read, unless unknown properties are ignored.
     *
     * @throws Problem naming the first unknown property
     */
    public void end() {
        if (options.ignoreUnknownProperties() || read.size() == members.size()) {
            return;
        }
        for (String name : members.keySet()) {
            if (!read.contains(name)) {
                throw Paths.error(path(name), "unknown property");
            }
        }
    }

    /**
     * Value types name their own fields after a prefix of their type ({@code price.netPrice},
     * {@code period.endDate}); inside a document, that prefix is the property holding the value.
     */
    private static final Set<String> TYPE_PREFIXES = Set.of(
            "address",
            "allowanceCharge",
            "contact",
            "customer",
            "earlyPaymentDiscount",
            "exchangeRate",
            "identifier",
            "latePaymentTerms",
            "line",
            "note",
            "party",
            "paymentTerms",
            "period",
            "plan",
            "price",
            "precedingInvoices",
            "pause",
            "unitCode",
            "vatRate",
            "documentType",
            "vatCategory");

    static String join(String at, String inner) {
        if (inner == null || inner.isEmpty()) {
            return at;
        }
        if (at.isEmpty()) {
            return inner;
        }
        int end = 0;
        while (end < inner.length() && inner.charAt(end) != '.' && inner.charAt(end) != '[') {
            end++;
        }
        String first = inner.substring(0, end);
        String rest = inner.substring(end);
        if (first.equals(lastField(at)) || TYPE_PREFIXES.contains(first)) {
            return rest.isEmpty() ? at : rest.startsWith(".") ? at + rest : at + "." + first + rest;
        }
        return inner.startsWith("[") ? at + inner : at + "." + inner;
    }

    private static String lastField(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    static String textOf(Object value, String path) {
        if (!(value instanceof String)) {
            throw Paths.error(path, "expected a string, found " + kind(value));
        }
        return (String) value;
    }

    static int integerOf(Object value, String path) {
        if (!(value instanceof Tree.Number)
                || !INTEGER.matcher(((Tree.Number) value).text()).matches()) {
            throw Paths.error(path, "expected a whole number of at most 9 digits, found " + kind(value));
        }
        return Integer.parseInt(((Tree.Number) value).text());
    }

    /**
     * Reads a decimal from a string or a number node within the limits.
     *
     * @param value the node
     * @param path its path
     * @param limits the limits
     * @return the decimal
     */
    public static BigDecimal decimalOf(Object value, String path, Limits limits) {
        String text;
        if (value instanceof String) {
            text = (String) value;
        } else if (value instanceof Tree.Number) {
            text = ((Tree.Number) value).text();
        } else {
            throw Paths.error(path, "expected a decimal string such as \"12.50\", found " + kind(value));
        }
        if (text.length() > limits.maxNumberLength() || !DECIMAL.matcher(text).matches()) {
            throw Paths.error(path, "\"" + clip(text) + "\" is not a decimal such as \"1234.50\"");
        }
        BigDecimal decimal = new BigDecimal(text);
        int integerDigits = decimal.precision() - decimal.scale();
        if (decimal.precision() > limits.maxDigits()
                || decimal.scale() > limits.maxScale()
                || integerDigits > limits.maxScale()) {
            throw Paths.error(
                    path,
                    clip(text) + " is out of range: at most " + limits.maxScale() + " digits before the point, "
                            + limits.maxScale() + " after it and " + limits.maxDigits() + " in all");
        }
        return decimal;
    }

    static LocalDate dateOf(Object value, String path) {
        String text = textOf(value, path);
        try {
            if (text.length() != 10) {
                throw new DateTimeException(text);
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw Paths.error(path, "\"" + clip(text) + "\" is not an ISO-8601 date such as \"2026-02-28\"");
        }
    }

    /**
     * Shortens a text for an error message.
     *
     * @param text the text
     * @return at most 60 characters of it
     */
    public static String clip(String text) {
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    }

    static String kind(Object node) {
        if (node instanceof Map) {
            return "an object";
        }
        if (node instanceof List) {
            return "an array";
        }
        if (node instanceof String) {
            return "the string \"" + clip((String) node) + "\"";
        }
        if (node instanceof Tree.Number) {
            return "the number " + clip(((Tree.Number) node).text());
        }
        if (node instanceof Boolean) {
            return node.toString();
        }
        return "null";
    }
}
