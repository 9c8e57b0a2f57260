package org.echeance.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README table computed from JMH JSON: ratios of times, whatever the mode and unit of each side. */
class ResultsTableTest {

    @Test
    void ratiosCompareTimesPerOperationAcrossModesAndUnits(@TempDir Path dir) throws Exception {
        Path older = dir.resolve("older.json");
        Path newer = dir.resolve("newer.json");
        Files.writeString(
                older,
                "[" + run("JdbcNumberingBenchmark.jdbcSequenceStoreNext", "thrpt", 1000, "ops/s", "")
                        + "," + run("JdbcNumberingBenchmark.rawSelectForUpdateThenUpdate", "thrpt", 1500, "ops/s", "")
                        + "]",
                StandardCharsets.UTF_8);
        // a newer run replaces the older one; the baseline is in microseconds per operation
        Files.writeString(
                newer,
                "[" + run("JdbcNumberingBenchmark.jdbcSequenceStoreNext", "thrpt", 1400, "ops/s", "")
                        + "," + run("RecurrenceBenchmark.echeance", "avgt", 69, "us/op", "\"rule\":\"LAST_WEEKDAY\"")
                        + "," + run("RecurrenceBenchmark.libRecur", "avgt", 0.138, "ms/op", "\"rule\":\"LAST_WEEKDAY\"")
                        + "," + run("InMemoryNumberingBenchmark.nextOneCounter", "thrpt", 0.172, "ops/ns", "")
                        + "]",
                StandardCharsets.UTF_8);

        String table = print(ResultsTable.read(List.of(older, newer)));

        // 1/1400 s against 1/1500 s: 1500/1400 = 1.07, within 1.2
        assertThat(table).containsPattern("gap-free JDBC numbering on H2 \\(number.*\\| 1\\.07 \\| yes \\|");
        // 69 us against 138 us
        assertThat(table).containsPattern("LAST_WEEKDAY, vs lib-recur \\|.*\\| 0\\.50 \\| yes \\|");
        // 0.172 ops/ns is 172 M ops/s, above 10 M
        assertThat(table).containsPattern("in-memory numbering.*\\| — \\| — \\| yes \\|");
        // no result for the other recurrence rules: no row
        assertThat(table).doesNotContain("MONTHLY_31_RFC");
        assertThat(table).contains("Measured on ");
    }

    @Test
    void aMissedGoalIsReportedAsSuch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(
                file,
                "[" + run("JdbcNumberingBenchmark.jdbcSequenceStoreNext", "thrpt", 1000, "ops/s", "")
                        + "," + run("JdbcNumberingBenchmark.rawSelectForUpdateThenUpdate", "thrpt", 1300, "ops/s", "")
                        + "]",
                StandardCharsets.UTF_8);

        assertThat(print(ResultsTable.read(List.of(file)))).containsPattern("\\(number.*\\| 1\\.30 \\| no \\|");
    }

    private static String print(ResultsTable.Results results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultsTable.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String run(String benchmark, String mode, double score, String unit, String params) {
        return "{\"benchmark\":\"org.echeance.benchmarks." + benchmark + "\",\"mode\":\"" + mode + "\","
                + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\","
                + (params.isEmpty() ? "" : "\"params\":{" + params + "},")
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"" + unit + "\"}}";
    }
}
