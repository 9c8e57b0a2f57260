package org.echeance.numbering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.numbering.NumberingStrategy;
import org.echeance.core.party.Party;
import org.echeance.core.validation.ValidationException;

/**
 * Numbers documents from patterns: one series per document type, each with its pattern and counter scope, counters
 * kept in a {@link SequenceStore} and scoped by seller.
 *
 * <p>For example, invoices {@code FA-2026-00001} and credit notes {@code AV-2026-00001}, each restarting every
 * year:
 *
 * <pre>{@code
 * PatternNumbering numbering = PatternNumbering.builder(store)
 *         .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
 *         .series(DocumentType.CREDIT_NOTE, "AV", "AV-{yyyy}-{seq:5}", CounterScope.YEARLY)
 *         .build();
 * }</pre>
 *
 * <p>A number's counter is the {@link CounterKey} (seller id, series code, scope key): two sellers never share a
 * counter, two series never share one, and a yearly series reads a new counter each year. The seller id comes from
 * a function of the seller; the default is {@link #defaultSellerId(Party)}.
 *
 * <p>{@link #nextNumber(NumberingRequest)} checks every value the pattern needs before it takes a counter value, so
 * a document that cannot be numbered burns nothing. With a gap-free store, call it inside the transaction that
 * saves the document, and do slow work (PDF rendering, e-signature, upload) only after that transaction commits,
 * never while the counter is locked.
 *
 * <p>This class is immutable and thread-safe if its store and seller id function are.
 */
public final class PatternNumbering implements NumberingStrategy {
    /** The most numbers a preview shows. */
    public static final int MAX_PREVIEW = 1000;

    private final SequenceStore store;
    private final Function<Party, String> sellerId;
    private final Map<DocumentType, Series> series;

    private PatternNumbering(Builder builder) {
        this.store = builder.store;
        this.sellerId = builder.sellerId;
        this.series = Collections.unmodifiableMap(new EnumMap<>(builder.series));
    }

    /**
     * Starts a numbering on a store, with the default seller id.
     *
     * @param store where the counters live
     * @return a builder
     */
    public static Builder builder(SequenceStore store) {
        return new Builder(Objects.requireNonNull(store, "store"));
    }

    /**
     * Returns the default id of a seller's counters: its SIREN if it has one (from its legal registration or its
     * French VAT number), else its VAT number, else its legal name.
     *
     * <p>The id must not change over a series' life: a seller that gains a SIREN after its first documents would
     * start new counters. Applications that know their companies by an id of their own (an ERP's company id)
     * should pass it through {@link Builder#sellerId(Function)}.
     *
     * @param seller the seller
     * @return the id, for example {@code "552100554"}
     */
    public static String defaultSellerId(Party seller) {
        Objects.requireNonNull(seller, "seller");
        return seller.siren()
                .map(Siren::toString)
                .or(() -> seller.vatNumber().map(VatNumber::toString))
                .orElse(seller.legalName());
    }

    /**
     * Takes the next number of the document's series, consuming a counter value.
     *
     * @param request the document being issued
     * @return the number
     * @throws ValidationException if no series is set for the document type ({@code ECH-NUM-04}) or a value the
     *     pattern needs is missing or unfit ({@code ECH-NUM-2x}, see {@link NumberPattern#format})
     */
    @Override
    public String nextNumber(NumberingRequest request) {
        Objects.requireNonNull(request, "request");
        Series chosen = seriesOf(request.documentType());
        NumberValues values = NumberValues.of(request, chosen.code());
        chosen.pattern().checkValues(values);
        if (!chosen.pattern().hasCounter()) {
            return chosen.pattern().render(values, 0);
        }
        long value = store.next(keyOf(request, chosen));
        return chosen.pattern().render(values, value);
    }

    /**
     * Returns the next {@code count} numbers of the series of a sample document, without consuming any: the store
     * is only peeked. Another caller may take these numbers before the sample's document is issued.
     *
     * @param sample a document as it would be issued
     * @param count how many numbers, from 0 to {@value #MAX_PREVIEW}
     * @return the numbers, in order; for a pattern without a counter, the same number {@code count} times
     * @throws ValidationException as {@link #nextNumber(NumberingRequest)} would
     * @throws ValidationException (ECH-NUM-25) if {@code count} is outside 0 to {@value #MAX_PREVIEW}
     */
    public List<String> preview(NumberingRequest sample, int count) {
        Objects.requireNonNull(sample, "sample");
        checkCount(count);
        Series chosen = seriesOf(sample.documentType());
        NumberValues values = NumberValues.of(sample, chosen.code());
        chosen.pattern().checkValues(values);
        long first = chosen.pattern().hasCounter() ? store.peek(keyOf(sample, chosen)) : 1;
        return render(chosen.pattern(), values, first, count);
    }

