package org.echeance.core.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.internal.ExplicitAllocation;
import org.echeance.core.ledger.internal.OrderedAllocation;

/**
 * Decides which open items a payment or a credit pays, and how much of each.
 *
 * <p>Built-in orders: {@link #oldestDueFirst()} (the default), {@link #remittance(String)} (the invoice the payer
 * named first), {@link #explicit(Map)} (amounts per invoice, as a remittance advice lists them) and
 * {@link #costsInterestPrincipal()}. Applications add their own; whatever a strategy returns is checked by the
 * account (each amount above zero, at most the item's open amount, in total at most what is available), so a
 * faulty strategy cannot corrupt a balance. What is not allocated stays with the customer as credit.
 */
@FunctionalInterface
public interface AllocationStrategy {
    /**
     * Chooses the allocations of an available amount over open items.
     *
     * @param available the amount to allocate, above zero
     * @param openItems the customer's open items, in the account's order (due date, then invoice, then installment)
     * @return the allocations, in the order they apply
     */
    List<ItemAllocation> allocate(MonetaryAmount available, List<OpenItem> openItems);

    /**
     * Returns the default order: the installment due first is paid first (then the older invoice).
     *
     * @return the strategy
     */
    static AllocationStrategy oldestDueFirst() {
        return new OrderedAllocation(OrderedAllocation.OLDEST_DUE_FIRST);
    }

    /**
     * Returns an order that pays one invoice first (the one the payer's remittance names), then the oldest due.
     *
     * @param invoiceNumber the invoice named by the payer
     * @return the strategy
     */
    static AllocationStrategy remittance(String invoiceNumber) {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Comparator<OpenItem> named =
                Comparator.comparing(i -> !i.invoiceNumber().equals(invoiceNumber));
        return new OrderedAllocation(named.thenComparing(OrderedAllocation.OLDEST_DUE_FIRST));
    }

    /**
     * Returns an order that pays costs first, then interest, then principal, each oldest due first (BGB §367).
     *
     * @return the strategy
     */
    static AllocationStrategy costsInterestPrincipal() {
        Comparator<OpenItem> byKind = Comparator.comparing(OpenItem::kind);
        return new OrderedAllocation(byKind.thenComparing(OrderedAllocation.OLDEST_DUE_FIRST));
    }

    /**
     * Returns a strategy that pays given amounts to given invoices, each invoice's installments oldest due first;
     * the rest of the payment stays as customer credit.
     *
     * @param amountsByInvoice the amount for each invoice number, in the order to apply them
     * @return the strategy, which refuses an amount beyond an invoice's open amount (ECH-ALLOC-02) or amounts
     *     beyond the payment (ECH-ALLOC-03)
     */
    static AllocationStrategy explicit(Map<String, MonetaryAmount> amountsByInvoice) {
        return new ExplicitAllocation(amountsByInvoice);
    }
}
