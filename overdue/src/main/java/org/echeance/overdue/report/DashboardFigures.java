package org.echeance.overdue.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;

/**
 * The figures of a receivables dashboard on a date, in one currency.
 *
 * <ul>
 *   <li>invoiced: installments of invoices issued in {@code [from, asOf]};
 *   <li>collected: payments (not credit notes) allocated to invoices with an effective date in {@code [from, asOf]},
 *       not reversed by {@code asOf}; payments not allocated (customer credit) are not in the ledger's items;
 *   <li>outstanding: open at the end of {@code asOf}; overdue: the part due before {@code asOf};
 *   <li>due in the next 7 / 30 days: open with a due date in {@code (asOf, asOf + 7]} / {@code (asOf, asOf + 30]};
 *   <li>top late customers: the customers with the most overdue, largest first.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param currency the currency
 * @param from the first day of the period
 * @param asOf the date
 * @param invoiced the amount invoiced in the period
 * @param collected the amount collected in the period
 * @param outstanding the amount open
 * @param overdue the amount overdue
 * @param dueNext7Days the amount due in the next 7 days
 * @param dueNext30Days the amount due in the next 30 days
 * @param topLateCustomers the customers with the most overdue, at most the number asked for
 */
public record DashboardFigures(
        CurrencyUnit currency,
        LocalDate from,
        LocalDate asOf,
        MonetaryAmount invoiced,
        MonetaryAmount collected,
        MonetaryAmount outstanding,
        MonetaryAmount overdue,
        MonetaryAmount dueNext7Days,
        MonetaryAmount dueNext30Days,
        List<CustomerAmount> topLateCustomers) {
    /**
     * Creates the figures.
     *
     * @throws NullPointerException if a part is null
     */
    public DashboardFigures {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(collected, "collected");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(dueNext7Days, "dueNext7Days");
        Objects.requireNonNull(dueNext30Days, "dueNext30Days");
        topLateCustomers = List.copyOf(Objects.requireNonNull(topLateCustomers, "topLateCustomers"));
    }

    /**
     * Computes the figures of each currency.
     *
     * @param items the items; read once and closed
     * @param from the first day of the period for invoiced and collected
     * @param asOf the date
     * @param topCount how many late customers to list, 0 or more
     * @return the figures per currency, by currency code
     * @throws ValidationException if {@code from} is after {@code asOf} or {@code topCount} is negative ({@code
     *     ECH-OVERDUE-11})
     */
    public static Map<CurrencyUnit, DashboardFigures> of(
            Stream<ReceivableItem> items, LocalDate from, LocalDate asOf, int topCount) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        if (from.isAfter(asOf) || topCount < 0) {
            throw ValidationException.of(
                    "ECH-OVERDUE-11",
                    "from",
                    "the period " + from + " to " + asOf + " with " + topCount + " top customers is not valid");
        }
        long first = from.toEpochDay();
        long day = asOf.toEpochDay();
        Map<String, Acc> sums = new TreeMap<>();
        try (items) {
            Iterator<ReceivableItem> it = items.iterator();
            while (it.hasNext()) {
                ReceivableItem item = it.next();
                long issued = item.issueEpochDay();
                if (issued > day) {
                    continue;
                }
                Acc acc = sums.computeIfAbsent(item.currency().getCurrencyCode(), c -> new Acc(item.currency()));
                if (issued >= first) {
                    acc.sums[0] = acc.sums[0].add(item.amountDecimal());
                }
                acc.sums[1] = acc.sums[1].add(item.collectedBetween(first, day));
                BigDecimal open = item.openOn(day);
                if (open.signum() == 0) {
                    continue;
                }
                acc.sums[2] = acc.sums[2].add(open);
                long due = item.dueEpochDay();
                if (due < day) {
                    acc.sums[3] = acc.sums[3].add(open);
                    acc.lateByCustomer.merge(item.customerNumber(), open, BigDecimal::add);
                } else if (due > day && due <= day + 30) {
                    acc.sums[5] = acc.sums[5].add(open);
                    if (due <= day + 7) {
                        acc.sums[4] = acc.sums[4].add(open);
                    }
                }
            }
        }
        Map<CurrencyUnit, DashboardFigures> result = new LinkedHashMap<>();
        for (Acc acc : sums.values()) {
            CurrencyUnit c = acc.currency;
            List<CustomerAmount> top = new ArrayList<>();
            acc.lateByCustomer.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(topCount)
                    .forEach(e -> top.add(new CustomerAmount(e.getKey(), Amounts.money(e.getValue(), c))));
            result.put(
                    c,
                    new DashboardFigures(
                            c,
                            from,
                            asOf,
                            Amounts.money(acc.sums[0], c),
                            Amounts.money(acc.sums[1], c),
                            Amounts.money(acc.sums[2], c),
                            Amounts.money(acc.sums[3], c),
                            Amounts.money(acc.sums[4], c),
                            Amounts.money(acc.sums[5], c),
                            top));
        }
        return result;
    }

    private static final class Acc {
        final CurrencyUnit currency;
        final BigDecimal[] sums = {
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
        };
        final Map<String, BigDecimal> lateByCustomer = new java.util.HashMap<>();

        Acc(CurrencyUnit currency) {
            this.currency = currency;
        }
    }
}
