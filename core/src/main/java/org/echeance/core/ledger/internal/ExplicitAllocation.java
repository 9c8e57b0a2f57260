package org.echeance.core.ledger.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.AllocationStrategy;
import org.echeance.core.ledger.ItemAllocation;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * Pays given amounts to given invoices, as a remittance advice lists them. Not API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExplicitAllocation implements AllocationStrategy {
    private final Map<String, MonetaryAmount> amounts;

    /**
     * Creates the strategy.
     *
     * @param amountsByInvoice the amount to pay on each invoice, each above zero
     * @throws ValidationException if an amount is not above zero (ECH-ALLOC-04)
     */
    public ExplicitAllocation(Map<String, MonetaryAmount> amountsByInvoice) {
        Objects.requireNonNull(amountsByInvoice, "amountsByInvoice");
        this.amounts = new LinkedHashMap<>(amountsByInvoice);
        amounts.forEach((number, amount) -> {
            if (!amount.isPositive()) {
                throw ValidationException.of(
                        "ECH-ALLOC-04", "allocation[" + number + "]", amount + " is not an amount above zero");
            }
        });
    }

    @Override
    public List<ItemAllocation> allocate(MonetaryAmount available, List<OpenItem> openItems) {
        List<Violation> violations = new ArrayList<>();
        List<ItemAllocation> result = new ArrayList<>();
        BigDecimal requested = BigDecimal.ZERO;
        for (Map.Entry<String, MonetaryAmount> wanted : amounts.entrySet()) {
            String number = wanted.getKey();
            BigDecimal want = Amounts.decimal(wanted.getValue());
            requested = requested.add(want);
            List<OpenItem> items = new ArrayList<>();
            BigDecimal open = BigDecimal.ZERO;
            for (OpenItem item : openItems) {
                if (item.invoiceNumber().equals(number)) {
                    items.add(item);
                    open = open.add(Amounts.decimal(item.openAmount()));
                }
            }
            if (want.compareTo(open) > 0) {
                violations.add(new Violation(
                        "ECH-ALLOC-02",
                        "allocation[" + number + "]",
                        text(want, available) + " is more than the " + text(open, available)
                                + " that remain to pay on invoice " + number));
                continue;
            }
            items.sort(OrderedAllocation.OLDEST_DUE_FIRST);
            result.addAll(OrderedAllocation.fill(want, items, available));
        }
        if (requested.compareTo(Amounts.decimal(available)) > 0) {
            violations.add(new Violation(
                    "ECH-ALLOC-03",
                    "allocation",
                    "the amounts asked for, " + text(requested, available) + ", are more than the "
                            + Amounts.toPlainString(available) + " available"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return result;
    }

    private static String text(BigDecimal value, MonetaryAmount currencyOf) {
        return Amounts.toPlainString(Amounts.money(value, currencyOf.getCurrency()));
    }
}
