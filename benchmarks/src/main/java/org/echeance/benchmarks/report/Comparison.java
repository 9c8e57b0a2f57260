package org.echeance.benchmarks.report;

import java.util.List;
import java.util.Optional;

/**
 * One row of the README's benchmark table: our benchmark, the baseline it is compared with (or an absolute
 * throughput goal), and the goal.
 *
 * @param title what is measured
 * @param goal the goal as the README states it
 * @param ours our benchmark's key ({@code class.method}, with {@code [param=value]} for a parameterised one)
 * @param baseline the baseline's key, empty for an absolute goal
 * @param maxRatio the largest ratio (our time / baseline time) that meets the goal
 * @param minOpsPerSecond the smallest throughput that meets an absolute goal
 */
public record Comparison(
        String title, String goal, String ours, Optional<String> baseline, double maxRatio, double minOpsPerSecond) {
    private static final String PACKAGE = "org.echeance.benchmarks.";

    /** Every comparison the README reports, in its order. */
    public static final List<Comparison> ALL = List.of(
            absolute(
                    "in-memory numbering, one counter, one thread",
                    "≥ 10 M numbers/s",
                    "InMemoryNumberingBenchmark.nextOneCounter",
                    10_000_000),
            ratio(
                    "gap-free JDBC numbering on H2 (number + log + commit) vs hand-written SELECT … FOR UPDATE +"
                            + " UPDATE + commit",
                    "≤ 1.2×",
                    "JdbcNumberingBenchmark.jdbcSequenceStoreNext",
                    "JdbcNumberingBenchmark.rawSelectForUpdateThenUpdate",
                    1.2),
            ratio(
                    "gap-free JDBC numbering on H2 vs hand-written JDBC doing the same work (lock, increment, log)",
                    "—",
                    "JdbcNumberingBenchmark.jdbcSequenceStoreNext",
                    "JdbcNumberingBenchmark.rawSelectForUpdateUpdateAndLog",
                    Double.POSITIVE_INFINITY),
            recurrence("MONTHLY_31_RFC"),
            recurrence("MONTHLY_31_BILLING"),
            recurrence("WEEKLY_MO_WE_FR"),
            recurrence("LAST_WEEKDAY"));

    /**
     * Returns a comparison with a baseline.
     *
     * @param title what is measured
     * @param goal the goal as stated
     * @param ours our benchmark, relative to the benchmarks package
     * @param baseline the baseline, relative to the benchmarks package
     * @param maxRatio the largest ratio that meets the goal
     * @return the comparison
     */
    public static Comparison ratio(String title, String goal, String ours, String baseline, double maxRatio) {
        return new Comparison(title, goal, PACKAGE + ours, Optional.of(PACKAGE + baseline), maxRatio, 0);
    }

    /**
     * Returns an absolute throughput goal.
     *
     * @param title what is measured
     * @param goal the goal as stated
     * @param ours our benchmark, relative to the benchmarks package
     * @param minOpsPerSecond the smallest throughput that meets the goal
     * @return the comparison
     */
    public static Comparison absolute(String title, String goal, String ours, double minOpsPerSecond) {
        return new Comparison(title, goal, PACKAGE + ours, Optional.empty(), 0, minOpsPerSecond);
    }

    private static Comparison recurrence(String rule) {
        return ratio(
                "RRULE expansion of 10,000 occurrences, " + rule + ", vs lib-recur",
                "not slower",
                "RecurrenceBenchmark.echeance[rule=" + rule + "]",
                "RecurrenceBenchmark.libRecur[rule=" + rule + "]",
                1.0);
    }
}
