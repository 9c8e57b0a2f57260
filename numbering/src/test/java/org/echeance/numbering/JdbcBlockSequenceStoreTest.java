package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.numbering.JdbcTestDatabases.loggedValues;
import static org.echeance.numbering.JdbcTestDatabases.newSellerId;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.echeance.core.validation.ValidationException;
import org.echeance.numbering.JdbcTestDatabases.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fast, not gap-free block store: unique across nodes, with gaps and out of order across nodes. */
class JdbcBlockSequenceStoreTest {
    @RegisterExtension
    static final JdbcTestDatabases DATABASES = new JdbcTestDatabases();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eachNodeServesItsOwnBlockSoNumbersHaveGapsAndAreNotChronologicalAcrossNodes(Engine engine)
            throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "REF", "");
        JdbcBlockSequenceStore nodeA = JdbcBlockSequenceStore.of(dataSource, 10);
        JdbcBlockSequenceStore nodeB = JdbcBlockSequenceStore.of(dataSource, 10, engine.dialect());

        assertThat(nodeA.isGapFree()).isFalse();
        assertThat(nodeA.peek(key)).isEqualTo(1);
        assertThat(nodeA.next(key)).isEqualTo(1);
        assertThat(nodeB.peek(key)).isEqualTo(11); // A holds 1..10
        assertThat(nodeB.next(key)).isEqualTo(11);
        assertThat(nodeA.next(key)).isEqualTo(2); // issued after 11
        assertThat(nodeA.peek(key)).isEqualTo(3);

        // A node that stops loses the rest of its block: a new node starts after every reserved block.
        JdbcBlockSequenceStore nodeC = JdbcBlockSequenceStore.of(dataSource, 10);
        assertThat(nodeC.next(key)).isEqualTo(21);
        assertThat(loggedValues(dataSource, key)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void numbersAreUniqueAcrossTwoNodesAndTheirThreads(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "REF", "2026");
        List<JdbcBlockSequenceStore> nodes =
                List.of(JdbcBlockSequenceStore.of(dataSource, 7), JdbcBlockSequenceStore.of(dataSource, 7));
        int threads = 4;
        int perThread = 250;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> all = new ArrayList<>();
        try {
            List<Future<List<Long>>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcBlockSequenceStore node = nodes.get(t % nodes.size());
                workers.add(pool.submit(() -> {
                    start.await();
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(node.next(key));
                    }
                    return taken;
                }));
            }
            start.countDown();
            for (Future<List<Long>> worker : workers) {
                all.addAll(worker.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        Set<Long> distinct = new HashSet<>(all);
        assertThat(all).hasSize(threads * perThread);
        assertThat(distinct)
                .hasSize(all.size())
                .allSatisfy(value -> assertThat(value).isPositive());
        // Each node leaves at most one block partly unused.
        long reserved = JdbcSequenceStore.autonomous(dataSource).peek(key) - 1;
        assertThat(reserved).isBetween((long) all.size(), all.size() + 2L * 7);
        assertThat(distinct.stream().mapToLong(Long::longValue).max().orElseThrow())
                .isLessThanOrEqualTo(reserved);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void advanceToMovesTheCounterRowForwardAndDropsTheNodesBlock(Engine engine) {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "REF", "");
        JdbcBlockSequenceStore node = JdbcBlockSequenceStore.of(dataSource, 10);
        assertThat(node.next(key)).isEqualTo(1);

        node.advanceTo(key, 500);
        assertThat(node.peek(key)).isEqualTo(500);
        assertThat(node.next(key)).isEqualTo(500);
        assertThatThrownBy(() -> node.advanceTo(key, 100))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-NUM-02")).isTrue());
        assertThat(node.next(key)).isEqualTo(501);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDatabaseWithoutTheTablesIsASequenceStoreException(Engine engine) {
        CounterKey key = CounterKey.of(newSellerId(), "REF", "");
        JdbcBlockSequenceStore node = JdbcBlockSequenceStore.of(DATABASES.dataSourceWithoutSchema(engine), 10);
        assertThatThrownBy(() -> node.next(key))
                .isInstanceOfSatisfying(SequenceStoreException.class, e -> {
                    assertThat(e.key()).contains(key);
                    assertThat(e.sqlState())
                            .hasValueSatisfying(state -> assertThat(state).startsWith("42"));
                })
                .hasMessageContaining("could not reserve a block of 10 values");
    }

    @Test
    void blockSizeMustBePositiveAndBounded() {
        DataSource dataSource = DATABASES.dataSource(Engine.H2_MEMORY);
        assertThatThrownBy(() -> JdbcBlockSequenceStore.of(dataSource, 0))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-NUM-03")).isTrue());
        assertThatThrownBy(() -> JdbcBlockSequenceStore.of(dataSource, JdbcBlockSequenceStore.MAX_BLOCK_SIZE + 1))
                .isInstanceOf(ValidationException.class);
        assertThat(JdbcBlockSequenceStore.of(dataSource, 50).blockSize()).isEqualTo(50);
    }
}
