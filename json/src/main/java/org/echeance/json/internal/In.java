package org.echeance.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.echeance.core.EcheanceException;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * The properties of one JSON object being read, with its path; records which properties were read so that
 * {@link #end()} can refuse the others.
 */
public final class In {
    private static final int MAX_SHOWN = 60;

    private final Tree.Obj members;
    private final Path path;
    private final ReadOptions options;
    /** Which properties were read: bit i for property i below 64, then {@link #readAbove}. */
    private long readBits;

    private boolean[] readAbove;
    private int readCount;

    private In(Tree.Obj members, Path path, ReadOptions options) {
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
    public static In of(Object node, Path path, ReadOptions options) {
        if (!(node instanceof Tree.Obj)) {
            throw Paths.error(path, "expected an object, found " + kind(node));
        }
        return new In((Tree.Obj) node, path, options);
    }

    /**
     * Returns this object's path.
     *
     * @return the path
     */
    public Path path() {
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
    public Path path(String name) {
        return path.field(name);
    }

    /**
     * Checks if a property is present and not null.
     *
     * @param name the property
     * @return true if present
     */
    public boolean has(String name) {
        int i = members.indexOf(name);
        return i >= 0 && members.value(i) != Tree.NULL;
    }

    /** Returns a property's value, marked as read, or null if absent or JSON null. */
    private Object take(String name) {
        int i = members.indexOf(name);
        if (i < 0) {
            return null;
        }
        markRead(i);
        Object value = members.value(i);
        return value == Tree.NULL ? null : value;
    }

    private void markRead(int i) {
        if (i < 64) {
            long bit = 1L << i;
            if ((readBits & bit) == 0) {
                readBits |= bit;
                readCount++;
            }
        } else {
            if (readAbove == null) {
                readAbove = new boolean[members.size() - 64];
            }
            if (!readAbove[i - 64]) {
                readAbove[i - 64] = true;
                readCount++;
            }
        }
    }

    private boolean isRead(int i) {
        return i < 64 ? (readBits & (1L << i)) != 0 : readAbove != null && readAbove[i - 64];
    }

    private Object required(String name) {
        Object value = take(name);
        if (value == null) {
            throw Paths.error(path(name), "the property is missing");
        }
        return value;
    }

    private Optional<Object> optional(String name) {
        return Optional.ofNullable(take(name));
    }

    /**
     * Reads a required string.
     *
     * @param name the property
     * @return the string
     */
    public String text(String name) {
        Object value = required(name);
        return value instanceof String ? (String) value : textOf(value, path(name));
    }

    /**
     * Reads an optional string.
     *
     * @param name the property
     * @return the string, if present
     */
    public Optional<String> optText(String name) {
        Object value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof String ? (String) value : textOf(value, path(name)));
    }

    /**
     * Reads a required whole number from -999,999,999 to 999,999,999.
     *
     * @param name the property
     * @return the number
     */
    public int integer(String name) {
        return integerOf(required(name), this, name);
    }

    /**
     * Reads an optional whole number.
     *
     * @param name the property
     * @return the number, if present
     */
    public Optional<Integer> optInteger(String name) {
        Object value = take(name);
        return value == null ? Optional.empty() : Optional.of(integerOf(value, this, name));
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
        return decimalOf(required(name), this, name);
    }

    /**
     * Reads an optional decimal.
     *
     * @param name the property
     * @return the decimal, if present
     */
    public Optional<BigDecimal> optDecimal(String name) {
        Object value = take(name);
        return value == null ? Optional.empty() : Optional.of(decimalOf(value, this, name));
    }

    /**
     * Reads a required ISO-8601 date ({@code 2026-02-28}).
     *
     * @param name the property
     * @return the date
     */
    public LocalDate date(String name) {
        return dateOf(required(name), this, name);
    }

    /**
     * Reads an optional ISO-8601 date.
     *
     * @param name the property
     * @return the date, if present
     */
    public Optional<LocalDate> optDate(String name) {
        Object value = take(name);
        return value == null ? Optional.empty() : Optional.of(dateOf(value, this, name));
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
        Object value = take(name);
        return value == null ? Optional.empty() : Optional.of(codec.read(value, path(name), options));
    }

    /**
     * Reads a property as the document states it, without decoding it, for a reader that compares it with a
     * computed value first.
     *
     * @param name the property
     * @return its node, if present and not null
     */
    Optional<Object> node(String name) {
        return Optional.ofNullable(take(name));
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
        Object node = take(name);
        if (node == null) {
            return List.of();
        }
        Path at = path(name);
        if (!(node instanceof List)) {
            throw Paths.error(at, "expected an array, found " + kind(node));
        }
        List<?> elements = (List<?>) node;
        List<T> result = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            result.add(codec.read(elements.get(i), at.index(i), options));
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
     * @param where the path the domain's paths are relative to
     * @param builder builds the value
     * @param <T> the value type
     * @return the value
     */
    public static <T> T build(Path where, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ValidationException e) {
            String at = where.toString();
            List<String> problems = new ArrayList<>();
            for (Violation v : e.violations()) {
                problems.add(Paths.shown(join(at, v.path())) + ": " + v.message() + " (" + v.ruleId() + ")");
            }
            String first = e.violations().isEmpty()
                    ? at
                    : join(at, e.violations().get(0).path());
            throw new Problem(first, problems, e);
        } catch (InvalidIdentifierException | DateTimeException | IllegalArgumentException | ArithmeticException e) {
            throw refusal(where, e.getMessage(), e);
        } catch (EcheanceException e) {
            throw refusal(where, e.getMessage(), e);
        } catch (NullPointerException e) {
            throw refusal(where, e.getMessage() + " is missing", e);
        }
    }

    private static Problem refusal(Path where, String message, RuntimeException cause) {
        String at = where.toString();
        return new Problem(at, List.of(Paths.shown(at) + ": " + message), cause);
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
     * @throws Problem naming the first unknown property, in document order
     */
    public void end() {
        if (options.ignoreUnknownProperties() || readCount == members.size()) {
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            if (!isRead(i)) {
                throw Paths.error(path(members.name(i)), "unknown property");
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

    static String textOf(Object value, Path path) {
        if (!(value instanceof String)) {
            throw Paths.error(path, "expected a string, found " + kind(value));
        }
        return (String) value;
    }

    private static int integerOf(Object value, In in, String name) {
        if (!(value instanceof Tree.Number) || !isInteger(((Tree.Number) value).text())) {
            throw Paths.error(in.path(name), "expected a whole number of at most 9 digits, found " + kind(value));
        }
        return Integer.parseInt(((Tree.Number) value).text());
    }

    static int integerOf(Object value, Path path) {
        if (!(value instanceof Tree.Number) || !isInteger(((Tree.Number) value).text())) {
            throw Paths.error(path, "expected a whole number of at most 9 digits, found " + kind(value));
        }
        return Integer.parseInt(((Tree.Number) value).text());
    }

    static long longOf(Object value, Path path) {
        if (!(value instanceof Tree.Number) || !isWhole(((Tree.Number) value).text(), 18)) {
            throw Paths.error(path, "expected a whole number of at most 18 digits, found " + kind(value));
        }
        return Long.parseLong(((Tree.Number) value).text());
    }

    /** Checks {@code -?\\d{1,9}}. */
    private static boolean isInteger(String text) {
        return isWhole(text, 9);
    }

    private static boolean isWhole(String text, int maxDigits) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > maxDigits) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Checks {@code -?\\d+(\\.\\d+)?([eE][+-]?\\d+)?}: digits, an optional fraction and an optional exponent, no
     * sign but a leading minus, no spaces.
     */
    private static boolean isDecimal(String text) {
        int n = text.length();
        int i = text.startsWith("-") ? 1 : 0;
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i < n && text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    private static BigDecimal decimalOf(Object value, In in, String name) {
        String text = decimalText(value);
        if (text != null && text.length() <= in.options.limits().maxNumberLength() && isDecimal(text)) {
            BigDecimal decimal = new BigDecimal(text);
            if (inRange(decimal, in.options.limits())) {
                return decimal;
            }
        }
        return decimalOf(value, in.path(name), in.options.limits());
    }

    private static String decimalText(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Tree.Number) {
            return ((Tree.Number) value).text();
        }
        return null;
    }

    /**
     * Reads a decimal node within the limits, or returns null if it is not one.
     *
     * @param value the node
     * @param limits the limits
     * @return the decimal, or null
     */
    static BigDecimal decimalOrNull(Object value, Limits limits) {
        String text = decimalText(value);
        if (text == null || text.length() > limits.maxNumberLength() || !isDecimal(text)) {
            return null;
        }
        BigDecimal decimal = new BigDecimal(text);
        return inRange(decimal, limits) ? decimal : null;
    }

    private static boolean inRange(BigDecimal decimal, Limits limits) {
        int integerDigits = decimal.precision() - decimal.scale();
        return decimal.precision() <= limits.maxDigits()
                && decimal.scale() <= limits.maxScale()
                && integerDigits <= limits.maxScale();
    }

    /**
     * Reads a decimal from a string or a number node within the limits.
     *
     * @param value the node
     * @param path its path
     * @param limits the limits
     * @return the decimal
     */
    public static BigDecimal decimalOf(Object value, Path path, Limits limits) {
        String text = decimalText(value);
        if (text == null) {
            throw Paths.error(path, "expected a decimal string such as \"12.50\", found " + kind(value));
        }
        if (text.length() > limits.maxNumberLength() || !isDecimal(text)) {
            throw Paths.error(path, "\"" + clip(text) + "\" is not a decimal such as \"1234.50\"");
        }
        BigDecimal decimal = new BigDecimal(text);
        if (!inRange(decimal, limits)) {
            throw Paths.error(
                    path,
                    clip(text) + " is out of range: at most " + limits.maxScale() + " digits before the point, "
                            + limits.maxScale() + " after it and " + limits.maxDigits() + " in all");
        }
        return decimal;
    }

    private static LocalDate dateOf(Object value, In in, String name) {
        if (value instanceof String) {
            LocalDate date = isoDate((String) value);
            if (date != null) {
                return date;
            }
        }
        return dateOf(value, in.path(name));
    }

    static LocalDate dateOf(Object value, Path path) {
        String text = textOf(value, path);
        LocalDate date = isoDate(text);
        if (date == null) {
            throw Paths.error(path, "\"" + clip(text) + "\" is not an ISO-8601 date such as \"2026-02-28\"");
        }
        return date;
    }

    /** Parses {@code yyyy-MM-dd} as {@link LocalDate#parse} does for ten characters, or returns null. */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(text.charAt(i))) {
                return null;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (month < 1
                || month > 12
                || day < 1
                || day > java.time.Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
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
        if (node instanceof Tree.Obj) {
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
