package org.echeance.core.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * What to look for in an {@link InvoiceRepository}: filters on the stored records, a sort order and a page.
 *
 * <p>Built with {@link #builder()}; {@link #all()} matches every record. A record matches when it passes every
 * filter that is set; a filter left out lets every record through. The seller is not part of the query: every
 * repository call names it, so that a query can never reach another seller's invoices.
 *
 * <ul>
 *   <li><b>Customers, statuses, document types</b>: the record's value is one of the set.
 *   <li><b>Dates</b>: the issue date (BT-2) and the due date (BT-9) ranges are closed, {@code [from, toInclusive]}:
 *       both bounds match. A document without a due date never matches a due date range.
 *   <li><b>Amounts</b>: the bounds on the amount due (BT-115) are inclusive and compare by value ({@code 100}
 *       equals {@code 100.00}). Both bounds share one currency; a document in another currency does not match,
 *       since amounts in two currencies do not compare.
 *   <li><b>Currency</b>: the document currency (BT-5).
 *   <li><b>Numbers</b>: a prefix ({@code numberStartsWith("FA-2026-")}) and a glob where {@code *} stands for any
 *       run of characters and {@code ?} for one ({@code numberMatches("FA-2026-0??12")}); both case-sensitive,
 *       never a regular expression.
 *   <li><b>Overdue as of a date</b>: something remains to pay and the oldest open due date is before that date
 *       (see {@link InvoiceRecord#isOverdueOn(LocalDate)}).
 *   <li><b>Text</b>: contained in an item name (BT-153) or description (BT-154) of a line, ignoring case, accents
 *       and runs of white space ({@code "cafe creme"} finds {@code "Café  Crème"}; {@code "coeur"} finds
 *       {@code "Cœur"}).
 * </ul>
 *
 * <p>Results are sorted by one {@link SortKey} in a {@link Direction}; records with the same key are ordered by
 * number in the same direction, so the order is total and every page is stable. Numbers and customer numbers
 * compare by their characters (binary order, like a {@code COLLATE "C"} column), amounts by currency code then
 * value, and documents without a due date come last in both directions. Pages count from 0 and hold 1 to
 * {@value #MAX_PAGE_SIZE} records ({@value #DEFAULT_PAGE_SIZE} by default).
 *
 * <p>A database implementation translates the getters to its query language and must find what
 * {@link #matches(InvoiceRecord)} finds, in the order {@link #comparator()} gives. Two queries are equal when all
 * their filters, sort and page are equal. This class is immutable and thread-safe.
 */
public final class InvoiceQuery {
    /** The page size when none is set. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The largest page size a query accepts. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The longest number prefix, number glob or search text a query accepts, in characters. */
    public static final int MAX_TEXT_LENGTH = 200;

    private static final InvoiceQuery ALL = builder().build();

    /** What a result is sorted by. */
    public enum SortKey {
        /** The issue date (BT-2). */
        ISSUE_DATE,
        /** The due date (BT-9); documents without one come last. */
        DUE_DATE,
        /** The number (BT-1). */
        NUMBER,
        /** The amount due (BT-115), by currency code then value. */
        AMOUNT_DUE,
        /** The customer number. */
        CUSTOMER
    }

    /** Which way a result is sorted. */
    public enum Direction {
        /** Smallest, earliest or first in binary order first. */
        ASCENDING,
        /** Largest, latest or last in binary order first. */
        DESCENDING
    }

    private final Set<String> customerNumbers;
    private final Set<InvoiceStatus> statuses;
    private final Optional<LocalDate> issuedFrom;
    private final Optional<LocalDate> issuedToInclusive;
    private final Optional<LocalDate> dueFrom;
    private final Optional<LocalDate> dueToInclusive;
    private final Optional<MonetaryAmount> minAmountDue;
    private final Optional<MonetaryAmount> maxAmountDue;
    private final Optional<CurrencyUnit> currency;
    private final Set<DocumentType> documentTypes;
    private final Optional<String> numberPrefix;
    private final Optional<String> numberPattern;
    private final Optional<NumberPattern> compiledPattern;
    private final Optional<LocalDate> overdueAsOf;
    private final Optional<String> text;
    private final Optional<String> foldedText;
    private final SortKey sortKey;
    private final Direction direction;
    private final int pageIndex;
    private final int pageSize;

    private InvoiceQuery(Builder b) {
        this.customerNumbers =
                b.customerNumbers == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(b.customerNumbers));
        this.statuses =
                b.statuses == null ? Set.of() : Collections.unmodifiableSet(enumSet(InvoiceStatus.class, b.statuses));
        this.issuedFrom = b.issuedFrom;
        this.issuedToInclusive = b.issuedToInclusive;
        this.dueFrom = b.dueFrom;
        this.dueToInclusive = b.dueToInclusive;
        this.minAmountDue = b.minAmountDue;
        this.maxAmountDue = b.maxAmountDue;
        this.currency = b.currency;
        this.documentTypes = b.documentTypes == null
                ? Set.of()
                : Collections.unmodifiableSet(enumSet(DocumentType.class, b.documentTypes));
        this.numberPrefix = b.numberPrefix;
        this.numberPattern = b.numberPattern;
        this.compiledPattern = b.numberPattern.map(NumberPattern::compile);
        this.overdueAsOf = b.overdueAsOf;
        this.text = b.text;
        this.foldedText = b.text.map(TextFolding::fold);
        this.sortKey = b.sortKey;
        this.direction = b.direction;
        this.pageIndex = b.pageIndex;
        this.pageSize = b.pageSize;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    /**
     * Starts building a query; with nothing set it matches every record, sorted by number, first page of
     * {@value #DEFAULT_PAGE_SIZE}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the query that matches every record, sorted by number ascending, first page of
     * {@value #DEFAULT_PAGE_SIZE}.
     *
     * @return the query without filters
     */
    public static InvoiceQuery all() {
        return ALL;
    }

    /**
     * Returns a builder initialised with this query's filters, sort and page, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customerNumbers = customerNumbers.isEmpty() ? null : List.copyOf(customerNumbers);
        b.statuses = statuses.isEmpty() ? null : List.copyOf(statuses);
        b.issuedFrom = issuedFrom;
        b.issuedToInclusive = issuedToInclusive;
        b.dueFrom = dueFrom;
        b.dueToInclusive = dueToInclusive;
        b.minAmountDue = minAmountDue;
        b.maxAmountDue = maxAmountDue;
        b.currency = currency;
        b.documentTypes = documentTypes.isEmpty() ? null : List.copyOf(documentTypes);
        b.numberPrefix = numberPrefix;
        b.numberPattern = numberPattern;
        b.overdueAsOf = overdueAsOf;
        b.text = text;
        b.sortKey = sortKey;
        b.direction = direction;
        b.pageIndex = pageIndex;
        b.pageSize = pageSize;
        return b;
    }

    /**
     * Returns a copy of this query asking for another page, with the same filters and sort.
     *
     * <p>For example, {@code query.withPage(query.pageIndex() + 1, query.pageSize())} asks for the next page.
     *
     * @param index the page's index, from 0
     * @param size the page size, 1 to {@value #MAX_PAGE_SIZE}
     * @return the query for that page
     * @throws ValidationException if the index is negative (ECH-QUERY-01) or the size out of range (ECH-QUERY-02)
     */
    public InvoiceQuery withPage(int index, int size) {
        return toBuilder().page(index, size).build();
    }

    /**
     * Returns the customer numbers a record's must be one of.
     *
     * @return the customer numbers, in binary order; empty when the filter is not set
     */
    public Set<String> customerNumbers() {
        return customerNumbers;
    }

    /**
     * Returns the statuses a record's must be one of.
     *
     * @return the statuses; empty when the filter is not set
     */
    public Set<InvoiceStatus> statuses() {
        return statuses;
    }

    /**
     * Returns the earliest issue date that matches, inclusive.
     *
     * @return the date, if set
     */
    public Optional<LocalDate> issuedFrom() {
        return issuedFrom;
    }

    /**
     * Returns the latest issue date that matches, inclusive.
     *
     * @return the date, if set
     */
    public Optional<LocalDate> issuedToInclusive() {
        return issuedToInclusive;
    }

    /**
     * Returns the earliest due date that matches, inclusive.
     *
     * @return the date, if set
     */
    public Optional<LocalDate> dueFrom() {
        return dueFrom;
    }

    /**
     * Returns the latest due date that matches, inclusive.
     *
     * @return the date, if set
     */
    public Optional<LocalDate> dueToInclusive() {
        return dueToInclusive;
    }

    /**
     * Returns the smallest amount due that matches, inclusive.
     *
     * @return the amount, if set
     */
    public Optional<MonetaryAmount> minAmountDue() {
        return minAmountDue;
    }

    /**
     * Returns the largest amount due that matches, inclusive.
     *
     * @return the amount, if set
     */
    public Optional<MonetaryAmount> maxAmountDue() {
        return maxAmountDue;
    }

    /**
     * Returns the document currency that matches.
     *
     * @return the currency, if set
     */
    public Optional<CurrencyUnit> currency() {
        return currency;
    }

    /**
     * Returns the document types a record's must be one of.
     *
     * @return the types; empty when the filter is not set
     */
    public Set<DocumentType> documentTypes() {
        return documentTypes;
    }

    /**
     * Returns what matching numbers start with, case-sensitively.
     *
     * @return the prefix, if set
     */
    public Optional<String> numberPrefix() {
        return numberPrefix;
    }

    /**
     * Returns the glob matching numbers match as a whole: {@code *} for any run of characters, {@code ?} for one,
     * any other character for itself. In SQL it reads as a {@code LIKE} pattern once {@code %}, {@code _} and the
     * escape character are escaped and {@code *} and {@code ?} are replaced by {@code %} and {@code _}.
     *
     * @return the glob, if set
     */
    public Optional<String> numberPattern() {
        return numberPattern;
    }

    /**
     * Returns the date on which matching records are overdue.
     *
     * @return the date, if set
     */
    public Optional<LocalDate> overdueAsOf() {
        return overdueAsOf;
    }

    /**
     * Returns the text to find in item names and descriptions, as given.
     *
     * @return the text, if set
     */
    public Optional<String> text() {
        return text;
    }

    /**
     * Returns the text to find, folded as {@link InvoiceRecord#searchText()} is folded: a record matches when its
     * search text contains it.
     *
     * @return the folded text, if set
     */
    public Optional<String> foldedText() {
        return foldedText;
    }

    /**
     * Returns what the result is sorted by.
     *
     * @return the sort key
     */
    public SortKey sortKey() {
        return sortKey;
    }

    /**
     * Returns which way the result is sorted.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the index of the page asked for, from 0.
     *
     * @return the page index
     */
    public int pageIndex() {
        return pageIndex;
    }

    /**
     * Returns the most records a page holds.
     *
     * @return the page size, 1 to {@value #MAX_PAGE_SIZE}
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Checks if a record passes every filter of this query; the sort and page play no part.
     *
     * <p>The seller plays no part either: the repository keeps each seller's records apart.
     *
     * @param record the record
     * @return true if the record matches
     */
    public boolean matches(InvoiceRecord record) {
        Objects.requireNonNull(record, "record");
        return matchesFields(record) && (foldedText.isEmpty() || matchesSearchText(record.searchText()));
    }

    /** Checks every filter but the text, which is the costly one. */
    boolean matchesFields(InvoiceRecord r) {
        if (!customerNumbers.isEmpty() && !customerNumbers.contains(r.customerNumber())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(r.status())) {
            return false;
        }
        if (!documentTypes.isEmpty() && !documentTypes.contains(r.invoice().documentType())) {
            return false;
        }
        if (currency.isPresent() && !currency.get().equals(r.invoice().currency())) {
            return false;
        }
        LocalDate issued = r.issueDate();
        if (issuedFrom.isPresent() && issued.isBefore(issuedFrom.get())
                || issuedToInclusive.isPresent() && issued.isAfter(issuedToInclusive.get())) {
            return false;
        }
        if (dueFrom.isPresent() || dueToInclusive.isPresent()) {
            Optional<LocalDate> due = r.invoice().dueDate();
            if (due.isEmpty()
                    || dueFrom.isPresent() && due.get().isBefore(dueFrom.get())
                    || dueToInclusive.isPresent() && due.get().isAfter(dueToInclusive.get())) {
                return false;
            }
        }
        if (!withinAmounts(r.amountDue())) {
            return false;
        }
        String number = r.id();
        if (numberPrefix.isPresent() && !number.startsWith(numberPrefix.get())) {
            return false;
        }
        if (compiledPattern.isPresent() && !compiledPattern.get().matches(number)) {
            return false;
        }
        return overdueAsOf.isEmpty() || r.isOverdueOn(overdueAsOf.get());
    }

    /** Checks the text filter against a record's {@link InvoiceRecord#searchText()}; true when it is not set. */
    boolean matchesSearchText(String searchText) {
        return foldedText.isEmpty() || searchText.contains(foldedText.get());
    }

    private boolean withinAmounts(MonetaryAmount amountDue) {
        if (minAmountDue.isPresent() && !atLeast(amountDue, minAmountDue.get())) {
            return false;
        }
        return maxAmountDue.isEmpty() || atLeast(maxAmountDue.get(), amountDue);
    }

    /** Checks that {@code a >= b}; amounts in two currencies never compare. */
    private static boolean atLeast(MonetaryAmount a, MonetaryAmount b) {
        return a.getCurrency().equals(b.getCurrency()) && Amounts.decimal(a).compareTo(Amounts.decimal(b)) >= 0;
    }

    /**
     * Returns the order of this query's result: by its sort key in its direction, then by number in the same
     * direction. Within one seller numbers are unique, so no two records compare equal.
     *
     * @return the comparator
     */
    public Comparator<InvoiceRecord> comparator() {
        Comparator<InvoiceRecord> byKey;
        switch (sortKey) {
            case ISSUE_DATE:
                byKey = directed(Comparator.comparing(InvoiceRecord::issueDate));
                break;
            case DUE_DATE:
                byKey = Comparator.comparing(
                        (InvoiceRecord r) -> r.invoice().dueDate().orElse(null),
                        Comparator.nullsLast(directed(Comparator.<LocalDate>naturalOrder())));
                break;
            case AMOUNT_DUE:
                byKey = directed(Comparator.comparing(
                                (InvoiceRecord r) -> r.amountDue().getCurrency().getCurrencyCode())
                        .thenComparing(r -> Amounts.decimal(r.amountDue()), Comparator.<BigDecimal>naturalOrder()));
                break;
            case CUSTOMER:
                byKey = directed(Comparator.comparing(InvoiceRecord::customerNumber));
                break;
            case NUMBER:
            default:
                byKey = directed(Comparator.comparing(InvoiceRecord::id));
                break;
        }
        return byKey.thenComparing(directed(Comparator.comparing(InvoiceRecord::id)));
    }

    private <T> Comparator<T> directed(Comparator<T> ascending) {
        return direction == Direction.ASCENDING ? ascending : ascending.reversed();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InvoiceQuery)) {
            return false;
        }
        InvoiceQuery q = (InvoiceQuery) o;
        return customerNumbers.equals(q.customerNumbers)
                && statuses.equals(q.statuses)
                && issuedFrom.equals(q.issuedFrom)
                && issuedToInclusive.equals(q.issuedToInclusive)
                && dueFrom.equals(q.dueFrom)
                && dueToInclusive.equals(q.dueToInclusive)
                && minAmountDue.equals(q.minAmountDue)
                && maxAmountDue.equals(q.maxAmountDue)
                && currency.equals(q.currency)
                && documentTypes.equals(q.documentTypes)
                && numberPrefix.equals(q.numberPrefix)
                && numberPattern.equals(q.numberPattern)
                && overdueAsOf.equals(q.overdueAsOf)
                && text.equals(q.text)
                && sortKey == q.sortKey
                && direction == q.direction
                && pageIndex == q.pageIndex
                && pageSize == q.pageSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                customerNumbers,
                statuses,
                issuedFrom,
                issuedToInclusive,
                dueFrom,
                dueToInclusive,
                minAmountDue,
                maxAmountDue,
                currency,
                documentTypes,
                numberPrefix,
                numberPattern,
                overdueAsOf,
                text,
                sortKey,
                direction,
                pageIndex,
                pageSize);
    }

    /**
     * Returns the filters that are set, the sort and the page, such as
     * {@code InvoiceQuery[statuses=[ISSUED], issuedFrom=2026-01-01, sort=NUMBER ASCENDING, page=0 of 50]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "InvoiceQuery[", "]");
        if (!customerNumbers.isEmpty()) {
            j.add("customerNumbers=" + customerNumbers);
        }
        if (!statuses.isEmpty()) {
            j.add("statuses=" + statuses);
        }
        issuedFrom.ifPresent(d -> j.add("issuedFrom=" + d));
        issuedToInclusive.ifPresent(d -> j.add("issuedToInclusive=" + d));
        dueFrom.ifPresent(d -> j.add("dueFrom=" + d));
        dueToInclusive.ifPresent(d -> j.add("dueToInclusive=" + d));
        minAmountDue.ifPresent(a -> j.add("minAmountDue=" + Amounts.toPlainString(a) + " "
                + a.getCurrency().getCurrencyCode()));
        maxAmountDue.ifPresent(a -> j.add("maxAmountDue=" + Amounts.toPlainString(a) + " "
                + a.getCurrency().getCurrencyCode()));
        currency.ifPresent(c -> j.add("currency=" + c.getCurrencyCode()));
        if (!documentTypes.isEmpty()) {
            j.add("documentTypes=" + documentTypes);
        }
        numberPrefix.ifPresent(p -> j.add("numberPrefix=\"" + p + "\""));
        numberPattern.ifPresent(p -> j.add("numberPattern=\"" + p + "\""));
        overdueAsOf.ifPresent(d -> j.add("overdueAsOf=" + d));
        text.ifPresent(t -> j.add("text=\"" + t + "\""));
        j.add("sort=" + sortKey + " " + direction);
        j.add("page=" + pageIndex + " of " + pageSize);
        return j.toString();
    }

    /**
     * Builds an {@link InvoiceQuery}. Each method sets one filter, replacing what an earlier call set; every rule
     * is checked by {@link #build()}, which reports all the faults at once.
     *
     * <p>A builder is not thread-safe; the queries it builds are.
     */
    public static final class Builder {
        private List<String> customerNumbers;
        private List<InvoiceStatus> statuses;
        private Optional<LocalDate> issuedFrom = Optional.empty();
        private Optional<LocalDate> issuedToInclusive = Optional.empty();
        private Optional<LocalDate> dueFrom = Optional.empty();
        private Optional<LocalDate> dueToInclusive = Optional.empty();
        private Optional<MonetaryAmount> minAmountDue = Optional.empty();
        private Optional<MonetaryAmount> maxAmountDue = Optional.empty();
        private Optional<CurrencyUnit> currency = Optional.empty();
        private List<DocumentType> documentTypes;
        private Optional<String> numberPrefix = Optional.empty();
        private Optional<String> numberPattern = Optional.empty();
        private Optional<LocalDate> overdueAsOf = Optional.empty();
        private Optional<String> text = Optional.empty();
        private SortKey sortKey = SortKey.NUMBER;
        private Direction direction = Direction.ASCENDING;
        private int pageIndex = 0;
        private int pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {}

        /**
         * Keeps the records of one customer account.
         *
         * @param number the customer number, not blank
         * @return this builder
         */
        public Builder customerNumber(String number) {
            return customerNumbers(List.of(Objects.requireNonNull(number, "customerNumber")));
        }

        /**
         * Keeps the records of any of some customer accounts.
         *
         * @param numbers the customer numbers, at least one, none blank
         * @return this builder
         */
        public Builder customerNumbers(Collection<String> numbers) {
            Objects.requireNonNull(numbers, "customerNumbers");
            this.customerNumbers = List.copyOf(numbers);
            return this;
        }

        /**
         * Keeps the records in any of some statuses.
         *
         * <p>For example, {@code status(ISSUED, PARTIALLY_PAID)} keeps what is still to be paid.
         *
         * @param first a status
         * @param more more statuses
         * @return this builder
         */
        public Builder status(InvoiceStatus first, InvoiceStatus... more) {
            Objects.requireNonNull(first, "status");
            Objects.requireNonNull(more, "more");
            List<InvoiceStatus> all = new ArrayList<>();
            all.add(first);
            all.addAll(List.of(more));
            return statuses(all);
        }

        /**
         * Keeps the records in any of some statuses.
         *
         * @param values the statuses, at least one
         * @return this builder
         */
        public Builder statuses(Collection<InvoiceStatus> values) {
            Objects.requireNonNull(values, "statuses");
            this.statuses = List.copyOf(values);
            return this;
        }

        /**
         * Keeps the documents issued within a closed range of dates: both bounds match.
         *
         * <p>For example, {@code issuedBetween(2026-01-01, 2026-01-31)} keeps January's invoices.
         *
         * @param from the first issue date that matches
         * @param toInclusive the last issue date that matches, not before {@code from}
         * @return this builder
         */
        public Builder issuedBetween(LocalDate from, LocalDate toInclusive) {
            return issuedOnOrAfter(from).issuedOnOrBefore(toInclusive);
        }

        /**
         * Keeps the documents issued on or after a date.
         *
         * @param from the first issue date that matches
         * @return this builder
         */
        public Builder issuedOnOrAfter(LocalDate from) {
            this.issuedFrom = Optional.of(Objects.requireNonNull(from, "from"));
            return this;
        }

        /**
         * Keeps the documents issued on or before a date.
         *
         * @param toInclusive the last issue date that matches
         * @return this builder
         */
        public Builder issuedOnOrBefore(LocalDate toInclusive) {
            this.issuedToInclusive = Optional.of(Objects.requireNonNull(toInclusive, "toInclusive"));
            return this;
        }

        /**
         * Keeps the documents due within a closed range of dates (BT-9): both bounds match, documents without a due
         * date do not.
         *
         * @param from the first due date that matches
         * @param toInclusive the last due date that matches, not before {@code from}
         * @return this builder
         */
        public Builder dueBetween(LocalDate from, LocalDate toInclusive) {
            return dueOnOrAfter(from).dueOnOrBefore(toInclusive);
        }

        /**
         * Keeps the documents due on or after a date.
         *
         * @param from the first due date that matches
         * @return this builder
         */
        public Builder dueOnOrAfter(LocalDate from) {
            this.dueFrom = Optional.of(Objects.requireNonNull(from, "from"));
            return this;
        }

        /**
         * Keeps the documents due on or before a date.
         *
         * @param toInclusive the last due date that matches
         * @return this builder
         */
        public Builder dueOnOrBefore(LocalDate toInclusive) {
            this.dueToInclusive = Optional.of(Objects.requireNonNull(toInclusive, "toInclusive"));
            return this;
        }

        /**
         * Keeps the documents whose amount due (BT-115) lies within a closed range, in the range's currency.
         *
         * @param min the smallest amount that matches
         * @param max the largest amount that matches, in the same currency, not below {@code min}
         * @return this builder
         */
        public Builder amountDueBetween(MonetaryAmount min, MonetaryAmount max) {
            return amountDueAtLeast(min).amountDueAtMost(max);
        }

        /**
         * Keeps the documents whose amount due (BT-115) is at least an amount, in that amount's currency.
         *
         * @param min the smallest amount that matches
         * @return this builder
         */
        public Builder amountDueAtLeast(MonetaryAmount min) {
            this.minAmountDue = Optional.of(Objects.requireNonNull(min, "min"));
            return this;
        }

        /**
         * Keeps the documents whose amount due (BT-115) is at most an amount, in that amount's currency.
         *
         * @param max the largest amount that matches
         * @return this builder
         */
        public Builder amountDueAtMost(MonetaryAmount max) {
            this.maxAmountDue = Optional.of(Objects.requireNonNull(max, "max"));
            return this;
        }

        /**
         * Keeps the documents in a currency (BT-5).
         *
         * @param value the currency
         * @return this builder
         */
        public Builder currency(CurrencyUnit value) {
            this.currency = Optional.of(Objects.requireNonNull(value, "currency"));
            return this;
        }

        /**
         * Keeps the documents of any of some types (BT-3).
         *
         * @param first a type
         * @param more more types
         * @return this builder
         */
        public Builder documentType(DocumentType first, DocumentType... more) {
            Objects.requireNonNull(first, "documentType");
            Objects.requireNonNull(more, "more");
            List<DocumentType> all = new ArrayList<>();
            all.add(first);
            all.addAll(List.of(more));
            return documentTypes(all);
        }

        /**
         * Keeps the documents of any of some types (BT-3).
         *
         * @param values the types, at least one
         * @return this builder
         */
        public Builder documentTypes(Collection<DocumentType> values) {
            Objects.requireNonNull(values, "documentTypes");
            this.documentTypes = List.copyOf(values);
            return this;
        }

        /**
         * Keeps the documents whose number starts with a prefix, case-sensitively.
         *
         * <p>For example, {@code numberStartsWith("FA-2026-")}.
         *
         * @param prefix the prefix, not blank, at most {@value InvoiceQuery#MAX_TEXT_LENGTH} characters
         * @return this builder
         */
        public Builder numberStartsWith(String prefix) {
            this.numberPrefix = Optional.of(Objects.requireNonNull(prefix, "prefix"));
            return this;
        }

        /**
         * Keeps the documents whose whole number matches a glob, case-sensitively: {@code *} stands for any run of
         * characters, possibly none, {@code ?} for exactly one, every other character for itself. No regular
         * expression is involved.
         *
         * <p>For example, {@code numberMatches("AV-*-0??")} matches {@code AV-2026-012}.
         *
         * @param glob the glob, not blank, at most {@value InvoiceQuery#MAX_TEXT_LENGTH} characters
         * @return this builder
         */
        public Builder numberMatches(String glob) {
            this.numberPattern = Optional.of(Objects.requireNonNull(glob, "glob"));
            return this;
        }

        /**
         * Keeps the documents overdue on a date: something remains to pay and the oldest open due date is before
         * it.
         *
         * @param date the date, usually today
         * @return this builder
         */
        public Builder overdueAsOf(LocalDate date) {
            this.overdueAsOf = Optional.of(Objects.requireNonNull(date, "overdueAsOf"));
            return this;
        }

        /**
         * Keeps the documents with a line whose item name or description contains a text, ignoring case, accents
         * and runs of white space.
         *
         * <p>For example, {@code textContains("creation site")} finds a line {@code "Création  Site web"}.
         *
         * @param value the text, with at least one letter, digit or sign once folded, at most
         *     {@value InvoiceQuery#MAX_TEXT_LENGTH} characters
         * @return this builder
         */
        public Builder textContains(String value) {
            this.text = Optional.of(Objects.requireNonNull(value, "text"));
            return this;
        }

        /**
         * Sorts by a key, ascending; ties are ordered by number.
         *
         * @param key the sort key
         * @return this builder
         */
        public Builder sortBy(SortKey key) {
            return sortBy(key, Direction.ASCENDING);
        }

        /**
         * Sorts by a key in a direction; ties are ordered by number in the same direction.
         *
         * @param key the sort key
         * @param way the direction
         * @return this builder
         */
        public Builder sortBy(SortKey key, Direction way) {
            this.sortKey = Objects.requireNonNull(key, "key");
            this.direction = Objects.requireNonNull(way, "direction");
            return this;
        }

        /**
         * Asks for one page of the result.
         *
         * @param index the page's index, from 0
         * @param size the most records on a page, 1 to {@value InvoiceQuery#MAX_PAGE_SIZE}
         * @return this builder
         */
        public Builder page(int index, int size) {
            this.pageIndex = index;
            this.pageSize = size;
            return this;
        }

        /**
         * Builds the query, checking every rule at once.
         *
         * @return the query
         * @throws ValidationException listing every fault: a negative page index (ECH-QUERY-01), a page size out of
         *     1 to {@value InvoiceQuery#MAX_PAGE_SIZE} (ECH-QUERY-02), a date range whose end is before its start
         *     (ECH-QUERY-03), a smallest amount above the largest (ECH-QUERY-04), amount bounds in two currencies or
         *     in another currency than the currency filter (ECH-QUERY-05), a blank customer number, prefix, glob or
         *     text (ECH-QUERY-06), a prefix, glob or text longer than {@value InvoiceQuery#MAX_TEXT_LENGTH}
         *     characters (ECH-QUERY-07), an empty set of customers, statuses or types (ECH-QUERY-08)
         */
        public InvoiceQuery build() {
            List<Violation> v = new ArrayList<>();
            if (pageIndex < 0) {
                v.add(new Violation("ECH-QUERY-01", "page.index", pageIndex + " is negative; pages count from 0"));
            }
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                v.add(new Violation("ECH-QUERY-02", "page.size", pageSize + " is not between 1 and " + MAX_PAGE_SIZE));
            }
            checkRange(v, "issueDate", issuedFrom, issuedToInclusive);
            checkRange(v, "dueDate", dueFrom, dueToInclusive);
            checkAmounts(v);
            checkSet(v, "customerNumbers", customerNumbers);
            if (customerNumbers != null) {
                for (int i = 0; i < customerNumbers.size(); i++) {
                    if (customerNumbers.get(i).isBlank()) {
                        v.add(new Violation(
                                "ECH-QUERY-06", "customerNumbers[" + i + "]", "a customer number is blank"));
                    }
                }
            }
            checkSet(v, "statuses", statuses);
            checkSet(v, "documentTypes", documentTypes);
            numberPrefix.ifPresent(p -> checkText(v, "numberPrefix", p, p));
            numberPattern.ifPresent(p -> checkText(v, "numberPattern", p, p));
            text.ifPresent(t -> checkText(v, "text", t, TextFolding.fold(t)));
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            return new InvoiceQuery(this);
        }

        private static void checkRange(
                List<Violation> v, String path, Optional<LocalDate> from, Optional<LocalDate> toInclusive) {
            if (from.isPresent() && toInclusive.isPresent() && toInclusive.get().isBefore(from.get())) {
                v.add(new Violation(
                        "ECH-QUERY-03",
                        path,
                        "the range ends on " + toInclusive.get() + ", before it starts on " + from.get()));
            }
        }

        private void checkAmounts(List<Violation> v) {
            if (minAmountDue.isPresent() && maxAmountDue.isPresent()) {
                MonetaryAmount min = minAmountDue.get();
                MonetaryAmount max = maxAmountDue.get();
                if (!min.getCurrency().equals(max.getCurrency())) {
                    v.add(new Violation(
                            "ECH-QUERY-05",
                            "amountDue",
                            "the bounds are in " + min.getCurrency().getCurrencyCode() + " and "
                                    + max.getCurrency().getCurrencyCode()
                                    + "; amounts in two currencies do not compare"));
                } else if (Amounts.decimal(min).compareTo(Amounts.decimal(max)) > 0) {
                    v.add(new Violation(
                            "ECH-QUERY-04",
                            "amountDue",
                            "the smallest amount " + Amounts.toPlainString(min) + " is above the largest "
                                    + Amounts.toPlainString(max)));
                }
            }
            if (currency.isPresent()) {
                CurrencyUnit c = currency.get();
                minAmountDue
                        .filter(a -> !a.getCurrency().equals(c))
                        .ifPresent(a -> v.add(currencyConflict("amountDue.min", a, c)));
                maxAmountDue
                        .filter(a -> !a.getCurrency().equals(c))
                        .ifPresent(a -> v.add(currencyConflict("amountDue.max", a, c)));
            }
        }

        private static Violation currencyConflict(String path, MonetaryAmount bound, CurrencyUnit filter) {
            return new Violation(
                    "ECH-QUERY-05",
                    path,
                    "the bound is in " + bound.getCurrency().getCurrencyCode() + " but the query keeps documents in "
                            + filter.getCurrencyCode() + "; nothing could match");
        }

        private static void checkSet(List<Violation> v, String path, List<?> values) {
            if (values != null && values.isEmpty()) {
                v.add(new Violation(
                        "ECH-QUERY-08",
                        path,
                        "the set is empty and would match nothing; leave the filter out instead"));
            }
        }

        private static void checkText(List<Violation> v, String path, String value, String significant) {
            if (significant.isBlank()) {
                v.add(new Violation("ECH-QUERY-06", path, "\"" + value + "\" is blank"));
            } else if (value.length() > MAX_TEXT_LENGTH) {
                v.add(new Violation(
                        "ECH-QUERY-07",
                        path,
                        value.length() + " characters is more than the " + MAX_TEXT_LENGTH + " allowed"));
            }
        }
    }
}
