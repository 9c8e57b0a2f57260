package org.echeance.core.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An {@link InvoiceRepository} kept in memory, for tests, demos and small tools: it keeps every guarantee of the
 * SPI and is the reference its database implementations are compared with.
 *
 * <p>Records are kept per seller, keyed by number. One read-write lock guards them: saves are exclusive, searches
 * run together and each sees every save that finished before it and none that started after, so a page and its
 * total always agree. Filtering runs under the read lock, sorting and paging outside it. Each record's folded
 * search text is computed once, when it is saved.
 *
 * <p>Nothing is written to disk: the records are lost with the instance. Created with {@link #create()}. This
 * class is thread-safe.
 */
public final class InMemoryInvoiceRepository implements InvoiceRepository {
    /** A stored record and its folded search text, computed once. */
    private record Entry(InvoiceRecord record, String searchText) {}

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Map<String, Entry>> sellers = new HashMap<>();

    private InMemoryInvoiceRepository() {}

    /**
     * Creates an empty repository.
     *
     * @return the repository
     */
    public static InMemoryInvoiceRepository create() {
        return new InMemoryInvoiceRepository();
    }

    @Override
    public void save(InvoiceRecord record) {
        Objects.requireNonNull(record, "record");
        lock.writeLock().lock();
        try {
            Map<String, Entry> records = sellers.computeIfAbsent(record.sellerId(), s -> new HashMap<>());
            Entry stored = records.get(record.id());
            String searchText;
            if (stored == null) {
                searchText = record.searchText();
            } else {
                checkUnchanged(stored.record(), record);
                searchText = stored.searchText();
            }
            records.put(record.id(), new Entry(record, searchText));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void checkUnchanged(InvoiceRecord stored, InvoiceRecord update) {
        if (!stored.invoice().equals(update.invoice())) {
            throw new InvoiceImmutableException(
                    stored.sellerId(), stored.id(), "the document saved differs from the stored one");
        }
        if (!stored.customerNumber().equals(update.customerNumber())) {
            throw new InvoiceImmutableException(
                    stored.sellerId(),
                    stored.id(),
                    "the document is charged to customer " + stored.customerNumber() + ", not "
                            + update.customerNumber());
        }
    }

    @Override
    public Optional<InvoiceRecord> find(String sellerId, String number) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(number, "number");
        lock.readLock().lock();
        try {
            Map<String, Entry> records = sellers.get(sellerId);
            return records == null
                    ? Optional.empty()
                    : Optional.ofNullable(records.get(number)).map(Entry::record);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Page<InvoiceRecord> search(String sellerId, InvoiceQuery query) {
        List<InvoiceRecord> matching = matching(sellerId, query);
        matching.sort(query.comparator());
        return Page.from(matching, query.pageIndex(), query.pageSize());
    }

    @Override
    public long count(String sellerId, InvoiceQuery query) {
        return matching(sellerId, query).size();
    }

    private List<InvoiceRecord> matching(String sellerId, InvoiceQuery query) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(query, "query");
        List<InvoiceRecord> result = new ArrayList<>();
        lock.readLock().lock();
        try {
            Map<String, Entry> records = sellers.get(sellerId);
            if (records != null) {
                for (Entry e : records.values()) {
                    if (query.matchesFields(e.record()) && query.matchesSearchText(e.searchText())) {
                        result.add(e.record());
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return result;
    }

    @Override
    public String toString() {
        lock.readLock().lock();
        try {
            int total = sellers.values().stream().mapToInt(Map::size).sum();
            return "InMemoryInvoiceRepository[" + sellers.size() + " sellers, " + total + " records]";
        } finally {
            lock.readLock().unlock();
        }
    }
}
