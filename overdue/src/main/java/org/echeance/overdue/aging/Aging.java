package org.echeance.overdue.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.internal.PerCustomer;

/**
 * Ages receivables as of a date: the open amount of every installment, rebuilt from the settlements in effect on
 * that date, put in a bucket by its age.
 *
 * <p><b>Point in time.</b> For an as-of date {@code D}, an item counts if its invoice is issued on or before {@code
 * D}, for what remains open on {@code D} ({@link ReceivableItem#openOn(long)}): a payment dated after {@code D}
 * does not count, nor one reversed on or before {@code D}. Running a report for a past date gives the same result
 * before and after later payments are recorded. Invoices issued after {@code D} are not receivables on {@code D}
 * and are left out (they are not an error: a ledger read for a past date holds later invoices).
 *
 * <p><b>Per installment.</b> Each installment is aged on its own due date (or on the invoice date, with {@link
 * AgingBasis#INVOICE_DATE}); see {@link AgingBuckets} for the edges.
 *
 * <p><b>Streaming.</b> Items are read once, one at a time; the memory used is one accumulator per customer and
 * currency. Amounts are added as {@link BigDecimal} and become {@code MonetaryAmount}s only in the report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Aging {
    private static final Aging STANDARD = new Aging(AgingBuckets.standard(), AgingBasis.DUE_DATE);

    private final AgingBuckets buckets;
    private final AgingBasis basis;
    private final int[] edges;

    private Aging(AgingBuckets buckets, AgingBasis basis) {
        this.buckets = buckets;
        this.basis = basis;
        this.edges = buckets.edges();
    }

    /**
     * Returns the usual aging: by due date, buckets not yet due, 1-30, 31-60, 61-90, over 90 days.
     *
     * @return the aging
     */
    public static Aging standard() {
        return STANDARD;
    }

    /**
     * Returns an aging with some buckets and basis.
     *
     * @param buckets the buckets
     * @param basis the date ages count from
     * @return the aging
     */
    public static Aging of(AgingBuckets buckets, AgingBasis basis) {
        return new Aging(Objects.requireNonNull(buckets, "buckets"), Objects.requireNonNull(basis, "basis"));
    }

    /**
     * Returns the buckets.
     *
     * @return the buckets
     */
    public AgingBuckets buckets() {
        return buckets;
    }

    /**
     * Returns the basis.
     *
     * @return the basis
     */
    public AgingBasis basis() {
        return basis;
    }

    /**
     * Returns the age of an item on a day, in days from its basis date: negative before it.
     *
     * @param item the item
     * @param asOf the day
     * @return the age in days
     */
    public long ageOf(ReceivableItem item, LocalDate asOf) {
        return asOf.toEpochDay() - basisDay(item);
    }

    /**
     * Returns the bucket of an item on a day.
     *
     * @param item the item
     * @param asOf the day
     * @return the bucket's index
     */
    public int bucketOf(ReceivableItem item, LocalDate asOf) {
        return buckets.indexOf(ageOf(item, asOf));
    }

    /**
     * Ages a stream of items as of a date; the stream is read once and closed.
     *
     * @param items the items, in any order
     * @param asOf the date
     * @return the report
     */
    public AgingReport report(Stream<ReceivableItem> items, LocalDate asOf) {
        Objects.requireNonNull(items, "items");
        try (items) {
            return report(items.iterator(), asOf);
        }
    }

    /**
     * Ages items as of a date.
     *
     * @param items the items, in any order
     * @param asOf the date
     * @return the report
     */
    public AgingReport report(Iterable<ReceivableItem> items, LocalDate asOf) {
        Objects.requireNonNull(items, "items");
        return report(items.iterator(), asOf);
    }

    private AgingReport report(Iterator<ReceivableItem> items, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        long day = asOf.toEpochDay();
        int size = buckets.size();
        PerCustomer<BigDecimal[]> sums = new PerCustomer<>(() -> AgingReport.zeros(size));
        while (items.hasNext()) {
            ReceivableItem item = items.next();
            if (item.issueEpochDay() > day) {
                continue;
            }
            BigDecimal open = item.openOn(day);
            if (open.signum() == 0) {
                continue;
            }
            int index = index(day - basisDay(item));
            BigDecimal[] row = sums.get(item.customerNumber(), item.currency());
            row[index] = row[index].add(open);
        }
        List<AgingRow> rows = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        Map<String, CurrencyUnit> currencies = new TreeMap<>();
        for (PerCustomer.Entry<BigDecimal[]> entry : sums.entries()) {
            rows.add(AgingReport.row(entry.customer(), entry.currency(), entry.value()));
            String code = entry.currency().getCurrencyCode();
            currencies.put(code, entry.currency());
            BigDecimal[] total = totals.computeIfAbsent(code, c -> AgingReport.zeros(size));
            for (int i = 0; i < size; i++) {
                total[i] = total[i].add(entry.value()[i]);
            }
        }
        List<AgingRow> totalRows = new ArrayList<>();
        totals.forEach((code, total) ->
                totalRows.add(AgingReport.row(AgingReport.ALL_CUSTOMERS, currencies.get(code), total)));
        return new AgingReport(asOf, basis, buckets, rows, totalRows);
    }

    private long basisDay(ReceivableItem item) {
        return basis == AgingBasis.DUE_DATE ? item.dueEpochDay() : item.issueEpochDay();
    }

    private int index(long age) {
        if (age <= 0) {
            return 0;
        }
        for (int i = 0; i < edges.length; i++) {
            if (age <= edges[i]) {
                return i + 1;
            }
        }
        return edges.length + 1;
    }

    @Override
    public String toString() {
        return "Aging[" + basis + ", edges " + buckets.upperEdges() + "]";
    }
}
