package org.echeance.numbering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.numbering.PatternSegment.Kind;

/**
 * A document number pattern such as {@code FA-{yyyy}-{seq:5}}: literal text and tokens replaced when a number is
 * formatted.
 *
 * <p>Tokens (case-sensitive):
 *
 * <ul>
 *   <li>{@code {yyyy}}, {@code {yy}}, {@code {MM}}, {@code {dd}}: year (4 digits), year within its century (2
 *       digits), month and day (2 digits) of the document's <em>issue date</em>, never of today;
 *   <li>{@code {seq}}: the counter, without padding; {@code {seq:N}}: the counter zero-padded to N digits, N from 1 to
 *       12. A counter that outgrows its padding keeps all its digits ({@code {seq:3}} gives {@code 001}, then
 *       {@code 1000} after {@code 999}); it is never truncated, which would repeat numbers;
 *   <li>{@code {series}}: the series code, such as {@code FA};
 *   <li>{@code {customer}}: the seller's number for the customer;
 *   <li>{@code {initials}}: up to 4 initials of the buyer's legal name, upper case, accents removed, legal forms
 *       and small words skipped (the rule is on {@link #initialsOf(String)});
 *   <li>{@code {product}}: the seller item id of the first invoice line that has one.
 * </ul>
 *
 * <p>Any other text is literal; <code>&#123;&#123;</code> and <code>&#125;&#125;</code> write a literal brace. For example
 * {@code FA-{yyyy}-{seq:5}} gives {@code FA-2026-00042} for the 42nd invoice issued in 2026.
 *
 * <p>Patterns are checked when built, and every problem is reported at once in a {@link ValidationException}
 * whose violations name the position (counting from 1) and the token:
 *
 * <ul>
 *   <li>{@code ECH-NUM-10}: the pattern is empty;
 *   <li>{@code ECH-NUM-11}: unknown token, such as {@code {year}};
 *   <li>{@code ECH-NUM-12}: unbalanced brace, such as <code>FA-&#123;yyyy</code> or <code>FA&#125;-</code>;
 *   <li>{@code ECH-NUM-13}: bad padding, such as {@code {seq:0}} or {@code {seq:13}};
 *   <li>{@code ECH-NUM-14}: more than one {@code {seq}};
 *   <li>{@code ECH-NUM-15}: no {@code {seq}}, unless {@link Builder#allowWithoutCounter()} was called: without a
 *       counter two documents with the same date and customer get the same number;
 *   <li>{@code ECH-NUM-16}: the output can be longer than {@link Builder#maxLength(int)};
 *   <li>{@code ECH-NUM-17}: a literal character outside {@code A-Z a-z 0-9 + - _ /} when
 *       {@link Builder#eInvoiceSafe()} was asked (BR-FR-01/02 of the French 2026 e-invoicing profile);
 *   <li>{@code ECH-NUM-19}: {@code {customer}} or {@code {product}} (free text) not separated from another
 *       variable-width token ({@code {seq}}, {@code {customer}}, {@code {product}}, {@code {initials}}) by a
 *       literal holding a character other than a letter or digit; dates, the series code and literals of letters
 *       and digits in between do not count. The boundary would be lost and two documents could get the same number
 *       (customer {@code C1} with counter 2 and customer {@code C} with counter 12 both give {@code C12}; with
 *       {@code {customer}{yy}{seq}}, {@code C1}, 2026, counter 5 and {@code C}, 2012, counter 65 both give
 *       {@code C1265}). A value that holds the separator itself can still blur the boundary between two free-text
 *       tokens: keep customer numbers and product codes free of the pattern's separators, or keep one of them out
 *       of the pattern.
 * </ul>
 *
 * <p>Whether the counter's reset period matches the date tokens ({@code ECH-NUM-18}) is checked by
 * {@link CounterScope#checkPattern(NumberPattern)}, when the pattern is given to a series.
 *
 * <p>Formatting checks the values ({@code ECH-NUM-2x}, see {@link #format(NumberingRequest, String, long)}).
 *
 * <p>Equality covers the text and the settings of the builder; {@link #toString()} gives the text only, so
 * {@code parse(p.toString())} equals {@code p} for a pattern built with the default settings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NumberPattern {
    /** The default longest customer number counted for {@code {customer}} by {@link Builder#maxLength(int)}. */
    public static final int DEFAULT_CUSTOMER_MAX_LENGTH = 20;
    /** The default longest product code counted for {@code {product}} by {@link Builder#maxLength(int)}. */
    public static final int DEFAULT_PRODUCT_MAX_LENGTH = 20;
    /** The default longest series code counted for {@code {series}} by {@link Builder#maxLength(int)}. */
    public static final int DEFAULT_SERIES_MAX_LENGTH = 10;
    /** The default most digits counted for the counter by {@link Builder#maxLength(int)}: a billion documents. */
    public static final int DEFAULT_SEQUENCE_MAX_DIGITS = 9;
    /** The largest padding of {@code {seq:N}}. */
    public static final int MAX_PADDING = 12;

    private static final Pattern E_INVOICE_CHARACTERS = Pattern.compile("[A-Za-z0-9+\\-_/]*");

    private final List<PatternSegment> segments;
    private final int maxLength;
    private final boolean eInvoiceSafe;
    private final boolean allowWithoutCounter;
    private final int customerMaxLength;
    private final int productMaxLength;
    private final int seriesMaxLength;
    private final int sequenceMaxDigits;
    private final NumberReader reader;
    private final Set<Kind> kinds;

    private NumberPattern(List<PatternSegment> segments, Builder builder) {
        this.segments = List.copyOf(segments);
        this.maxLength = builder.maxLength;
        this.eInvoiceSafe = builder.eInvoiceSafe;
        this.allowWithoutCounter = builder.allowWithoutCounter;
        this.customerMaxLength = builder.customerMaxLength;
        this.productMaxLength = builder.productMaxLength;
        this.seriesMaxLength = builder.seriesMaxLength;
        this.sequenceMaxDigits = builder.sequenceMaxDigits;
        this.reader = new NumberReader(this.segments);
        EnumSet<Kind> present = EnumSet.noneOf(Kind.class);
        for (PatternSegment segment : this.segments) {
            present.add(segment.kind());
        }
        this.kinds = Collections.unmodifiableSet(present);
    }

    /**
     * Reads a pattern with the default settings: no length limit, any literal character, a counter required.
     *
     * <p>For example {@code NumberPattern.parse("FA-{yyyy}-{seq:5}")}.
     *
     * @param text the pattern
     * @return the pattern
     * @throws ValidationException with every problem found ({@code ECH-NUM-10} to {@code ECH-NUM-19})
     */
    public static NumberPattern parse(String text) {
        return builder(text).build();
    }

    /**
     * Starts a pattern with settings: length limit, e-invoice characters, opting out of the counter.
     *
     * <p>For example {@code NumberPattern.builder("FA-{yyyy}-{seq:5}").maxLength(35).eInvoiceSafe().build()}.
     *
     * @param text the pattern
     * @return a builder
     */
    public static Builder builder(String text) {
        return new Builder(Objects.requireNonNull(text, "text"));
    }

    /**
     * Checks if the pattern holds a counter token {@code {seq}} or {@code {seq:N}}.
     *
     * @return true if numbers carry a counter
     */
    public boolean hasCounter() {
        return has(Kind.SEQUENCE);
    }

    /**
     * Returns the longest number this pattern can give, counting {@code {customer}}, {@code {product}} and
     * {@code {series}} as their declared longest values and the counter as the larger of its padding and its
     * declared most digits.
     *
     * @return the longest output, in characters
     */
    public int maxOutputLength() {
        int total = 0;
        for (PatternSegment segment : segments) {
            total += maxLengthOf(segment);
        }
        return total;
    }

    /**
     * Returns the longest number allowed, if {@link Builder#maxLength(int)} was asked.
     *
     * @return the limit, if any
     */
    public OptionalInt maxLength() {
        return maxLength == 0 ? OptionalInt.empty() : OptionalInt.of(maxLength);
    }

    /**
     * Checks if the pattern was built for e-invoices: literals, series, customer numbers and product codes only
     * from {@code A-Z a-z 0-9 + - _ /}.
     *
     * @return true if {@link Builder#eInvoiceSafe()} was asked
     */
    public boolean isEInvoiceSafe() {
        return eInvoiceSafe;
    }

    /**
     * Formats the number of a document.
     *
     * <p>Values come from the request: the issue date for the date tokens, the customer number, the buyer's
     * legal name for {@code {initials}}, the product code. Every value is checked before anything is written:
     *
     * <ul>
     *   <li>{@code ECH-NUM-20}: a token has no value (no customer number for {@code {customer}}, no product code
     *       for {@code {product}});
     *   <li>{@code ECH-NUM-21}: with {@link Builder#maxLength(int)}, a value longer than its declared maximum, a
     *       counter with more digits than declared, or a number longer than the limit;
     *   <li>{@code ECH-NUM-22}: with {@link Builder#eInvoiceSafe()}, a value with a character outside {@code A-Z
     *       a-z 0-9 + - _ /};
     *   <li>{@code ECH-NUM-23}: the buyer's name has no letter to make {@code {initials}} from;
     *   <li>{@code ECH-NUM-24}: a date token and an issue year outside 1 to 9999.
     * </ul>
     *
     * @param request the document being numbered
     * @param series the series code, for {@code {series}}
     * @param sequence the counter value, 1 or more; ignored by a pattern without a counter
     * @return the number
     * @throws ValidationException if a value is missing or unfit, with every problem found
     * @throws ValidationException (ECH-NUM-25) if {@code sequence} is below 1 and the pattern has a counter
     */
    public String format(NumberingRequest request, String series, long sequence) {
        Objects.requireNonNull(request, "request");
        NumberValues values = NumberValues.of(request, series);
        checkValues(values);
        return render(values, sequence);
    }

    /**
     * Reads a number this pattern formatted back into its parts.
     *
     * <p>The number must match the whole pattern; the parts of tokens the pattern does not hold are empty. A
     * {@code {yy}} year is read as 2000 plus its two digits. Returns empty when the number does not match, when a
     * month, day or date is impossible, or when a token written twice holds two values. Reading is exact for
     * patterns whose free-text tokens ({@code {series}}, {@code {customer}}, {@code {product}}) are separated from
     * their neighbours by literals their values do not contain; otherwise the shortest reading of a free-text
     * value wins.
     *
     * <p>For example {@code parse("FA-{yyyy}-{seq:5}").parseNumber("FA-2026-00042")} gives year 2026 and sequence
     * 42.
     *
     * @param number the number
     * @return its parts, or empty if it does not match the pattern
     */
    public Optional<ParsedNumber> parseNumber(String number) {
        Objects.requireNonNull(number, "number");
        return reader.read(number);
    }

    /**
     * Returns the initials that {@code {initials}} writes for a legal name.
     *
     * <p>The rule: accents are removed (through {@link java.text.Normalizer}, plus Œ, Æ, ß, Ø, Ł, Đ), dots are
     * dropped (so {@code S.A.R.L.} reads as {@code SARL}), the name is cut into words at every character that is
     * neither a letter nor a digit (spaces, apostrophes, hyphens, {@code &}), legal forms ({@code SA}, {@code SAS},
     * {@code SASU}, {@code SARL}, {@code EURL}, {@code EI}, {@code SNC}, {@code SCI}, {@code GIE}, {@code GmbH},
     * {@code Ltd}, {@code Inc}…) and small words ({@code de}, {@code du}, {@code des}, {@code la}, {@code le},
     * {@code les}, {@code l'}, {@code d'}, {@code et}, {@code à}, {@code the}, {@code of}, {@code and}…) are skipped,
     * and the first letter of each remaining word is kept, upper case, at most 4; a word that does not start with
     * a letter {@code A-Z} once accents are removed (a number, a Greek or Cyrillic word) gives no initial. When every word is skipped, the skipped words are used. For example {@code "Boulangerie Martin SAS"}
     * gives {@code BM}, {@code "L'Atelier de la Gare"} gives {@code AG}, {@code "Société Générale"} gives {@code SG}.
     *
     * @param legalName the name
     * @return the initials, {@code A-Z} only, empty if the name has no letter
     */
    public static String initialsOf(String legalName) {
        return Initials.of(Objects.requireNonNull(legalName, "legalName"));
    }

    // -----------------------------------------------------------------------------------------------------------
    // Package-private: used by PatternNumbering and CounterScope
    // -----------------------------------------------------------------------------------------------------------

    boolean hasYear() {
        return has(Kind.YEAR) || has(Kind.YEAR_2);
    }

    boolean hasMonth() {
        return has(Kind.MONTH);
    }

    boolean hasDay() {
        return has(Kind.DAY);
    }

    boolean hasCustomer() {
        return has(Kind.CUSTOMER);
    }

    boolean hasProduct() {
        return has(Kind.PRODUCT);
    }

    boolean hasSeries() {
        return has(Kind.SERIES);
    }

    int seriesMaxLength() {
        return seriesMaxLength;
    }

    /** Checks every value but the counter, so that a number is taken only for a document that can be numbered. */
    void checkValues(NumberValues values) {
        List<Violation> violations = new ArrayList<>();
        if (has(Kind.YEAR) || has(Kind.YEAR_2) || has(Kind.MONTH) || has(Kind.DAY)) {
            int year = values.issueDate().getYear();
            if (year < 1 || year > 9999) {
                violations.add(new Violation(
                        "ECH-NUM-24", "issueDate", "year " + year + " is outside 1 to 9999 and cannot be written"));
            }
        }
        if (has(Kind.SERIES)) {
            checkText(violations, "series", "{series}", Optional.of(values.series()), seriesMaxLength);
        }
        if (has(Kind.CUSTOMER)) {
            checkText(violations, "customerNumber", "{customer}", values.customer(), customerMaxLength);
        }
        if (has(Kind.PRODUCT)) {
            checkText(violations, "productCode", "{product}", values.product(), productMaxLength);
        }
        if (has(Kind.INITIALS)) {
            if (values.buyerName().isEmpty()) {
                violations.add(new Violation(
                        "ECH-NUM-20",
                        "buyer.legalName",
                        "pattern \"" + this + "\" needs the buyer's name for {initials}"));
            } else if (Initials.of(values.buyerName().get()).isEmpty()) {
                violations.add(new Violation(
                        "ECH-NUM-23",
                        "buyer.legalName",
                        "\"" + values.buyerName().get() + "\" has no letter to make {initials} from"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Writes a number from checked values: only the counter is checked here. */
    String render(NumberValues values, long sequence) {
        StringBuilder out = new StringBuilder();
        for (PatternSegment segment : segments) {
            switch (segment.kind()) {
                case LITERAL -> out.append(segment.literal());
                case YEAR -> out.append(pad(values.issueDate().getYear(), 4));
                case YEAR_2 -> out.append(pad(values.issueDate().getYear() % 100, 2));
                case MONTH -> out.append(pad(values.issueDate().getMonthValue(), 2));
                case DAY -> out.append(pad(values.issueDate().getDayOfMonth(), 2));
                case SEQUENCE -> out.append(sequenceText(sequence, segment.padding()));
                case SERIES -> out.append(values.series());
                case CUSTOMER -> out.append(values.customer().orElseThrow());
                case INITIALS -> out.append(Initials.of(values.buyerName().orElseThrow()));
                case PRODUCT -> out.append(values.product().orElseThrow());
            }
        }
        if (maxLength > 0 && out.length() > maxLength) {
            throw ValidationException.of(
                    "ECH-NUM-21",
                    "number",
                    "\"" + out + "\" has " + out.length() + " characters, more than the " + maxLength + " allowed");
        }
        return out.toString();
    }

    private String sequenceText(long sequence, int padding) {
        if (sequence < 1) {
            throw ValidationException.of("ECH-NUM-25", "sequence", sequence + " is below 1; counters start at 1");
        }
        String digits = Long.toString(sequence);
        if (maxLength > 0 && digits.length() > Math.max(padding, sequenceMaxDigits)) {
            throw ValidationException.of(
                    "ECH-NUM-21",
                    "sequence",
                    "counter " + sequence + " has more than the " + Math.max(padding, sequenceMaxDigits)
                            + " digits declared for the length limit of " + maxLength);
        }
        return digits.length() >= padding ? digits : "0".repeat(padding - digits.length()) + digits;
    }

    private void checkText(List<Violation> violations, String path, String token, Optional<String> value, int max) {
        if (value.isEmpty() || value.get().isEmpty()) {
            violations.add(new Violation("ECH-NUM-20", path, "pattern \"" + this + "\" needs a value for " + token));
            return;
        }
        String text = value.get();
        if (maxLength > 0 && text.length() > max) {
            violations.add(new Violation(
                    "ECH-NUM-21",
                    path,
                    "\"" + text + "\" has " + text.length() + " characters, more than the " + max + " declared for "
                            + token + " under the length limit of " + maxLength));
        }
        if (eInvoiceSafe && !isEInvoiceSafe(text)) {
            violations.add(new Violation(
                    "ECH-NUM-22",
                    path,
                    "\"" + text + "\" for " + token + " has characters outside A-Z a-z 0-9 + - _ / (BR-FR-01/02)"));
        }
    }

    /** Checks if a text holds only the characters French e-invoice numbers allow (BR-FR-01/02). */
    static boolean isEInvoiceSafe(String text) {
        return E_INVOICE_CHARACTERS.matcher(text).matches();
    }

    private boolean has(Kind kind) {
        return kinds.contains(kind);
    }

    private int maxLengthOf(PatternSegment segment) {
        switch (segment.kind()) {
            case LITERAL:
                return segment.literal().length();
            case SEQUENCE:
                return Math.max(segment.padding(), sequenceMaxDigits);
            case SERIES:
                return seriesMaxLength;
            case CUSTOMER:
                return customerMaxLength;
            case PRODUCT:
                return productMaxLength;
            case INITIALS:
                return Initials.MAX_LETTERS;
            default:
                return segment.kind().width;
        }
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * Checks if this pattern has the same text and settings as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a pattern with the same text and settings
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof NumberPattern that
                && segments.equals(that.segments)
                && maxLength == that.maxLength
                && eInvoiceSafe == that.eInvoiceSafe
                && allowWithoutCounter == that.allowWithoutCounter
                && customerMaxLength == that.customerMaxLength
                && productMaxLength == that.productMaxLength
                && seriesMaxLength == that.seriesMaxLength
                && sequenceMaxDigits == that.sequenceMaxDigits;
    }

    /**
     * Returns a hash code of the text and settings.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                segments,
                maxLength,
                eInvoiceSafe,
                allowWithoutCounter,
                customerMaxLength,
                productMaxLength,
                seriesMaxLength,
                sequenceMaxDigits);
    }

    /**
     * Returns the pattern's text, with literal braces doubled, for example {@code FA-{yyyy}-{seq:5}}.
     *
     * @return the text, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (PatternSegment segment : segments) {
            if (segment.isLiteral()) {
                text.append(segment.literal().replace("{", "{{").replace("}", "}}"));
            } else {
                text.append(segment.kind().token(segment.padding()));
            }
        }
        return text.toString();
    }

    /**
     * Builds a {@link NumberPattern} with settings. The settings only add checks; they never change the numbers.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private final String text;
        private int maxLength;
        private boolean eInvoiceSafe;
        private boolean allowWithoutCounter;
        private int customerMaxLength = DEFAULT_CUSTOMER_MAX_LENGTH;
        private int productMaxLength = DEFAULT_PRODUCT_MAX_LENGTH;
        private int seriesMaxLength = DEFAULT_SERIES_MAX_LENGTH;
        private int sequenceMaxDigits = DEFAULT_SEQUENCE_MAX_DIGITS;

        private Builder(String text) {
            this.text = text;
        }

        /**
         * Limits numbers to a length: the pattern is refused if it can give a longer number
         * ({@code ECH-NUM-16}), and formatting refuses longer values ({@code ECH-NUM-21}). French e-invoices allow
         * 35 characters (BR-FR-01/02).
         *
         * @param characters the longest number, 1 or more
         * @return this builder
         * @throws ValidationException (ECH-NUM-25) if {@code characters} is below 1
         */
        public Builder maxLength(int characters) {
            this.maxLength = positive(characters, "maxLength");
            return this;
        }

        /**
         * Allows only {@code A-Z a-z 0-9 + - _ /} in literals ({@code ECH-NUM-17}) and in series, customer numbers
         * and product codes when formatting ({@code ECH-NUM-22}), as French e-invoices require (BR-FR-01/02).
         *
         * @return this builder
         */
        public Builder eInvoiceSafe() {
            this.eInvoiceSafe = true;
            return this;
        }

        /**
         * Accepts a pattern without {@code {seq}}. Such a pattern gives the same number to two documents with the
         * same date, customer and product: the caller must then check that a number is unused before issuing a
         * document with it, for example with a unique constraint on the invoice number.
         *
         * @return this builder
         */
        public Builder allowWithoutCounter() {
            this.allowWithoutCounter = true;
            return this;
        }

        /**
         * Declares the longest customer number, counted for {@code {customer}} by {@link #maxLength(int)}; the
         * default is {@value NumberPattern#DEFAULT_CUSTOMER_MAX_LENGTH}.
         *
         * @param characters the longest customer number, 1 or more
         * @return this builder
         * @throws ValidationException (ECH-NUM-25) if {@code characters} is below 1
         */
        public Builder customerMaxLength(int characters) {
            this.customerMaxLength = positive(characters, "customerMaxLength");
            return this;
        }

        /**
         * Declares the longest product code, counted for {@code {product}} by {@link #maxLength(int)}; the default
         * is {@value NumberPattern#DEFAULT_PRODUCT_MAX_LENGTH}.
         *
         * @param characters the longest product code, 1 or more
         * @return this builder
         * @throws ValidationException (ECH-NUM-25) if {@code characters} is below 1
         */
        public Builder productMaxLength(int characters) {
            this.productMaxLength = positive(characters, "productMaxLength");
            return this;
        }

        /**
         * Declares the longest series code, counted for {@code {series}} by {@link #maxLength(int)}; the default is
         * {@value NumberPattern#DEFAULT_SERIES_MAX_LENGTH}.
         *
         * @param characters the longest series code, 1 or more
         * @return this builder
         * @throws ValidationException (ECH-NUM-25) if {@code characters} is below 1
         */
        public Builder seriesMaxLength(int characters) {
            this.seriesMaxLength = positive(characters, "seriesMaxLength");
            return this;
        }

        /**
         * Declares the most digits a counter reaches, counted for {@code {seq}} by {@link #maxLength(int)} when
         * larger than its padding; the default is {@value NumberPattern#DEFAULT_SEQUENCE_MAX_DIGITS}.
         *
         * @param digits the most digits, from 1 to 18
         * @return this builder
         * @throws ValidationException (ECH-NUM-25) if {@code digits} is outside 1 to 18
         */
        public Builder sequenceMaxDigits(int digits) {
            if (digits < 1 || digits > 18) {
                throw ValidationException.of("ECH-NUM-25", "sequenceMaxDigits", digits + " is outside 1 to 18");
            }
            this.sequenceMaxDigits = digits;
            return this;
        }

        /**
         * Reads and checks the pattern.
         *
         * @return the pattern
         * @throws ValidationException with every problem found ({@code ECH-NUM-10} to {@code ECH-NUM-19})
         */
        public NumberPattern build() {
            List<Violation> violations = new ArrayList<>();
            List<PatternSegment> segments = new PatternReader(text, eInvoiceSafe, violations).read();
            if (violations.isEmpty()) {
                PatternRules.check(text, segments, allowWithoutCounter, violations);
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            NumberPattern pattern = new NumberPattern(segments, this);
            if (maxLength > 0 && pattern.maxOutputLength() > maxLength) {
                throw ValidationException.of(
                        "ECH-NUM-16",
                        "pattern",
                        "\"" + text + "\" can give numbers of " + pattern.maxOutputLength()
                                + " characters, more than the " + maxLength + " allowed ("
                                + lengthBreakdown(pattern) + ")");
            }
            return pattern;
        }

        private static String lengthBreakdown(NumberPattern pattern) {
            List<String> parts = new ArrayList<>();
            for (PatternSegment segment : pattern.segments) {
                if (segment.kind() != Kind.LITERAL) {
                    parts.add(segment.kind().token(segment.padding()) + " counts as " + pattern.maxLengthOf(segment));
                }
            }
            return String.join(", ", parts);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw ValidationException.of("ECH-NUM-25", name, value + " is below 1");
            }
            return value;
        }
    }
}
