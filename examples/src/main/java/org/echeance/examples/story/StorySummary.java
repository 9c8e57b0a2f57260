package org.echeance.examples.story;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.InvoiceCharged;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;

/**
 * The demo's own tally of the story on its last day: counts, totals, a simple DSO, the aging of open items and the
 * top late customers, all computed from the customer accounts' ledgers.
 *
 * <p>This is the demo's arithmetic, kept small and plain so that a reader can check it; the {@code overdue} module
 * (point-in-time aging per installment, count-back DSO, late-customer reports) replaces the aging, DSO and late
 * customers parts once it is available. The definitions:
 *
 * <ul>
 *   <li><b>invoiced</b>: the amounts due of every invoice issued (late interest included); <b>credited</b>: the credit
 *       notes; <b>collected</b>: the payments received and not reversed, less refunds;
 *   <li><b>outstanding</b>: what remains to pay on every invoice; <b>customer credit</b>: money received or
 *       credited and not allocated. The ledger's equation holds: {@code invoiced − credited − collected = outstanding −
 *       customer credit};
 *   <li><b>overdue</b>: the outstanding part of the installments due before the last day;
 *   <li><b>DSO</b> (days sales outstanding, simple method): {@code outstanding / invoiced over the last 90 days × 90};
 *   <li><b>aging</b>: each open installment by the days from its due date to the last day: not due (0 or less),
 *       1–30, 31–60, 61–90, over 90;
 *   <li><b>top late customers</b>: the five customers with the most overdue, then the oldest overdue item.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StorySummary {
    /** The days of the DSO window. */
    public static final int DSO_DAYS = 90;

    /** The labels of the aging buckets, in order. */
    public static final List<String> AGING_BUCKETS = List.of("not due", "1-30", "31-60", "61-90", "> 90");

    /** How many late customers the summary lists. */
    public static final int TOP_LATE = 5;

    private final LocalDate from;
    private final LocalDate asOf;
    private final int customers;
    private final CurrencyUnit currency;
    private final StoryCounts counts;
    private final BigDecimal invoiced;
    private final BigDecimal credited;
    private final BigDecimal collected;
    private final BigDecimal outstanding;
    private final BigDecimal customerCredit;
    private final BigDecimal overdue;
    private final Optional<BigDecimal> dso;
    private final List<BigDecimal> aging;
    private final List<Integer> agingItems;
    private final List<LateCustomer> topLate;

    /**
     * A customer among the latest payers.
     *
     * @param customerNumber the customer number
     * @param name the customer's legal name
     * @param overdue the amount overdue
     * @param oldestDaysLate the days past due of its oldest overdue installment
     */
    public record LateCustomer(String customerNumber, String name, MonetaryAmount overdue, long oldestDaysLate) {
        /** Creates an entry, rejecting null parts. */
        public LateCustomer {
            Objects.requireNonNull(customerNumber, "customerNumber");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(overdue, "overdue");
        }
    }

    private StorySummary(Builder b) {
        this.from = b.from;
        this.asOf = b.asOf;
        this.customers = b.customers;
        this.currency = b.currency;
        this.counts = b.counts;
        this.invoiced = b.invoiced;
        this.credited = b.credited;
        this.collected = b.collected;
        this.outstanding = b.outstanding;
        this.customerCredit = b.customerCredit;
        this.overdue = b.overdue;
        this.dso = b.dso;
        this.aging = List.copyOf(b.aging);
        this.agingItems = List.copyOf(b.agingItems);
        this.topLate = List.copyOf(b.topLate);
    }

    /**
     * Tallies the accounts of a story on its last day.
     *
     * @param from the story's first day
     * @param asOf the story's last day
     * @param currency the accounts' currency
     * @param accounts the customer accounts
     * @param nameOf the legal name of a customer number
     * @param counts the documents and payments counted by the story
     * @return the summary
     */
    public static StorySummary tally(
            LocalDate from,
            LocalDate asOf,
            CurrencyUnit currency,
            Collection<CustomerAccount> accounts,
            Function<String, String> nameOf,
            StoryCounts counts) {
        Builder b = new Builder();
        b.from = Objects.requireNonNull(from, "from");
        b.asOf = Objects.requireNonNull(asOf, "asOf");
        b.currency = Objects.requireNonNull(currency, "currency");
        b.counts = Objects.requireNonNull(counts, "counts");
        b.customers = accounts.size();
        LocalDate windowStart = asOf.minusDays(DSO_DAYS - 1);
        BigDecimal recentSales = BigDecimal.ZERO;
        List<LateCustomer> late = new ArrayList<>();
        for (CustomerAccount account : accounts) {
            b.invoiced = b.invoiced.add(Amounts.decimal(account.totalCharged()));
            b.credited = b.credited.add(Amounts.decimal(account.totalCredited()));
            b.collected = b.collected
                    .add(Amounts.decimal(account.totalReceived()))
                    .subtract(Amounts.decimal(account.totalRefunded()));
            b.outstanding = b.outstanding.add(Amounts.decimal(account.openBalance()));
            b.customerCredit = b.customerCredit.add(Amounts.decimal(account.unappliedCredit()));
            for (LedgerEntry entry : account.entries()) {
                if (entry instanceof InvoiceCharged charged
                        && !charged.date().isBefore(windowStart)
                        && !charged.date().isAfter(asOf)) {
                    recentSales = recentSales.add(Amounts.decimal(charged.amount()));
                }
            }
            BigDecimal customerOverdue = BigDecimal.ZERO;
            long oldest = 0;
            for (OpenItem item : account.openItems()) {
                BigDecimal open = Amounts.decimal(item.openAmount());
                long daysLate = ChronoUnit.DAYS.between(item.dueDate(), asOf);
                int bucket = daysLate <= 0 ? 0 : daysLate <= 30 ? 1 : daysLate <= 60 ? 2 : daysLate <= 90 ? 3 : 4;
                b.aging.set(bucket, b.aging.get(bucket).add(open));
                b.agingItems.set(bucket, b.agingItems.get(bucket) + 1);
                if (daysLate > 0) {
                    customerOverdue = customerOverdue.add(open);
                    oldest = Math.max(oldest, daysLate);
                }
            }
            if (customerOverdue.signum() > 0) {
                b.overdue = b.overdue.add(customerOverdue);
                late.add(new LateCustomer(
                        account.customerNumber(),
                        nameOf.apply(account.customerNumber()),
                        Amounts.money(customerOverdue, currency),
                        oldest));
            }
        }
        if (recentSales.signum() > 0) {
            b.dso = Optional.of(
                    b.outstanding.multiply(BigDecimal.valueOf(DSO_DAYS)).divide(recentSales, 1, RoundingMode.HALF_UP));
        }
        late.sort(Comparator.comparing((LateCustomer c) -> Amounts.decimal(c.overdue()))
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(LateCustomer::oldestDaysLate).reversed())
                .thenComparing(LateCustomer::customerNumber));
        b.topLate = late.subList(0, Math.min(TOP_LATE, late.size()));
        return new StorySummary(b);
    }

    /**
     * Returns the story's first day.
     *
     * @return the day
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the day the figures are for: the story's last day.
     *
     * @return the day
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the number of customers.
     *
     * @return the customers
     */
    public int customers() {
        return customers;
    }

    /**
     * Returns what the story counted.
     *
     * @return the counts
     */
    public StoryCounts counts() {
        return counts;
    }

    /**
     * Returns the amounts due of every invoice issued.
     *
     * @return the total invoiced
     */
    public MonetaryAmount invoiced() {
        return money(invoiced);
    }

    /**
     * Returns the amounts of the credit notes.
     *
     * @return the total credited
     */
    public MonetaryAmount credited() {
        return money(credited);
    }

    /**
     * Returns the payments received and not reversed, less refunds.
     *
     * @return the total collected
     */
    public MonetaryAmount collected() {
        return money(collected);
    }

    /**
     * Returns what remains to pay on every invoice.
     *
     * @return the outstanding receivables
     */
    public MonetaryAmount outstanding() {
        return money(outstanding);
    }

    /**
     * Returns the customers' credit: received or credited and not allocated.
     *
     * @return the credit
     */
    public MonetaryAmount customerCredit() {
        return money(customerCredit);
    }

    /**
     * Returns the outstanding part of the installments due before the last day.
     *
     * @return the overdue amount
     */
    public MonetaryAmount overdue() {
        return money(overdue);
    }

    /**
     * Returns the simple DSO in days, one decimal: outstanding over the last {@value #DSO_DAYS} days' sales.
     *
     * @return the DSO, or empty when nothing was invoiced in the window
     */
    public Optional<BigDecimal> dso() {
        return dso;
    }

    /**
     * Returns the open amounts of the aging buckets, in the order of {@link #AGING_BUCKETS}.
     *
     * @return the amounts
     */
    public List<MonetaryAmount> aging() {
        return aging.stream().map(this::money).toList();
    }

    /**
     * Returns the number of open installments of each aging bucket, in the order of {@link #AGING_BUCKETS}.
     *
     * @return the counts
     */
    public List<Integer> agingItems() {
        return agingItems;
    }

    /**
     * Returns the latest payers, most overdue first, at most {@value #TOP_LATE}.
     *
     * @return the customers
     */
    public List<LateCustomer> topLateCustomers() {
        return topLate;
    }

    /**
     * Returns the summary as text, as printed at the end of the demo and written to {@code summary.txt}.
     *
     * @return the text, several lines
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        String code = currency.getCurrencyCode();
        out.append("SUMMARY of the story from ")
                .append(from)
                .append(" to ")
                .append(asOf)
                .append(", ")
                .append(customers)
                .append(" customers\n\n");
        out.append("Documents\n");
        count(out, "invoices", counts.invoices(), "late interest: " + counts.interestInvoices());
        count(out, "credit notes", counts.creditNotes(), "");
        count(out, "payments", counts.payments(), "reversed: " + counts.reversals());
        StringBuilder steps = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.remindersByStep().entrySet()) {
            steps.append(steps.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(' ')
                    .append(e.getValue());
        }
        count(out, "reminders", counts.reminders(), steps.toString());
        out.append("\nTotals (").append(code).append(")\n");
        amount(out, "invoiced", invoiced);
        amount(out, "credited", credited);
        amount(out, "collected", collected);
        amount(out, "outstanding", outstanding);
        amount(out, "customer credit", customerCredit);
        amount(out, "overdue on " + asOf, overdue);
        line(
                out,
                "DSO (simple, " + DSO_DAYS + " days)",
                dso.map(BigDecimal::toPlainString).orElse("-"),
                " days");
        out.append("\nAging of open installments on ")
                .append(asOf)
                .append(" (days past due, ")
                .append(code)
                .append(")\n");
        for (int i = 0; i < AGING_BUCKETS.size(); i++) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-24s %16s   %d items%n",
                    AGING_BUCKETS.get(i),
                    text(aging.get(i)),
                    agingItems.get(i)));
        }
        out.append("\nTop late customers\n");
        if (topLate.isEmpty()) {
            out.append("  none\n");
        }
        for (int i = 0; i < topLate.size(); i++) {
            LateCustomer c = topLate.get(i);
            out.append(String.format(
                    Locale.ROOT,
                    "  %d. %-8s %-44s %12s %s overdue, oldest %d days%n",
                    i + 1,
                    c.customerNumber(),
                    c.name().length() > 44 ? c.name().substring(0, 43) + "…" : c.name(),
                    Amounts.toPlainString(c.overdue()),
                    code,
                    c.oldestDaysLate()));
        }
        return out.toString();
    }

    private static void count(StringBuilder out, String label, int value, String note) {
        line(out, label, Integer.toString(value), note.isEmpty() ? "" : "   (" + note + ")");
    }

    private static void line(StringBuilder out, String label, String figure, String note) {
        out.append(String.format(Locale.ROOT, "  %-24s %16s%s", label, figure, note)
                        .stripTrailing())
                .append('\n');
    }

    private void amount(StringBuilder out, String label, BigDecimal value) {
        line(out, label, text(value), "");
    }

    private String text(BigDecimal value) {
        return Amounts.toPlainString(money(value));
    }

    private MonetaryAmount money(BigDecimal value) {
        return Amounts.money(value, currency);
    }

    @Override
    public String toString() {
        return "StorySummary[" + from + " to " + asOf + ", " + customers + " customers, invoiced " + text(invoiced)
                + " " + currency + "]";
    }

    /** Collects the figures before they are frozen. */
    private static final class Builder {
        private LocalDate from;
        private LocalDate asOf;
        private int customers;
        private CurrencyUnit currency;
        private StoryCounts counts;
        private BigDecimal invoiced = BigDecimal.ZERO;
        private BigDecimal credited = BigDecimal.ZERO;
        private BigDecimal collected = BigDecimal.ZERO;
        private BigDecimal outstanding = BigDecimal.ZERO;
        private BigDecimal customerCredit = BigDecimal.ZERO;
        private BigDecimal overdue = BigDecimal.ZERO;
        private Optional<BigDecimal> dso = Optional.empty();
        private final List<BigDecimal> aging = new ArrayList<>(
                List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        private final List<Integer> agingItems = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        private List<LateCustomer> topLate = List.of();
    }
}
