package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.numbering.JdbcTestDatabases.committed;
import static org.echeance.numbering.JdbcTestDatabases.insertInvoice;
import static org.echeance.numbering.JdbcTestDatabases.invoiceNumbers;
import static org.echeance.numbering.JdbcTestDatabases.loggedValues;
import static org.echeance.numbering.JdbcTestDatabases.newSellerId;
import static org.echeance.numbering.JdbcTestDatabases.openTransaction;
import static org.echeance.numbering.JdbcTestDatabases.setLockTimeout;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.echeance.numbering.JdbcTestDatabases.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many transactions numbering at once on a real database, some rolled back: the committed numbers of each counter
 * form exactly 1..n (peer lesson N1), and counters of different series never wait for each other (N3).
 */
class JdbcSequenceStoreConcurrencyTest {
    @RegisterExtension
    static final JdbcTestDatabases DATABASES = new JdbcTestDatabases();

    private static final int THREADS = 8;
    private static final int TRANSACTIONS_PER_THREAD = 500;
    private static final long SEED = 20_261_231L;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void committedNumbersOfEachScopeAreExactlyOneToNWithRandomRollbacks(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        List<CounterKey> keys = List.of(
                CounterKey.of(seller, "FA", "2026"),
                CounterKey.of(seller, "AV", "2026"),
                CounterKey.of(seller, "FA", "2027"));
        // As with Spring, the store asks for "the connection of this thread's transaction".
        ThreadLocal<Connection> transaction = new ThreadLocal<>();
        JdbcSequenceStore store = JdbcSequenceStore.of(transaction::get);
        Map<CounterKey, AtomicInteger> committedCount = new ConcurrentHashMap<>();
        keys.forEach(key -> committedCount.put(key, new AtomicInteger()));
        AtomicInteger rolledBack = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(SEED + t);
                workers.add(pool.submit(() -> {
                    try (Connection connection = openTransaction(dataSource)) {
                        transaction.set(connection);
                        start.await();
                        for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                            CounterKey key = keys.get(random.nextInt(keys.size()));
                            long number = store.next(key);
                            insertInvoice(connection, key, number);
                            if (random.nextInt(100) < 20) {
                                connection.rollback();
                                rolledBack.incrementAndGet();
                            } else {
                                connection.commit();
                                committedCount.get(key).incrementAndGet();
                            }
                        }
                    } finally {
                        transaction.remove();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(rolledBack.get()).isBetween(600, 1000); // about 20 % of 4,000, from the seeded draws
        int committedTotal = 0;
        for (CounterKey key : keys) {
            int n = committedCount.get(key).get();
            committedTotal += n;
            List<Long> oneToN = LongStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
            assertThat(invoiceNumbers(dataSource, key))
                    .as("invoices of %s", key)
                    .isEqualTo(oneToN);
            assertThat(loggedValues(dataSource, key)).as("log of %s", key).isEqualTo(oneToN);
            assertThat(JdbcSequenceStore.autonomous(dataSource).peek(key)).isEqualTo(n + 1L);
        }
        assertThat(committedTotal + rolledBack.get()).isEqualTo(THREADS * TRANSACTIONS_PER_THREAD);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLockedInvoiceCounterNeverBlocksCreditNotesAndALockTimeoutIsReported(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        CounterKey invoices = CounterKey.of(seller, "FA", "2026");
        CounterKey creditNotes = CounterKey.of(seller, "AV", "2026");
        committed(dataSource, connection -> {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
            return store.next(invoices) + store.next(creditNotes);
        });

        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection slow = openTransaction(dataSource)) {
            // Transaction A takes an invoice number and keeps the FA row locked, as if it were still signing a PDF.
            assertThat(JdbcSequenceStore.of(() -> slow).next(invoices)).isEqualTo(2);

            AtomicLong creditNote = new AtomicLong();
            Future<?> b = other.submit(() -> {
                try (Connection connection = openTransaction(dataSource)) {
                    setLockTimeout(connection, engine, 500);
                    JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
                    creditNote.set(store.next(creditNotes)); // another row: no wait
                    connection.commit();

                    assertThatThrownBy(() -> store.next(invoices)) // the row A holds: waits, then fails loudly
                            .isInstanceOfSatisfying(SequenceStoreException.class, e -> {
                                assertThat(e.isLockFailure()).isTrue();
                                assertThat(e.sqlState()).contains(engine == Engine.POSTGRESQL ? "55P03" : "HYT00");
                                assertThat(e.key()).contains(invoices);
                            });
                    connection.rollback();
                }
                return null;
            });
            b.get(10, TimeUnit.SECONDS);
            assertThat(creditNote.get()).isEqualTo(2);
            slow.commit();
        } finally {
            other.shutdownNow();
            assertThat(other.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(loggedValues(dataSource, invoices)).containsExactly(1L, 2L);
        assertThat(loggedValues(dataSource, creditNotes)).containsExactly(1L, 2L);
    }
}
