package org.echeance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.echeance.numbering.CounterKey;
import org.echeance.numbering.InMemorySequenceStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Measures how many numbers per second the in-memory sequence store hands out (goal: at least 10 million per
 * second on one thread).
 *
 * <p>{@code nextOneCounter} is the common case, one series numbered by one thread; {@code nextAcrossCounters}
 * cycles through 64 counters (sellers × series × years) to include the map lookup on a larger table; {@code
 * nextOneCounterAllThreads} has every available thread numbering in the same counter, the worst contention.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class InMemoryNumberingBenchmark {
    private static final int COUNTERS = 64;

    private InMemorySequenceStore store;
    private CounterKey key;
    private CounterKey[] keys;

    /** Creates an empty store and the counter keys, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        store = InMemorySequenceStore.create();
        key = CounterKey.of("seller-1", "FA", "2026");
        keys = new CounterKey[COUNTERS];
        for (int i = 0; i < COUNTERS; i++) {
            keys[i] = CounterKey.of("seller-" + (i % 8), i % 2 == 0 ? "FA" : "AV", Integer.toString(2020 + i / 16));
        }
    }

    /** Per-thread position in the key table. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int advance() {
            next = (next + 1) & (COUNTERS - 1);
            return next;
        }
    }

    /**
     * Takes the next number of one counter on one thread.
     *
     * @return the number, consumed by JMH
     */
    @Benchmark
    public long nextOneCounter() {
        return store.next(key);
    }

    /**
     * Takes the next number of each of 64 counters in turn on one thread.
     *
     * @param cursor this thread's position
     * @return the number, consumed by JMH
     */
    @Benchmark
    public long nextAcrossCounters(Cursor cursor) {
        return store.next(keys[cursor.advance()]);
    }

    /**
     * Takes the next number of one counter from every available thread at once.
     *
     * @return the number, consumed by JMH
     */
    @Benchmark
    @Threads(Threads.MAX)
    public long nextOneCounterAllThreads() {
        return store.next(key);
    }
}