    /**
     * Returns the counter a document would take its number from: for administrative acts such as
     * {@link SequenceStore#advanceTo(CounterKey, long)}.
     *
     * @param request the document
     * @return the counter's key
     * @throws ValidationException if no series is set for the document type ({@code ECH-NUM-04}) or the scope needs
     *     a customer number the request lacks ({@code ECH-NUM-20})
     */
    public CounterKey counterKey(NumberingRequest request) {
        Objects.requireNonNull(request, "request");
        return keyOf(request, seriesOf(request.documentType()));
    }

    /**
     * Returns the numbers a pattern gives for a sample, as a fresh counter starting at the sample's start would:
     * no store is involved.
     *
     * <p>For example {@code preview("FA-{yyyy}-{seq:5}", PreviewSample.of(LocalDate.of(2026, 3, 15)), 2)} gives
     * {@code FA-2026-00001} and {@code FA-2026-00002}.
     *
     * @param pattern the pattern, read with the default settings
     * @param sample the values to show it with
     * @param count how many numbers, from 0 to {@value #MAX_PREVIEW}
     * @return the numbers, in order
     * @throws ValidationException if the pattern is wrong ({@code ECH-NUM-1x}) or the sample lacks a value it
     *     needs ({@code ECH-NUM-2x})
     * @throws ValidationException (ECH-NUM-25) if {@code count} is outside 0 to {@value #MAX_PREVIEW}
     */
    public static List<String> preview(String pattern, PreviewSample sample, int count) {
        return preview(NumberPattern.parse(Objects.requireNonNull(pattern, "pattern")), sample, count);
    }

