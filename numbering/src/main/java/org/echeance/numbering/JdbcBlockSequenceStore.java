package org.echeance.numbering;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.echeance.core.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fast, <strong>NOT gap-free</strong> {@link SequenceStore} on a relational database: each node reserves blocks
 * of consecutive values and hands them out from memory. Numbers are unique across nodes; they have gaps and are
 * not in chronological order across nodes.
 *
 * <p><strong>Do not use it where the law asks for one continuous series of invoice numbers</strong> (France
 * and several other EU countries): use {@link JdbcSequenceStore}. This store is for identifiers that only need
 * to be unique, for example internal document references, or numbers in jurisdictions where another identifier
 * is the legal one.
 *
 * <p>When a node has no value left for a counter, it reserves the next {@link #blockSize()} values of the counter
 * row in a short transaction of its own (lock, add the block size, commit) and then serves them without touching
 * the database. What that means:
 *
 * <ul>
 *   <li><strong>Gaps</strong>: the values left in a block when the node stops, and every value given to a document
 *       that is rolled back, are never handed out.
 *   <li><strong>Not chronological</strong> across nodes: node A may give 1, 2, 3 while node B, started later, gives
 *       101; later documents of A still get 4, 5…
 *   <li><strong>Unique</strong> across nodes and threads: blocks never overlap, because the counter row is
 *       incremented under its lock, the same row {@link JdbcSequenceStore} uses. Numbers it takes are not written
 *       to the log table.
 * </ul>
 *
 * <p>The store keeps one small block per counter key it has served, in memory, for its lifetime. Counters of
 * different keys never wait for each other.
 *
 * <p>This class is thread-safe.
 */
public final class JdbcBlockSequenceStore implements SequenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcBlockSequenceStore.class);

    /** The largest block size accepted. */
    public static final int MAX_BLOCK_SIZE = 1_000_000;

    private final DataSource dataSource;
    private final int blockSize;
    private final JdbcDialect chosenDialect;
    private volatile JdbcDialect detectedDialect;
    private final ConcurrentMap<CounterKey, Block> blocks = new ConcurrentHashMap<>();

    /** The values a node holds for one counter: {@code [next, end)}; guarded by itself. */
    private static final class Block {
        private long next;
        private long end;

        private boolean isExhausted() {
            return next == end;
        }
    }

    private JdbcBlockSequenceStore(DataSource dataSource, int blockSize, JdbcDialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
            throw ValidationException.of(
                    "ECH-NUM-03", "blockSize", blockSize + " is not between 1 and " + MAX_BLOCK_SIZE);
        }
        this.blockSize = blockSize;
        this.chosenDialect = dialect;
    }

    /**
     * Returns a non-gap-free store that reserves blocks of {@code blockSize} values, on the database the first
     * connection reports.
     *
     * <p>For example, {@code JdbcBlockSequenceStore.of(dataSource, 100)} touches the database once every 100
     * numbers of a counter, and loses at most 99 values of each counter when the node stops.
     *
     * @param dataSource where connections come from; each is used for one short transaction and closed
     * @param blockSize how many values to reserve at a time, 1 to {@link #MAX_BLOCK_SIZE}
     * @return the store
     * @throws ValidationException if the block size is out of range (ECH-NUM-03)
     */
    public static JdbcBlockSequenceStore of(DataSource dataSource, int blockSize) {
        return new JdbcBlockSequenceStore(dataSource, blockSize, null);
    }

    /**
     * Returns a non-gap-free store that reserves blocks of {@code blockSize} values, with a chosen dialect.
     *
     * @param dataSource where connections come from; each is used for one short transaction and closed
     * @param blockSize how many values to reserve at a time, 1 to {@link #MAX_BLOCK_SIZE}
     * @param dialect the statements to use
     * @return the store
     * @throws ValidationException if the block size is out of range (ECH-NUM-03)
     */
    public static JdbcBlockSequenceStore of(DataSource dataSource, int blockSize, JdbcDialect dialect) {
        return new JdbcBlockSequenceStore(dataSource, blockSize, Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Returns how many values this store reserves at a time.
     *
     * @return the block size
     */
    public int blockSize() {
        return blockSize;
    }

    /**
     * Checks if this store is gap-free: it is not.
     *
     * @return false, always
     */
    public boolean isGapFree() {
        return false;
    }

    /**
     * Takes the next value of a counter from this node's block, reserving a new block first when it is used up.
     * The value is unique across nodes but is not given back if the caller's transaction rolls back.
     *
     * @param key the counter
     * @return the value taken, 1 or more
     * @throws SequenceStoreException if a new block cannot be reserved
     */
    @Override
    public long next(CounterKey key) {
        Objects.requireNonNull(key, "key");
        Block block = blocks.computeIfAbsent(key, k -> new Block());
        synchronized (block) {
            if (block.isExhausted()) {
                long first = run(
                        key,
                        "could not reserve a block of " + blockSize + " values",
                        connection -> JdbcCounters.allocate(connection, dialect(connection), key, blockSize));
                block.next = first;
                block.end = first + blockSize;
                LOG.debug("Counter {} reserved block [{}, {})", JdbcCounters.describe(key), block.next, block.end);
            }
            return block.next++;
        }
    }

    /**
     * Returns the value this node's {@link #next(CounterKey)} would take now, without consuming it: the next value
     * of its block, or when the block is used up, the start of the next block if no other node reserves it first.
     *
     * @param key the counter
     * @return the next value, 1 for a counter never used
     * @throws SequenceStoreException on a database error
     */
    @Override
    public long peek(CounterKey key) {
        Objects.requireNonNull(key, "key");
        Block block = blocks.get(key);
        if (block != null) {
            synchronized (block) {
                if (!block.isExhausted()) {
                    return block.next;
                }
            }
        }
        return run(key, "could not read the next value", connection -> JdbcCounters.peek(connection, key));
    }

    /**
     * Moves the counter row forward so that the next block starts at {@code nextValue}, drops this node's block and
     * logs the move at INFO. Other nodes keep serving the blocks they hold.
     *
     * @param key the counter
     * @param nextValue the first value of the next block, 1 or more
     * @throws ValidationException if {@code nextValue} is below 1 or below the counter row's next value
     *     (ECH-NUM-02)
     * @throws SequenceStoreException on a database error
     */
    @Override
    public void advanceTo(CounterKey key, long nextValue) {
        Objects.requireNonNull(key, "key");
        if (nextValue < 1) {
            throw ValidationException.of("ECH-NUM-02", "nextValue", nextValue + " is below 1; counters start at 1");
        }
        Block block = blocks.computeIfAbsent(key, k -> new Block());
        synchronized (block) {
            long previous = run(
                    key,
                    "could not move the counter",
                    connection -> JdbcCounters.advance(connection, dialect(connection), key, nextValue));
            block.next = block.end;
            if (previous != nextValue) {
                LOG.info(
                        "Counter {} advanced: next block starts at {} instead of {}",
                        JdbcCounters.describe(key),
                        nextValue,
                        previous);
            }
        }
    }

    private <T> T run(CounterKey key, String failure, JdbcCounters.Work<T> work) {
        try {
            return JdbcCounters.autonomously(dataSource, work);
        } catch (SQLException e) {
            throw new SequenceStoreException(failure, key, e);
        }
    }

    private JdbcDialect dialect(Connection connection) {
        if (chosenDialect != null) {
            return chosenDialect;
        }
        JdbcDialect dialect = detectedDialect;
        if (dialect == null) {
            dialect = JdbcDialect.from(connection);
            detectedDialect = dialect;
        }
        return dialect;
    }
}
