package org.echeance.core.ledger.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.AllocationStrategy;
import org.echeance.core.ledger.ItemAllocation;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;

/**
 * Fills open items in an order until the amount runs out. Not API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrderedAllocation implements AllocationStrategy {
    /** Due date, then issue date, then invoice number, then installment number. */
    public static final Comparator<OpenItem> OLDEST_DUE_FIRST = Comparator.comparing(OpenItem::dueDate)
            .thenComparing(OpenItem::issueDate)
            .thenComparing(OpenItem::invoiceNumber)
            .thenComparingInt(OpenItem::installmentNumber);

    private final Comparator<OpenItem> order;

    /**
     * Creates the strategy.
     *
     * @param order the order items are paid in
     */
    public OrderedAllocation(Comparator<OpenItem> order) {
        this.order = Objects.requireNonNull(order, "order");
    }

    @Override
    public List<ItemAllocation> allocate(MonetaryAmount available, List<OpenItem> openItems) {
        List<OpenItem> sorted = new ArrayList<>(openItems);
        sorted.sort(order);
        return fill(Amounts.decimal(available), sorted, available);
    }

    /**
     * Pays items in the given order until the amount runs out.
     *
     * @param left the amount to allocate
     * @param items the items in order
     * @param currencyOf an amount whose currency the allocations take
     * @return the allocations
     */
    static List<ItemAllocation> fill(BigDecimal left, List<OpenItem> items, MonetaryAmount currencyOf) {
        List<ItemAllocation> result = new ArrayList<>();
        for (OpenItem item : items) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(Amounts.decimal(item.openAmount()));
            if (take.signum() > 0) {
                result.add(new ItemAllocation(
                        item.invoiceNumber(), item.installmentNumber(), Amounts.money(take, currencyOf.getCurrency())));
                left = left.subtract(take);
            }
        }
        return result;
    }
}
