package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.numbering.NumberPatternTest.onlyViolationOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.party.Party;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InMemorySequenceStoreTest {
    private static final CounterKey FA_2026 = CounterKey.of("812345676", "FA", "2026");
    private static final CounterKey AV_2026 = CounterKey.of("812345676", "AV", "2026");

    private static final int THREADS = 8;
    private static final int NUMBERS_PER_THREAD = 10_000;

    private final InMemorySequenceStore store = InMemorySequenceStore.create();

    @Test
    void aCounterStartsAtOneAndCountsUp() {
        assertThat(store.next(FA_2026)).isEqualTo(1);
        assertThat(store.next(FA_2026)).isEqualTo(2);
        assertThat(store.next(FA_2026)).isEqualTo(3);
        assertThat(store.next(AV_2026)).isEqualTo(1);
    }

    @Test
    void peekingNeitherConsumesNorCreates() {
        assertThat(store.peek(FA_2026)).isEqualTo(1);
        assertThat(store.peek(FA_2026)).isEqualTo(1);
        assertThat(store).hasToString("InMemorySequenceStore[0 counters]");
        assertThat(store.next(FA_2026)).isEqualTo(1);
        assertThat(store.peek(FA_2026)).isEqualTo(2);
    }

    @Test
    void advancingMovesTheNextValueForward() {
        store.next(FA_2026);

        // invoiceninja #9562: a series continued from another system starts at 10332
        store.advanceTo(FA_2026, 10_332);

        assertThat(store.peek(FA_2026)).isEqualTo(10_332);
        assertThat(store.next(FA_2026)).isEqualTo(10_332);
        assertThat(store.peek(AV_2026)).isEqualTo(1);
    }

    @Test
    void advancingANewCounterSetsItsFirstValue() {
        store.advanceTo(FA_2026, 500);

        assertThat(store.next(FA_2026)).isEqualTo(500);
    }

    @Test
    void advancingToTheNextValueChangesNothing() {
        store.next(FA_2026);

        store.advanceTo(FA_2026, 2);

        assertThat(store.next(FA_2026)).isEqualTo(2);
    }

    @Test
    void aCounterNeverMovesBack() {
        store.advanceTo(FA_2026, 8);

        Violation violation = onlyViolationOf(() -> store.advanceTo(FA_2026, 5));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-02");
        assertThat(violation.path()).isEqualTo("nextValue");
        assertThat(violation.message())
                .isEqualTo("counter 812345676/FA/2026 cannot move back from 8 to 5: numbers would be given twice");
        assertThat(store.peek(FA_2026)).isEqualTo(8);
    }

    @Test
    void aNextValueBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> store.advanceTo(FA_2026, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.advanceTo(FA_2026, Long.MAX_VALUE)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aCounterAtItsLastValueRefusesToWrap() {
        store.advanceTo(FA_2026, Long.MAX_VALUE - 1);

        assertThat(store.next(FA_2026)).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(store.next(FA_2026)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> store.next(FA_2026)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentCallersOfOneCounterGetEveryValueOnce() throws Exception {
        List<Long> values = runConcurrently(() -> {
            List<Long> mine = new ArrayList<>(NUMBERS_PER_THREAD);
            for (int i = 0; i < NUMBERS_PER_THREAD; i++) {
                mine.add(store.next(FA_2026));
            }
            return mine;
        });

        assertThat(values.stream().sorted().toList())
                .isEqualTo(LongStream.rangeClosed(1, THREADS * NUMBERS_PER_THREAD)
                        .boxed()
                        .toList());
    }

    /**
     * 8 threads issue 10,000 numbers each through patterns, spread over two sellers, two series and two years: the
     * numbers of each scope form 1..n exactly, with no gap and no duplicate.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theNumbersOfEachScopeAreExactlyOneToN() throws Exception {
        PatternNumbering numbering = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .series(DocumentType.CREDIT_NOTE, "AV", "AV-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();
        List<NumberingRequest> requests = new ArrayList<>();
        for (Party seller : List.of(NumberingFixtures.ATELIER, NumberingFixtures.BUREAU)) {
            for (DocumentType type : List.of(DocumentType.COMMERCIAL_INVOICE, DocumentType.CREDIT_NOTE)) {
                for (LocalDate date : List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))) {
                    requests.add(NumberingFixtures.request(seller, type, date));
                }
            }
        }
        ConcurrentLinkedQueue<String> issued = new ConcurrentLinkedQueue<>();
        AtomicInteger threadIndex = new AtomicInteger();

        runConcurrently(() -> {
            int offset = threadIndex.getAndIncrement();
            for (int i = 0; i < NUMBERS_PER_THREAD; i++) {
                NumberingRequest request = requests.get((i + offset) % requests.size());
                issued.add(PatternNumbering.defaultSellerId(request.seller()) + " " + numbering.nextNumber(request));
            }
            return List.of();
        });

        Map<String, List<Long>> byScope = new TreeMap<>();
        for (String number : issued) {
            String scope = number.substring(0, number.lastIndexOf('-'));
            long sequence = Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
            byScope.computeIfAbsent(scope, k -> new ArrayList<>()).add(sequence);
        }
        assertThat(issued).hasSize(THREADS * NUMBERS_PER_THREAD).doesNotHaveDuplicates();
        assertThat(byScope)
                .containsOnlyKeys(
                        "303265045 AV-2026",
                        "303265045 AV-2027",
                        "303265045 FA-2026",
                        "303265045 FA-2027",
                        "812345676 AV-2026",
                        "812345676 AV-2027",
                        "812345676 FA-2026",
                        "812345676 FA-2027");
        byScope.forEach((scope, sequences) -> assertThat(
                        sequences.stream().sorted().toList())
                .as(scope)
                .isEqualTo(LongStream.rangeClosed(1, sequences.size()).boxed().toList()));
    }

    private static List<Long> runConcurrently(Callable<List<Long>> work) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            executor.shutdownNow();
        }
    }
}
