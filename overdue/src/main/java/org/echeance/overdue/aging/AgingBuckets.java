package org.echeance.overdue.aging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * The columns of an aging report, given by their upper edges in days.
 *
 * <p><b>Edges.</b> The age of an open amount on the as-of date {@code D} is {@code D − basis date} in days (see
 * {@link AgingBasis}). With edges {@code e1 < e2 < … < en}, the buckets are:
 *
 * <ul>
 *   <li>bucket 0: age {@code <= 0}: not yet due (an installment due on {@code D} itself is not yet overdue, as in
 *       {@link org.echeance.core.ledger.OpenItem#isOverdueOn});
 *   <li>bucket {@code k}: {@code e(k-1) + 1 <= age <= ek}, both ends included ({@code e0 = 0});
 *   <li>the last bucket: age {@code > en}.
 * </ul>
 *
 * <p>The default ({@link #standard()}) has edges 30, 60, 90: not yet due, 1-30, 31-60, 61-90, over 90 days. For
 * example, as of 31 March, an installment due on 1 March is 30 days old (1-30) and one due on 28 February is 31 days
 * old (31-60).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param upperEdges the upper edges of the bounded overdue buckets, strictly increasing, from 1
 */
public record AgingBuckets(List<Integer> upperEdges) {
    private static final AgingBuckets STANDARD = new AgingBuckets(List.of(30, 60, 90));

    /**
     * Creates the buckets.
     *
     * @throws ValidationException if there is no edge, an edge is below 1 or the edges do not strictly increase
     *     ({@code ECH-OVERDUE-12})
     */
    public AgingBuckets {
        upperEdges = List.copyOf(Objects.requireNonNull(upperEdges, "upperEdges"));
        if (upperEdges.isEmpty()) {
            throw ValidationException.of("ECH-OVERDUE-12", "upperEdges", "[] has no edge; give at least one");
        }
        for (int i = 0; i < upperEdges.size(); i++) {
            int previous = i == 0 ? 0 : upperEdges.get(i - 1);
            if (upperEdges.get(i) <= previous) {
                throw ValidationException.of(
                        "ECH-OVERDUE-12",
                        "upperEdges[" + i + "]",
                        upperEdges.get(i) + " is not above " + previous + "; edges are days late, strictly"
                                + " increasing from 1");
            }
        }
    }

    /**
     * Returns the usual buckets: not yet due, 1-30, 31-60, 61-90, over 90 days.
     *
     * @return the buckets
     */
    public static AgingBuckets standard() {
        return STANDARD;
    }

    /**
     * Returns buckets with some upper edges, for example {@code of(30, 60, 90, 120)} for a column 91-120 and one
     * over 120.
     *
     * @param upperEdges the edges in days, strictly increasing from 1
     * @return the buckets
     * @throws ValidationException if the edges break a rule ({@code ECH-OVERDUE-12})
     */
    public static AgingBuckets of(int... upperEdges) {
        List<Integer> edges = new ArrayList<>();
        for (int edge : upperEdges) {
            edges.add(edge);
        }
        return new AgingBuckets(edges);
    }

    /**
     * Returns the number of buckets: the edges plus two.
     *
     * @return the count
     */
    public int size() {
        return upperEdges.size() + 2;
    }

    /**
     * Returns the bucket of an age.
     *
     * @param ageDays the age in days, negative before the basis date
     * @return the bucket's index, from 0 to {@code size() - 1}
     */
    public int indexOf(long ageDays) {
        if (ageDays <= 0) {
            return 0;
        }
        int n = upperEdges.size();
        for (int i = 0; i < n; i++) {
            if (ageDays <= upperEdges.get(i)) {
                return i + 1;
            }
        }
        return n + 1;
    }

    /**
     * Returns the buckets, in order.
     *
     * @return the buckets
     */
    public List<AgingBucket> buckets() {
        List<AgingBucket> result = new ArrayList<>();
        result.add(new AgingBucket(0, Optional.empty(), Optional.of(0)));
        for (int i = 0; i < upperEdges.size(); i++) {
            int from = (i == 0 ? 0 : upperEdges.get(i - 1)) + 1;
            result.add(new AgingBucket(i + 1, Optional.of(from), Optional.of(upperEdges.get(i))));
        }
        result.add(new AgingBucket(
                upperEdges.size() + 1, Optional.of(upperEdges.get(upperEdges.size() - 1) + 1), Optional.empty()));
        return result;
    }

    /**
     * Returns the edges as an array, for hot loops.
     *
     * @return a new array of the edges
     */
    int[] edges() {
        return upperEdges.stream().mapToInt(Integer::intValue).toArray();
    }
}
