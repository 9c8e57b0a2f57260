package org.echeance.overdue.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.ReceivableItem;

/**
 * An installment plan that is behind on a date: installments due before the date are not fully paid.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customerNumber the customer number
 * @param invoiceNumber the invoice on the plan
 * @param currency the currency
 * @param installments the installments of the plan
 * @param installmentsBehind the installments due before the date and not fully paid
 * @param amountBehind what those installments still owe
 * @param oldestMissedDueDate the due date of the oldest of them
 * @param daysBehind the days since that due date
 * @param remaining what remains to pay on the whole plan, due or not
 */
public record BehindSchedule(
        String customerNumber,
        String invoiceNumber,
        CurrencyUnit currency,
        int installments,
        int installmentsBehind,
        MonetaryAmount amountBehind,
        LocalDate oldestMissedDueDate,
        long daysBehind,
        MonetaryAmount remaining) {
    /**
     * Creates a line.
     *
     * @throws NullPointerException if a part is null
     */
    public BehindSchedule {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amountBehind, "amountBehind");
        Objects.requireNonNull(oldestMissedDueDate, "oldestMissedDueDate");
        Objects.requireNonNull(remaining, "remaining");
    }

    /**
     * Finds the installment plans behind on a date, among items of invoices with two installments or more.
     *
     * <p>Memory grows with the open installment-plan invoices, not with all invoices.
     *
     * @param items the items; read once and closed
     * @param asOf the date
     * @return the plans behind, by customer number then invoice number
     */
    public static List<BehindSchedule> of(Stream<ReceivableItem> items, LocalDate asOf) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(asOf, "asOf");
        long day = asOf.toEpochDay();
        Map<String, Acc> plans = new HashMap<>();
        try (items) {
            Iterator<ReceivableItem> it = items.iterator();
            while (it.hasNext()) {
                ReceivableItem item = it.next();
                if (!item.isOnInstallmentPlan() || item.issueEpochDay() > day) {
                    continue;
                }
                BigDecimal open = item.openOn(day);
                if (open.signum() == 0) {
                    continue;
                }
                Acc acc = plans.computeIfAbsent(
                        item.customerNumber() + "\u0000" + item.invoiceNumber(), k -> new Acc(item));
                acc.remaining = acc.remaining.add(open);
                if (item.dueEpochDay() < day) {
                    acc.behind++;
                    acc.amountBehind = acc.amountBehind.add(open);
                    acc.oldest = Math.min(acc.oldest, item.dueEpochDay());
                }
            }
        }
        List<BehindSchedule> result = new ArrayList<>();
        for (Acc acc : plans.values()) {
            if (acc.behind > 0) {
                result.add(new BehindSchedule(
                        acc.customer,
                        acc.invoice,
                        acc.currency,
                        acc.installments,
                        acc.behind,
                        Amounts.money(acc.amountBehind, acc.currency),
                        LocalDate.ofEpochDay(acc.oldest),
                        day - acc.oldest,
                        Amounts.money(acc.remaining, acc.currency)));
            }
        }
        result.sort(Comparator.comparing(BehindSchedule::customerNumber).thenComparing(BehindSchedule::invoiceNumber));
        return result;
    }

    private static final class Acc {
        final String customer;
        final String invoice;
        final CurrencyUnit currency;
        final int installments;
        int behind;
        BigDecimal amountBehind = BigDecimal.ZERO;
        BigDecimal remaining = BigDecimal.ZERO;
        long oldest = Long.MAX_VALUE;

        Acc(ReceivableItem item) {
            this.customer = item.customerNumber();
            this.invoice = item.invoiceNumber();
            this.currency = item.currency();
            this.installments = item.installmentCount();
        }
    }
}
