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
            recurrence("LAST_WEEKDAY"),
            ratio(
                    "aging of 1 M generated items vs a hand-written single loop over the same data",
                    "≤ 3×",
                    "AgingBenchmark.echeanceAging",
                    "AgingBenchmark.handWrittenLoop",
                    3.0),
            recorded("writing a 100-line invoice as CII (EN 16931)", "EInvoiceWriteBenchmark.writeCii"),
            recorded("writing a 100-line invoice as UBL (EN 16931)", "EInvoiceWriteBenchmark.writeUbl"),
            recorded(
                    "reading a 100-line CII invoice (parse, build, recompute, validate)",
                    "EInvoiceReadBenchmark.readCii"),
            recorded(
                    "reading a 100-line UBL invoice (parse, build, recompute, validate)",
                    "EInvoiceReadBenchmark.readUbl"),
            ratio(
                    "a 20-line invoice to JSON and back vs plain Jackson on an equivalent POJO",
                    "≤ 2×",
                    "JsonBenchmark.echeanceRoundTrip",
                    "JsonBenchmark.plainJacksonRoundTrip",
                    2.0),
            ratio(
                    "a 20-line invoice to PDF vs a minimal hand-written iText program drawing a similar page",
                    "≤ 1.5×",
                    "PdfBenchmark.echeanceInvoice",
                    "PdfBenchmark.handWrittenIText",
                    1.5),
            ratio(
                    "a 20-line invoice to Factur-X (PDF/A-3 + CII) vs the same invoice as plain PDF",
                    "≤ 2×",
                    "PdfBenchmark.echeanceFacturX",
                    "PdfBenchmark.echeanceInvoice",
                    2.0));

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

    /**
     * Returns a throughput that is recorded without a goal.
     *
     * @param title what is measured
     * @param ours our benchmark, relative to the benchmarks package
     * @return the comparison
     */
    public static Comparison recorded(String title, String ours) {
        return new Comparison(title, "recorded", PACKAGE + ours, Optional.empty(), 0, 0);
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
