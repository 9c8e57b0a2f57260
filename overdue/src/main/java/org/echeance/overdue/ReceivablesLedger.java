package org.echeance.overdue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.overdue.internal.AccountItems;

/**
 * Feeds the analyses with a seller's receivables: the extension point the application implements over its own
 * storage, wired into {@link OverdueAnalysis} by constructor.
 *
 * <p>An implementation streams every installment charged to the seller's customers, paid or not, with all its
 * settlements ({@link ReceivableItem}); it may leave out items fully settled long before any date it will be asked
 * about. Each call returns a new stream, read once; a database implementation streams rows with a cursor (grouping
 * an invoice's allocations with it, for example with one ordered join) and closes it when the stream is closed.
 * The analyses never hold the items: their memory grows with the number of customers, not of invoices.
 *
 * <p>Reports are scoped by seller: a call for seller A must never return seller B's items.
 */
@FunctionalInterface
public interface ReceivablesLedger {
    /**
     * Streams the receivable items of a seller.
     *
     * @param sellerId the seller
     * @return a new stream of the seller's items, in any order
     */
    Stream<ReceivableItem> items(String sellerId);

    /**
     * Returns a ledger over customer accounts held in memory: each call streams the items of the accounts of the
     * seller asked for, converting one account at a time ({@link #itemsOf(CustomerAccount)}).
     *
     * @param accounts the accounts, of one seller or several
     * @return the ledger
     */
    static ReceivablesLedger ofAccounts(Collection<CustomerAccount> accounts) {
        List<CustomerAccount> copy = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        return sellerId -> {
            Objects.requireNonNull(sellerId, "sellerId");
            return copy.stream().filter(a -> a.sellerId().equals(sellerId)).flatMap(a -> AccountItems.of(a).stream());
        };
    }

    /**
     * Returns a ledger of one seller over items held in memory; asking for another seller gives no items.
     *
     * @param sellerId the seller the items belong to
     * @param items the items
     * @return the ledger
     */
    static ReceivablesLedger ofItems(String sellerId, Collection<ReceivableItem> items) {
        Objects.requireNonNull(sellerId, "sellerId");
        List<ReceivableItem> copy = new ArrayList<>(Objects.requireNonNull(items, "items"));
        return asked -> sellerId.equals(Objects.requireNonNull(asked, "sellerId")) ? copy.stream() : Stream.empty();
    }

    /**
     * Returns the receivable items of a customer account: one per installment charged, with its allocations as
     * settlements (payments or credit notes) and the reversal date of every reversed payment.
     *
     * <p>An allocation dated before its invoice's issue date takes effect on the issue date.
     *
     * @param account the account
     * @return the items, in the order the invoices were charged
     */
    static List<ReceivableItem> itemsOf(CustomerAccount account) {
        return AccountItems.of(Objects.requireNonNull(account, "account"));
    }
}
