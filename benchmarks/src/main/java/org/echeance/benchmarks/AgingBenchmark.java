package org.echeance.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.Settlement;
import org.echeance.overdue.aging.Aging;
import org.echeance.overdue.aging.AgingReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures aging 1,000,000 generated receivable items (10,000 customers, one EUR item each of 100 invoices, about a
 * third partly or fully paid) with Echeance's {@link Aging} against a hand-written single loop over the same items
 * (goal: at most 3 times its time).
 *
 * <ul>
 *   <li>{@link #echeanceAging()}: {@code Aging.standard().report(items, asOf)}, the full report with its rows and
 *       totals as {@code MonetaryAmount}s;
 *   <li>{@link #handWrittenLoop()}: one {@code for} loop over the same list, a {@code HashMap} of {@code
 *       BigDecimal[5]} per customer and the bucket edges inlined; it uses the item's own point-in-time open amount
 *       ({@link ReceivableItem#openOn(long)}), so the comparison measures the engine's overhead (stream, per-currency
 *       accumulators, report), not different arithmetic;
 *   <li>{@link #echeanceAgingGenerated()}: the same aging over items generated one at a time by a lazy stream, in a
 *       JVM limited to a 64 MB heap: the memory it needs is bounded by the customers, not the items (the time
 *       includes generating the items).
 * </ul>
 *
 * <p>{@link Ledger#setUp()} prints the heap the one million items hold once generated (after a full GC).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AgingBenchmark {
    /** Items aged per operation. */
    public static final int ITEMS = 1_000_000;

    /** Customers the items belong to. */
    public static final int CUSTOMERS = 10_000;

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int[] EDGES = {30, 60, 90};

    /** The one million items, generated once per fork. */
    @State(Scope.Benchmark)
    public static class Ledger {
        List<ReceivableItem> items;

        /** Generates the items and prints the heap they hold. */
        @Setup(Level.Trial)
        public void setUp() {
            long before = usedHeap();
            items = new ArrayList<>(ITEMS);
            for (int i = 0; i < ITEMS; i++) {
                items.add(generate(i));
            }
            long after = usedHeap();
            System.out.printf(
                    "%n[AgingBenchmark] %,d items hold %,d MB of heap (%d bytes per item)%n",
                    ITEMS, (after - before) >> 20, (after - before) / ITEMS);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Generates item {@code i}, the same on every call. */
    static ReceivableItem generate(int i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        LocalDate issued = START.plusDays(random.nextInt(730));
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(100, 1_000_000), 2);
        ReceivableItem.Builder b = ReceivableItem.builder("C" + (i % CUSTOMERS), "F" + i, EUR)
                .issueDate(issued)
                .dueDate(issued.plusDays(30))
                .amount(Amounts.money(amount, EUR));
        int kind = random.nextInt(3);
        if (kind == 1) {
            b.settlement(Settlement.payment("P" + i, issued.plusDays(random.nextInt(120)), Amounts.money(amount, EUR)));
        } else if (kind == 2) {
            b.settlement(Settlement.payment(
                    "P" + i,
                    issued.plusDays(random.nextInt(120)),
                    Amounts.money(amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN), EUR)));
        }
        return b.build();
    }

    /**
     * Ages the list with Echeance.
     *
     * @param ledger the items
     * @return the report
     */
    @Benchmark
    public AgingReport echeanceAging(Ledger ledger) {
        return Aging.standard().report(ledger.items, AS_OF);
    }

    /**
     * Ages the list with a hand-written loop.
     *
     * @param ledger the items
     * @return the sums per customer
     */
    @Benchmark
    public Map<String, BigDecimal[]> handWrittenLoop(Ledger ledger) {
        long day = AS_OF.toEpochDay();
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (ReceivableItem item : ledger.items) {
            if (item.issueEpochDay() > day) {
                continue;
            }
            BigDecimal open = item.openOn(day);
            if (open.signum() == 0) {
                continue;
            }
            long age = day - item.dueEpochDay();
            int bucket = age <= 0 ? 0 : age <= EDGES[0] ? 1 : age <= EDGES[1] ? 2 : age <= EDGES[2] ? 3 : 4;
            BigDecimal[] row = sums.get(item.customerNumber());
            if (row == null) {
                row = new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                };
                sums.put(item.customerNumber(), row);
            }
            row[bucket] = row[bucket].add(open);
        }
        return sums;
    }

    /**
     * Ages items generated one at a time, in a 64 MB heap.
     *
     * @return the report
     */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx64m"})
    public AgingReport echeanceAgingGenerated() {
        Stream<ReceivableItem> generated = IntStream.range(0, ITEMS).mapToObj(AgingBenchmark::generate);
        return Aging.standard().report(generated, AS_OF);
    }
}
