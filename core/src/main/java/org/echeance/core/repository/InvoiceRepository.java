package org.echeance.core.repository;

import java.util.Optional;

/**
 * Where issued invoices and credit notes are kept, with the snapshot of their state, for finding and searching
 * them: the extension point an application implements on its database ({@link InMemoryInvoiceRepository} is the
 * ready one for tests, demos and small tools).
 *
 * <p>Every implementation guarantees:
 *
 * <ul>
 *   <li><b>Seller scope</b>: every method names its seller, and records are keyed by seller and number. A call for
 *       one seller never reads, returns, counts or changes another seller's records, even when both use the same
 *       numbers. The scope is an argument, never a thread-local or global setting.
 *   <li><b>Issued documents never change</b>: {@link #save(InvoiceRecord)} replaces the status, open amount and
 *       oldest open due date of a stored record, never its document or its customer number.
 *   <li><b>Drafts are not stored</b>: a record always holds an issued document ({@link InvoiceRecord} refuses a
 *       draft); drafts live in the application until they are issued.
 *   <li><b>Nothing is deleted</b>: issued documents must be kept (ten years for French invoices, Code de commerce
 *       L123-22), so the SPI has no delete; a cancelled invoice is kept with status {@code CANCELLED}.
 *   <li><b>Same answers as the reference</b>: {@link #search(String, InvoiceQuery)} returns exactly the records for
 *       which {@link InvoiceQuery#matches(InvoiceRecord)} is true, in the order of
 *       {@link InvoiceQuery#comparator()}, so that results and pages are deterministic whatever the engine.
 *   <li><b>All or nothing</b>: a refused save leaves the stored record as it was.
 * </ul>
 *
 * <p>Implementations are thread-safe: a repository is shared by the application's threads.
 */
public interface InvoiceRepository {

    /**
     * Stores a record, or replaces the stored record of the same seller and number with this newer snapshot.
     *
     * <p>A replacement may change the status, the open amount and the oldest open due date. It is refused when its
     * document differs from the stored one ({@link org.echeance.core.invoice.Invoice#equals(Object)}: any part of
     * it, amounts by value) or when it names another customer number; the stored record then stays as it was.
     * Saving an equal record again changes nothing.
     *
     * @param record the record
     * @throws InvoiceImmutableException if a different document, or the same one for another customer, is stored
     *     under the record's seller and number (ECH-REPO-02)
     */
    void save(InvoiceRecord record);

    /**
     * Returns the record of one seller's document.
     *
     * @param sellerId the seller's id
     * @param number the document's number (BT-1)
     * @return the record, or empty when that seller has no document with that number
     */
    Optional<InvoiceRecord> find(String sellerId, String number);

    /**
     * Returns one page of a seller's records that match a query, in the query's order.
     *
     * <p>The page holds the records at positions {@code pageIndex * pageSize} up to {@code pageSize} further in the
     * sorted result; {@link Page#totalItems()} counts every matching record, so a page past the end is empty but
     * still tells the total. A seller with no records gets an empty page.
     *
     * @param sellerId the seller's id
     * @param query the filters, sort and page
     * @return the page
     */
    Page<InvoiceRecord> search(String sellerId, InvoiceQuery query);

    /**
     * Counts a seller's records that match a query; its sort and page play no part.
     *
     * @param sellerId the seller's id
     * @param query the filters
     * @return how many records match, as {@link Page#totalItems()} would tell
     */
    long count(String sellerId, InvoiceQuery query);
}
