package org.echeance.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH JSON result files into the README's benchmark table: for each {@link Comparison}, our time per
 * operation, the baseline's, their ratio (our time / baseline time) and whether the goal is met, followed by the
 * machine, the JDK and the date.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.echeance.benchmarks.report.ResultsTable
 * benchmarks/results/*.json}. When a benchmark appears in several files, the newest file wins (files are read in
 * the order given; later ones replace earlier ones). A comparison whose benchmarks are in no file is left out.
 */
public final class ResultsTable {
    private ResultsTable() {}

    /**
     * Prints the table for the given result files to standard output.
     *
     * @param args JMH JSON result files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ResultsTable RESULT.json...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(Path.of(arg));
        }
        print(read(files), System.out);
    }

    /**
     * Reads result files into scores by benchmark key ({@code class.method} plus {@code [param=value,…]}).
     *
     * @param files JMH JSON result files, oldest first
     * @return the scores
     * @throws IOException if a file cannot be read
     */
    public static Results read(List<Path> files) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Score> scores = new LinkedHashMap<>();
        String jdk = "";
        for (Path file : files) {
            JsonNode root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            for (JsonNode run : root) {
                String key = key(run);
                JsonNode metric = run.path("primaryMetric");
                scores.put(
                        key,
                        new Score(
                                metric.path("score").asDouble(),
                                metric.path("scoreError").asDouble(),
                                metric.path("scoreUnit").asText(),
                                run.path("mode").asText()));
                jdk = run.path("vmName").asText() + " " + run.path("jdkVersion").asText();
            }
        }
        return new Results(scores, jdk);
    }

    /**
     * Prints the Markdown table of every comparison found in the results, then the machine line.
     *
     * @param results the scores
     * @param out where to print
     */
    public static void print(Results results, PrintStream out) {
        out.println("| benchmark | goal | ours | baseline | ratio (our time / baseline time) | goal met |");
        out.println("|---|---|---|---|---|---|");
        for (Comparison comparison : Comparison.ALL) {
            Optional<Score> ours = results.find(comparison.ours());
            if (ours.isEmpty()) {
                continue;
            }
            if (comparison.baseline().isEmpty()) {
                double opsPerSecond = ours.get().opsPerSecond();
                String met = comparison.minOpsPerSecond() <= 0
                        ? "—"
                        : opsPerSecond >= comparison.minOpsPerSecond() ? "yes" : "no";
                out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | — | — | %s |%n",
                        comparison.title(),
                        comparison.goal(),
                        ours.get().describe(),
                        met);
                continue;
            }
            Optional<Score> baseline = results.find(comparison.baseline().get());
            if (baseline.isEmpty()) {
                continue;
            }
            double ratio = ours.get().secondsPerOp() / baseline.get().secondsPerOp();
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %.2f | %s |%n",
                    comparison.title(),
                    comparison.goal(),
                    ours.get().describe(),
                    baseline.get().describe(),
                    ratio,
                    ratio <= comparison.maxRatio() ? "yes" : "no");
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "Measured on %d cores (%s), %d MB heap max, %s, JMH 1.37, %s.%n",
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                results.jdk(),
                LocalDate.now());
    }

    private static String key(JsonNode run) {
        StringBuilder key = new StringBuilder(run.path("benchmark").asText());
        JsonNode params = run.path("params");
        if (params.isObject() && params.size() > 0) {
            key.append('[');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : params.properties()) {
                if (!first) {
                    key.append(',');
                }
                key.append(field.getKey()).append('=').append(field.getValue().asText());
                first = false;
            }
            key.append(']');
        }
        return key.toString();
    }

    private static String cpuModel() {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuInfo)) {
            return System.getProperty("os.arch");
        }
        try {
            for (String line : Files.readAllLines(cpuInfo, StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
        return System.getProperty("os.arch");
    }

    /**
     * The scores read from result files.
     *
     * @param scores score by benchmark key
     * @param jdk the JVM and JDK version of the last run read
     */
    public record Results(Map<String, Score> scores, String jdk) {
        /**
         * Finds a benchmark's score: an exact key, or the benchmark without parameters when it has only one run.
         *
         * @param key {@code class.method} or {@code class.method[param=value,…]}
         * @return the score, empty when not measured
         */
        public Optional<Score> find(String key) {
            Score exact = scores.get(key);
            if (exact != null) {
                return Optional.of(exact);
            }
            List<Score> matches = new ArrayList<>();
            scores.forEach((name, score) -> {
                if (name.startsWith(key + "[")) {
                    matches.add(score);
                }
            });
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
    }

    /**
     * One JMH score.
     *
     * @param score the score
     * @param error the 99.9 % confidence half-width
     * @param unit JMH's unit, such as {@code ops/s} or {@code us/op}
     * @param mode {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
     */
    public record Score(double score, double error, String unit, String mode) {
        /**
         * Returns the time of one operation.
         *
         * @return seconds per operation
         */
        public double secondsPerOp() {
            if (unit.startsWith("ops/")) {
                return seconds(unit.substring(4)) / score;
            }
            return score * seconds(unit.substring(0, unit.indexOf('/')));
        }

        /**
         * Returns the number of operations per second.
         *
         * @return operations per second
         */
        public double opsPerSecond() {
            return 1 / secondsPerOp();
        }

        /**
         * Describes the score readably: throughputs in operations per second with k or M, times in their unit.
         *
         * @return for example {@code 137 k ± 62 k ops/s} or {@code 69.0 ± 1.2 us/op}
         */
        public String describe() {
            if (unit.startsWith("ops/")) {
                double perSecond = 1 / seconds(unit.substring(4));
                return scaled(score * perSecond) + " ± " + scaled(error * perSecond) + " ops/s";
            }
            return number(score) + " ± " + number(error) + " " + unit;
        }

        private static String scaled(double value) {
            if (value >= 1e6) {
                return number(value / 1e6) + " M";
            }
            if (value >= 1e3) {
                return number(value / 1e3) + " k";
            }
            return number(value);
        }

        /** Three significant digits, without an exponent: {@code 1480}, {@code 66.4}, {@code 0.550}. */
        private static String number(double value) {
            if (Math.abs(value) >= 100) {
                return String.format(Locale.ROOT, "%.0f", value);
            }
            return String.format(Locale.ROOT, "%.3g", value);
        }

        private static double seconds(String unit) {
            switch (unit) {
                case "s":
                    return 1;
                case "ms":
                    return 1e-3;
                case "us":
                    return 1e-6;
                case "ns":
                    return 1e-9;
                case "min":
                    return 60;
                default:
                    throw new IllegalArgumentException("unknown JMH time unit " + unit);
            }
        }
    }
}
