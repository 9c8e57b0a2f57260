package org.echeance.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the time to expand 10,000 occurrences of typical billing rules with Echeance's {@link RecurrenceRule} and,
 * side by side, with lib-recur 0.17.1 (the reference implementation of the differential tests) doing the same
 * expansion (goal: not slower).
 *
 * <p>The rules ({@code rule} parameter):
 *
 * <ul>
 *   <li>{@code MONTHLY_31_RFC}: {@code FREQ=MONTHLY} from 31 January 2025, RFC 5545 mode (months without a 31st
 *       are skipped, so 10,000 occurrences reach the 35th century);
 *   <li>{@code MONTHLY_31_BILLING}: the same rule in Echeance's billing mode (clamped to the month's last day); the
 *       lib-recur side expands the RFC 7529 equivalent, {@code RSCALE=GREGORIAN;SKIP=BACKWARD}, which gives the
 *       same dates;
 *   <li>{@code WEEKLY_MO_WE_FR}: {@code FREQ=WEEKLY;BYDAY=MO,WE,FR} from Monday 6 January 2025;
 *   <li>{@code LAST_WEEKDAY}: {@code FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1} (the last working day of the
 *       month) from Friday 31 January 2025.
 * </ul>
 *
 * <p>Rules are parsed once, outside the measurement; each operation creates an iterator from the start date and
 * pulls 10,000 dates. Echeance's side reads each {@code LocalDate}; lib-recur's side uses {@code nextMillis()}, its
 * cheapest output (no {@code DateTime} object per occurrence). {@link #setUp()} first checks that both sides give
 * the same 10,000 dates, so that both do the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RecurrenceBenchmark {
    /** Occurrences expanded per operation. */
    public static final int OCCURRENCES = 10_000;

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The rule expanded. */
    @Param({"MONTHLY_31_RFC", "MONTHLY_31_BILLING", "WEEKLY_MO_WE_FR", "LAST_WEEKDAY"})
    public String rule;

    private RecurrenceRule ours;
    private ExpansionMode mode;
    private LocalDate start;
    private org.dmfs.rfc5545.recur.RecurrenceRule reference;
    private DateTime referenceStart;

    /**
     * Parses the rule for both libraries and checks that they expand it to the same dates.
     *
     * @throws InvalidRecurrenceRuleException if lib-recur refuses the rule
     * @throws IllegalStateException if the two expansions differ
     */
    @Setup(Level.Trial)
    public void setUp() throws InvalidRecurrenceRuleException {
        String text;
        String referenceText;
        switch (rule) {
            case "MONTHLY_31_RFC" -> {
                text = "FREQ=MONTHLY";
                referenceText = text;
                mode = ExpansionMode.RFC_5545;
                start = LocalDate.of(2025, 1, 31);
            }
            case "MONTHLY_31_BILLING" -> {
                text = "FREQ=MONTHLY";
                referenceText = "FREQ=MONTHLY;RSCALE=GREGORIAN;SKIP=BACKWARD";
                mode = ExpansionMode.BILLING;
                start = LocalDate.of(2025, 1, 31);
            }
            case "WEEKLY_MO_WE_FR" -> {
                text = "FREQ=WEEKLY;BYDAY=MO,WE,FR";
                referenceText = text;
                mode = ExpansionMode.RFC_5545;
                start = LocalDate.of(2025, 1, 6);
            }
            case "LAST_WEEKDAY" -> {
                text = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1";
                referenceText = text;
                mode = ExpansionMode.RFC_5545;
                start = LocalDate.of(2025, 1, 31);
            }
            default -> throw new IllegalArgumentException("rule: " + rule + " is not a benchmarked rule");
        }
        ours = RecurrenceRule.parse(text);
        reference = new org.dmfs.rfc5545.recur.RecurrenceRule(referenceText);
        referenceStart = DateTime.parse(BASIC_DATE.format(start));
        Iterator<LocalDate> occurrences = ours.iterator(start, mode);
        RecurrenceRuleIterator referenceOccurrences = reference.iterator(referenceStart);
        for (int i = 0; i < OCCURRENCES; i++) {
            LocalDate date = occurrences.next();
            LocalDate referenceDate =
                    LocalDate.parse(referenceOccurrences.nextDateTime().toString(), BASIC_DATE);
            if (!date.equals(referenceDate)) {
                throw new IllegalStateException(
                        rule + ": occurrence " + i + " is " + date + " here and " + referenceDate + " in lib-recur");
            }
        }
    }

    /**
     * Expands 10,000 occurrences with Echeance.
     *
     * @return a checksum of the dates, consumed by JMH
     */
    @Benchmark
    public long echeance() {
        Iterator<LocalDate> occurrences = ours.iterator(start, mode);
        long sum = 0;
        for (int i = 0; i < OCCURRENCES; i++) {
            sum += occurrences.next().getDayOfMonth();
        }
        return sum;
    }

    /**
     * Expands 10,000 occurrences with lib-recur.
     *
     * @return a checksum of the instants, consumed by JMH
     */
    @Benchmark
    public long libRecur() {
        RecurrenceRuleIterator occurrences = reference.iterator(referenceStart);
        long sum = 0;
        for (int i = 0; i < OCCURRENCES; i++) {
            sum += occurrences.nextMillis();
        }
        return sum;
    }
}