    /**
     * Returns the numbers a built pattern gives for a sample, as a fresh counter starting at the sample's start
     * would: no store is involved.
     *
     * @param pattern the pattern, with its settings
     * @param sample the values to show it with
     * @param count how many numbers, from 0 to {@value #MAX_PREVIEW}
     * @return the numbers, in order
     * @throws ValidationException if the sample lacks a value the pattern needs ({@code ECH-NUM-2x})
     * @throws ValidationException (ECH-NUM-25) if {@code count} is outside 0 to {@value #MAX_PREVIEW}
     */
    public static List<String> preview(NumberPattern pattern, PreviewSample sample, int count) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(sample, "sample");
        checkCount(count);
        NumberValues values = NumberValues.of(sample);
        pattern.checkValues(values);
        return render(pattern, values, sample.start(), count);
    }

    private static List<String> render(NumberPattern pattern, NumberValues values, long first, int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(pattern.render(values, first + i));
        }
        return List.copyOf(numbers);
    }

    private static void checkCount(int count) {
        if (count < 0 || count > MAX_PREVIEW) {
            throw ValidationException.of("ECH-NUM-25", "count", count + " is outside 0 to " + MAX_PREVIEW);
        }
    }

    private Series seriesOf(DocumentType type) {
        Series chosen = series.get(type);
        if (chosen == null) {
            throw ValidationException.of(
                    "ECH-NUM-04", "documentType", "no numbering series is set for " + type + " documents");
        }
        return chosen;
    }

    private CounterKey keyOf(NumberingRequest request, Series chosen) {
        String seller = Objects.requireNonNull(sellerId.apply(request.seller()), "sellerId of the seller");
        return CounterKey.of(
                seller, chosen.code(), chosen.scope().keyFor(request.issueDate(), request.customerNumber()));
    }

    /**
     * Returns a short description: the series per document type.
     *
     * @return for example {@code PatternNumbering[COMMERCIAL_INVOICE=FA FA-{yyyy}-{seq:5} YEARLY]}
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        series.forEach((type, s) -> parts.add(type + "=" + s.code() + " " + s.pattern() + " " + s.scope()));
        return "PatternNumbering" + parts;
    }

    /** One configured series: its code, pattern and scope. */
    private record Series(String code, NumberPattern pattern, CounterScope scope) {}

    /**
     * Builds a {@link PatternNumbering}. Each series is checked when added, so a mistake shows where it is made.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private final SequenceStore store;
        private Function<Party, String> sellerId = PatternNumbering::defaultSellerId;
        private final Map<DocumentType, Series> series = new EnumMap<>(DocumentType.class);

        private Builder(SequenceStore store) {
            this.store = store;
        }

        /**
         * Sets how a seller is identified in counter keys, instead of {@link #defaultSellerId(Party)}. The function
         * must give a stable, non-blank id of at most {@value CounterKey#MAX_LENGTH} characters.
         *
         * @param function the seller id of a seller
         * @return this builder
         */
        public Builder sellerId(Function<Party, String> function) {
            this.sellerId = Objects.requireNonNull(function, "function");
            return this;
        }

        /**
         * Sets the series of a document type from a pattern read with the default settings.
         *
         * @param type the document type
         * @param code the series code, such as {@code FA}, part of the counter key
         * @param pattern the pattern, such as {@code FA-{yyyy}-{seq:5}}
         * @param scope when the counter restarts
         * @return this builder
         * @throws ValidationException if the pattern is wrong ({@code ECH-NUM-1x}), can repeat numbers under the
         *     scope ({@code ECH-NUM-18}) or the series conflicts with another ({@code ECH-NUM-03})
         */
        public Builder series(DocumentType type, String code, String pattern, CounterScope scope) {
            return series(type, code, NumberPattern.parse(Objects.requireNonNull(pattern, "pattern")), scope);
        }

        /**
         * Sets the series of a document type from a built pattern, with its settings (length limit, e-invoice
         * characters).
         *
         * <p>Several document types may share a series (corrected invoices numbered with commercial invoices) only
         * with the same pattern and scope. Two series may not have the same pattern unless it holds
         * {@code {series}}, and then codes where one begins or ends the other ({@code FA} and {@code FA1}) are
         * refused: they would give the same numbers. Different series should have literal prefixes or codes that
         * tell their numbers apart; other overlaps between different patterns are not detected.
         *
         * @param type the document type
         * @param code the series code, such as {@code FA}, part of the counter key
         * @param pattern the pattern
         * @param scope when the counter restarts
         * @return this builder
         * @throws ValidationException if the pattern can repeat numbers under the scope ({@code ECH-NUM-18}), the
         *     series code does not fit the pattern's settings ({@code ECH-NUM-16}, {@code ECH-NUM-17}) or the series
         *     conflicts with another ({@code ECH-NUM-03})
         */
        public Builder series(DocumentType type, String code, NumberPattern pattern, CounterScope scope) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(scope, "scope");
            if (code.isBlank() || code.length() > CounterKey.MAX_LENGTH) {
                throw ValidationException.of(
                        "ECH-NUM-03",
                        "series",
                        "series code \"" + code + "\" must be set and at most " + CounterKey.MAX_LENGTH
                                + " characters");
            }
            if (series.containsKey(type)) {
                throw ValidationException.of(
                        "ECH-NUM-03", "series", "a series is already set for " + type + " documents");
            }
            scope.checkPattern(pattern);
            checkCode(code, pattern);
            for (Map.Entry<DocumentType, Series> entry : series.entrySet()) {
                Series other = entry.getValue();
                if (other.code().equals(code) && (!other.pattern().equals(pattern) || other.scope() != scope)) {
                    throw ValidationException.of(
                            "ECH-NUM-03",
                            "series",
                            "series " + code + " is already used by " + entry.getKey() + " documents with pattern \""
                                    + other.pattern() + "\" and scope " + other.scope()
                                    + "; documents sharing a series share its pattern and scope");
                }
                if (!other.code().equals(code)
                        && pattern.hasSeries()
                        && other.pattern().equals(pattern)
                        && (other.code().startsWith(code)
                                || code.startsWith(other.code())
                                || other.code().endsWith(code)
                                || code.endsWith(other.code()))) {
                    throw ValidationException.of(
                            "ECH-NUM-03",
                            "series",
                            "series " + code + " and " + other.code() + " share pattern \"" + pattern + "\" and one"
                                    + " code begins or ends the other, so their numbers can meet (FA with counter 12"
                                    + " and FA1 with counter 2 both give FA12); choose codes that do not overlap");
                }
                if (!other.code().equals(code)
                        && !pattern.hasSeries()
                        && other.pattern().equals(pattern)) {
                    throw ValidationException.of(
                            "ECH-NUM-03",
                            "series",
                            "series " + code + " and " + other.code() + " both use pattern \"" + pattern
                                    + "\", so they would give the same numbers; give each its own prefix");
                }
            }
            series.put(type, new Series(code, pattern, scope));
            return this;
        }

        private static void checkCode(String code, NumberPattern pattern) {
            if (!pattern.hasSeries()) {
                return;
            }
            if (pattern.maxLength().isPresent() && code.length() > pattern.seriesMaxLength()) {
                throw ValidationException.of(
                        "ECH-NUM-16",
                        "series",
                        "series code \"" + code + "\" has " + code.length() + " characters, more than the "
                                + pattern.seriesMaxLength() + " the pattern counts for {series}");
            }
            if (pattern.isEInvoiceSafe() && !NumberPattern.isEInvoiceSafe(code)) {
                throw ValidationException.of(
                        "ECH-NUM-17",
                        "series",
                        "series code \"" + code + "\" has characters outside A-Z a-z 0-9 + - _ / (BR-FR-01/02)");
            }
        }

        /**
         * Builds the numbering.
         *
         * @return the numbering
         * @throws ValidationException if no series was set ({@code ECH-NUM-03})
         */
        public PatternNumbering build() {
            if (series.isEmpty()) {
                throw ValidationException.of("ECH-NUM-03", "series", "no series is set; add one per document type");
            }
            return new PatternNumbering(this);
        }
    }
}
