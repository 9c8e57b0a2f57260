package org.echeance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.validation.ValidationException;
import org.echeance.json.EcheanceModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Expands a recurrence rule: {@code echeance rrule expand --start DATE --rule RRULE [--count N] [--mode rfc|billing]},
 * or many rules at once with {@code echeance rrule expand --batch}.
 *
 * <p>The single form prints one ISO date per line. {@code --count} caps the output; it is required for a rule without
 * {@code COUNT} or {@code UNTIL}, which never ends; without it a finite rule prints all its dates, at most 10,000. The
 * mode is {@code rfc} (RFC 5545: days a month does not have are skipped) unless {@code billing} (they become the
 * month's last day). Exits with 0 when the dates are printed, 1 when the rule is invalid (the reason on standard error,
 * {@code echeance: …}), 2 on a usage error.
 *
 * <p>The batch form reads lines {@code START<TAB>RULE<TAB>N} from standard input and writes, for each input line, its
 * number (from 1), a tab and the first N dates in RFC 5545 mode separated by commas ({@code 1<TAB>2025-01-31,…}), or
 * the number, a tab and {@code ERROR} with the reason ({@code 2<TAB>ERROR rrule.BYMONTHDAY: …}). An error on one line
 * does not stop the others. Exits with 0 when every line was expanded, 1 when a line had an error.
 *
 * <p>With {@code --json} the dates are printed as JSON through the {@code echeance-json} module: one document
 * {@code {"rule":"FREQ=…","start":"2025-01-31","mode":"rfc","dates":["2025-01-31",…]}}, or in batch mode one such
 * document per input line ({@code "line"} numbered from 1; {@code "error"} instead of the dates for a bad line).
 * Without it the output is unchanged.
 */
@Command(
        name = "expand",
        description = {
            "Print the dates of a recurrence rule from a start date, one ISO date per line.",
            "With --batch, read START<TAB>RULE<TAB>N lines from standard input and write",
            "LINE_NUMBER<TAB>DATE,DATE,... (RFC 5545 mode) or LINE_NUMBER<TAB>ERROR reason",
            "for each line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:dates printed", "1:a rule or a batch line is invalid", "2:usage error"})
final class RruleExpandCommand implements Callable<Integer> {
    /** The most dates printed for a finite rule without {@code --count}, and the most N of a batch line. */
    static final int MAX_DATES = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--start",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "The start date (DTSTART), YYYY-MM-DD.")
    private LocalDate start;

    @Option(names = "--rule", paramLabel = "RRULE", description = "The rule, for example FREQ=MONTHLY;BYMONTHDAY=-1.")
    private String rule;

