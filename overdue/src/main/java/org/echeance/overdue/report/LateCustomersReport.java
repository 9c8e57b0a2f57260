package org.echeance.overdue.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.echeance.core.money.Amounts;
import org.echeance.core.text.DocumentText;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.internal.PerCustomer;
import org.echeance.overdue.internal.Texts;

/**
 * The customers with something overdue on a date: how much, since when, the reminders sent, the trend since the
 * previous period and any promise to pay.
 *
 * <p>Overdue means open at the end of the as-of date (settlements in effect then) and due before it. The trend
 * compares with what was overdue at the end of the previous as-of date, computed the same way in the same pass over
 * the items. Lines are ordered by currency code, then overdue amount (largest first), then customer number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LateCustomersReport {
    private final LocalDate asOf;
    private final LocalDate previousAsOf;
    private final List<LateCustomer> customers;

    private LateCustomersReport(LocalDate asOf, LocalDate previousAsOf, List<LateCustomer> customers) {
        this.asOf = asOf;
        this.previousAsOf = previousAsOf;
        this.customers = List.copyOf(customers);
    }

    /**
     * Computes the report.
     *
     * @param items the items of one seller; read once and closed
     * @param sellerId the seller, for the follow-up records
     * @param asOf the date
     * @param previousAsOf the end of the previous period, before {@code asOf}, for the trend
     * @param followUp the reminders sent and promises to pay
     * @return the report
     * @throws ValidationException if {@code previousAsOf} is not before {@code asOf} ({@code ECH-OVERDUE-11})
     */
    public static LateCustomersReport of(
            Stream<ReceivableItem> items,
            String sellerId,
            LocalDate asOf,
            LocalDate previousAsOf,
            FollowUpRecords followUp) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(previousAsOf, "previousAsOf");
        Objects.requireNonNull(followUp, "followUp");
        if (!previousAsOf.isBefore(asOf)) {
            throw ValidationException.of(
                    "ECH-OVERDUE-11", "previousAsOf", previousAsOf + " is not before the as-of date " + asOf);
        }
        long day = asOf.toEpochDay();
        long previous = previousAsOf.toEpochDay();
        PerCustomer<Acc> sums = new PerCustomer<>(Acc::new);
        try (items) {
            Iterator<ReceivableItem> it = items.iterator();
            while (it.hasNext()) {
                ReceivableItem item = it.next();
                long due = item.dueEpochDay();
                if (due >= day || item.issueEpochDay() > day) {
                    continue;
                }
                BigDecimal open = item.openOn(day);
                BigDecimal before = due < previous ? item.openOn(previous) : BigDecimal.ZERO;
                if (open.signum() == 0 && before.signum() == 0) {
                    continue;
                }
                Acc acc = sums.get(item.customerNumber(), item.currency());
                acc.previous = acc.previous.add(before);
                if (open.signum() > 0) {
                    acc.overdue = acc.overdue.add(open);
                    acc.items++;
                    acc.oldestDue = Math.min(acc.oldestDue, due);
                }
            }
        }
        List<LateCustomer> customers = new ArrayList<>();
        for (PerCustomer.Entry<Acc> e : sums.entries()) {
            Acc acc = e.value();
            if (acc.items == 0) {
                continue;
            }
            int cmp = acc.overdue.compareTo(acc.previous);
            Trend trend = acc.previous.signum() == 0
                    ? Trend.NEW
                    : cmp > 0 ? Trend.WORSE : cmp < 0 ? Trend.BETTER : Trend.SAME;
            customers.add(new LateCustomer(
                    e.customer(),
                    e.currency(),
                    Amounts.money(acc.overdue, e.currency()),
                    acc.items,
                    LocalDate.ofEpochDay(acc.oldestDue),
                    day - acc.oldestDue,
                    followUp.remindersSent(sellerId, e.customer(), asOf),
                    Amounts.money(acc.previous, e.currency()),
                    trend,
                    followUp.promiseToPay(sellerId, e.customer(), asOf)));
        }
        customers.sort(Comparator.comparing((LateCustomer c) -> c.currency().getCurrencyCode())
                .thenComparing((LateCustomer c) -> Amounts.decimal(c.overdue()), Comparator.reverseOrder())
                .thenComparing(LateCustomer::customerNumber));
        return new LateCustomersReport(asOf, previousAsOf, customers);
    }

    /**
     * Returns the as-of date.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the end of the previous period the trend compares with.
     *
     * @return the date
     */
    public LocalDate previousAsOf() {
        return previousAsOf;
    }

    /**
     * Returns the late customers, by currency, overdue amount (largest first) and customer number.
     *
     * @return the lines
     */
    public List<LateCustomer> customers() {
        return customers;
    }

    /**
     * Writes the report as a text table, for example in English:
     *
     * <pre>
     * Late customers as of 2026-03-15 (trend since 2026-02-15)
     * Customer  Currency  Overdue  Items  Oldest due  Days late  Reminders  Trend  Promise to pay
     * C1        EUR        600.00      1  2026-01-31         43          1   SAME               -
     * C2        EUR        300.00      2  2026-02-28         15          0    NEW      2026-03-20
     * </pre>
     *
     * @param locale French for any {@code fr} locale, English otherwise
     * @return the text, lines ending with {@code \n}
     */
    public String toText(Locale locale) {
        DocumentText text = DocumentText.of(locale);
        boolean fr = text.isFrench();
        String title = fr
                ? "Clients en retard au " + DocumentText.FRENCH.numericDate(asOf) + " (tendance depuis le "
                        + DocumentText.FRENCH.numericDate(previousAsOf) + ")"
                : "Late customers as of " + DocumentText.ENGLISH.numericDate(asOf) + " (trend since "
                        + DocumentText.ENGLISH.numericDate(previousAsOf) + ")";
        List<List<String>> rows = new ArrayList<>();
        rows.add(
                fr
                        ? List.of(
                                "Client",
                                "Devise",
                                "Échu",
                                "Échéances",
                                "Plus ancienne",
                                "Jours de retard",
                                "Relances",
                                "Tendance",
                                "Promesse")
                        : List.of(
                                "Customer",
                                "Currency",
                                "Overdue",
                                "Items",
                                "Oldest due",
                                "Days late",
                                "Reminders",
                                "Trend",
                                "Promise to pay"));
        for (LateCustomer c : customers) {
            rows.add(List.of(
                    c.customerNumber(),
                    c.currency().getCurrencyCode(),
                    text.amount(c.overdue()),
                    Integer.toString(c.overdueItems()),
                    text.numericDate(c.oldestDueDate()),
                    Long.toString(c.daysLate()),
                    Integer.toString(c.remindersSent()),
                    trend(c.trend(), fr),
                    c.promiseToPay().map(d -> text.numericDate(d)).orElse("-")));
        }
        return title + "\n" + Texts.table(rows, 2);
    }

    private static String trend(Trend trend, boolean french) {
        if (!french) {
            return trend.name();
        }
        switch (trend) {
            case NEW:
                return "NOUVEAU";
            case WORSE:
                return "HAUSSE";
            case BETTER:
                return "BAISSE";
            default:
                return "STABLE";
        }
    }

    @Override
    public String toString() {
        return "LateCustomersReport[" + asOf + ", " + customers.size() + " customers]";
    }

    private static final class Acc {
        BigDecimal overdue = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        int items;
        long oldestDue = Long.MAX_VALUE;
    }
}