    @Option(
            names = "--count",
            paramLabel = "N",
            description = "Print at most N dates; required for a rule without COUNT or UNTIL.")
    private Integer count;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            converter = ModeConverter.class,
            description = "rfc (default): skip days a month does not have; billing: use the month's last day.")
    private ExpansionMode mode;

    @Option(names = "--batch", description = "Read START<TAB>RULE<TAB>N lines from standard input.")
    private boolean batch;

    @Option(names = "--json", description = "Print JSON (one document per batch line) instead of plain dates.")
    private boolean json;

    /** Writes the JSON documents; the rule in RRULE text through the Echeance module. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new EcheanceModule());

    /**
     * Expands the rule, or every line of standard input with {@code --batch}.
     *
     * @return 0 when every rule was expanded, 1 when a rule was invalid
     * @throws ParameterException on missing or conflicting options, so that picocli exits with 2
     */
    @Override
    public Integer call() {
        if (batch) {
            if (start != null || rule != null || count != null || mode != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--batch reads START<TAB>RULE<TAB>N lines from standard input and takes no other option");
            }
            return expandBatch(input(), spec.commandLine().getOut(), json);
        }
        if (start == null || rule == null) {
            throw new ParameterException(
                    spec.commandLine(), "Missing required options: --start and --rule (or --batch)");
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "--count: " + count + " is below 1");
        }
        RecurrenceRule parsed;
        try {
            parsed = RecurrenceRule.parse(rule);
        } catch (ValidationException e) {
            spec.commandLine().getErr().println("echeance: " + e.getMessage());
            return 1;
        }
        if (count == null && !parsed.isFinite()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--count is required: " + parsed + " has no COUNT or UNTIL, so its dates never end");
        }
        int limit = count == null ? MAX_DATES : count;
        PrintWriter out = spec.commandLine().getOut();
        ExpansionMode chosen = mode == null ? ExpansionMode.RFC_5545 : mode;
        Iterator<LocalDate> dates = parsed.iterator(start, chosen);
        if (json) {
            List<String> list = new ArrayList<>();
            for (int printed = 0; printed < limit && dates.hasNext(); printed++) {
                list.add(dates.next().toString());
            }
            out.println(document(null, parsed, start, chosen, list, null));
            out.flush();
            return 0;
        }
        for (int printed = 0; printed < limit && dates.hasNext(); printed++) {
            out.println(dates.next());
        }
        out.flush();
        return 0;
    }

    /** Returns one JSON document of an expansion, or of a batch line's error. */
    private static String document(
            Integer line, RecurrenceRule rule, LocalDate from, ExpansionMode chosen, List<String> dates, String error) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (line != null) {
            document.put("line", line);
        }
        if (error != null) {
            document.put("error", error);
        } else {
            document.put("rule", rule);
            document.put("start", from.toString());
            document.put("mode", chosen == ExpansionMode.BILLING ? "billing" : "rfc");
            document.put("dates", dates);
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int expandBatch(InputStream input, PrintWriter out, boolean asJson) {
        boolean allExpanded = true;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String result;
                try {
                    result = asJson ? expandLineAsJson(number, line) : expandLine(line);
                } catch (ValidationException | IllegalArgumentException e) {
                    result = asJson
                            ? document(number, null, null, null, null, oneLine(e.getMessage()))
                            : "ERROR " + oneLine(e.getMessage());
                    allExpanded = false;
                }
                out.println(asJson ? result : number + "\t" + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
        out.flush();
        return allExpanded ? 0 : 1;
    }

    /** Returns the comma-separated dates of one batch line. */
    private static String expandLine(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected START<TAB>RULE<TAB>N, found " + fields.length
                    + (fields.length == 1 ? " field" : " fields"));
        }
        LocalDate lineStart = DateConverter.date(fields[0].strip());
        RecurrenceRule lineRule = RecurrenceRule.parse(fields[1]);
        int limit = occurrences(fields[2].strip());
        StringJoiner dates = new StringJoiner(",");
        lineRule.first(lineStart, limit).forEach(date -> dates.add(date.toString()));
        return dates.toString();
    }

    /** Returns the JSON document of one batch line. */
    private static String expandLineAsJson(int number, String line) {
        String dates = expandLine(line);
        String[] fields = line.split("\t", -1);
        return document(
                number,
                RecurrenceRule.parse(fields[1]),
                DateConverter.date(fields[0].strip()),
                ExpansionMode.RFC_5545,
                dates.isEmpty() ? List.of() : List.of(dates.split(",")),
                null);
    }

    private static int occurrences(String text) {
        if (text.matches("[0-9]{1,5}")) {
            int value = Integer.parseInt(text);
            if (value <= MAX_DATES) {
                return value;
            }
        }
        throw new IllegalArgumentException("N: '" + text + "' is not a whole number from 0 to " + MAX_DATES);
    }

    /** Keeps an error message on its output line. */
    private static String oneLine(String message) {
        return message == null
                ? "invalid line"
                : message.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** Returns standard input, or the stream the tool was given when run from a test. */
    private InputStream input() {
        Object root = spec.root().userObject();
        return root instanceof EcheanceCommand ? ((EcheanceCommand) root).input() : System.in;
    }

    /** Reads a start date as an ISO date from the year 1 to 9999, with a message a person can act on. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return date(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        static LocalDate date(String value) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() >= 1 && date.getYear() <= 9999) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw new IllegalArgumentException(
                    "'" + value + "' is not a date from 0001-01-01 to 9999-12-31, expected YYYY-MM-DD");
        }
    }

    /** Reads {@code --mode}, case-insensitively. */
    static final class ModeConverter implements ITypeConverter<ExpansionMode> {
        @Override
        public ExpansionMode convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "rfc":
                    return ExpansionMode.RFC_5545;
                case "billing":
                    return ExpansionMode.BILLING;
                default:
                    throw new TypeConversionException("'" + value + "' is not a mode, expected rfc or billing");
            }
        }
    }
}
