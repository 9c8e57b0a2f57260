package org.echeance.examples.story;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.overdue.OverdueAnalysis;
import org.echeance.overdue.ReceivablesLedger;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.aging.AgingRow;
import org.echeance.overdue.dso.DsoResult;
import org.echeance.overdue.report.LateCustomer;
import org.echeance.overdue.report.LateCustomersReport;

/**
 * The story's figures on its last day: the counts and totals the demo adds up from the customer accounts, and the
 * receivables analysis of the {@code overdue} module — the aging of every open installment, the DSO by the simple
 * and the count-back methods, and the late customers.
 *
 * <p>The definitions:
 *
 * <ul>
 *   <li><b>invoiced</b>: the amounts due of every invoice issued (late interest included); <b>credited</b>: the credit
 *       notes; <b>collected</b>: the payments received and not reversed, less refunds;
 *   <li><b>outstanding</b>: what remains to pay on every invoice; <b>customer credit</b>: money received or
 *       credited and not allocated. The ledger's equation holds: {@code invoiced − credited − collected = outstanding −
 *       customer credit}; the aging's total is the outstanding amount;
 *   <li><b>overdue</b>: the open part of the installments due before the last day (the aging's buckets past due);
 *   <li><b>DSO</b>: simple, {@code outstanding / sales of the last} {@value #DSO_DAYS} {@code days × }{@value
 *       #DSO_DAYS}; count-back, walking back through the last {@value #COUNT_BACK_MONTHS} months' sales;
 *   <li><b>late customers</b>: every customer with something overdue, most overdue first, with the reminders of
 *       level 1 or more sent and the trend over the last month.
 * </ul>
 *
 * <p>{@link #toText()} prints the module's tables; for a large story it prints the aging's total and the
 * {@value #TOP_LATE} latest customers only (the receivables report lists every customer).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StorySummary {
    /** The days of the simple DSO's window. */
    public static final int DSO_DAYS = 90;

    /** The months the count-back DSO looks back through. */
    public static final int COUNT_BACK_MONTHS = 12;

    /** How many late customers the summary lists. */
    public static final int TOP_LATE = 5;

    /** Up to this many customers owing something, the summary prints the aging table of every customer. */
    public static final int FULL_AGING_UP_TO = 50;

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
    private final AgingReport aging;
    private final Optional<DsoResult> dso;
    private final Optional<DsoResult> dsoCountBack;
    private final LateCustomersReport lateCustomers;

    private StorySummary(
            LocalDate from,
            LocalDate asOf,
            int customers,
            CurrencyUnit currency,
            StoryCounts counts,
            BigDecimal[] sums,
            AgingReport aging,
            Optional<DsoResult> dso,
            Optional<DsoResult> dsoCountBack,
            LateCustomersReport lateCustomers) {
        this.from = from;
        this.asOf = asOf;
        this.customers = customers;
        this.currency = currency;
        this.counts = counts;
        this.invoiced = sums[0];
        this.credited = sums[1];
        this.collected = sums[2];
        this.outstanding = sums[3];
        this.customerCredit = sums[4];
        this.aging = aging;
        this.dso = dso;
        this.dsoCountBack = dsoCountBack;
        this.lateCustomers = lateCustomers;
    }

    /**
     * Tallies the accounts of a story on its last day.
     *
     * @param sellerId the seller of the accounts
     * @param from the story's first day
     * @param asOf the story's last day
     * @param currency the accounts' currency
     * @param accounts the customer accounts
     * @param followUp the reminders sent to each customer, for the late-customers report
     * @param counts the documents and payments counted by the story
     * @return the summary
     */
    public static StorySummary tally(
            String sellerId,
            LocalDate from,
            LocalDate asOf,
            CurrencyUnit currency,
            Collection<CustomerAccount> accounts,
            FollowUpRecords followUp,
            StoryCounts counts) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(counts, "counts");
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (CustomerAccount account : accounts) {
            sums[0] = sums[0].add(Amounts.decimal(account.totalCharged()));
            sums[1] = sums[1].add(Amounts.decimal(account.totalCredited()));
            sums[2] = sums[2].add(Amounts.decimal(account.totalReceived()))
                    .subtract(Amounts.decimal(account.totalRefunded()));
            sums[3] = sums[3].add(Amounts.decimal(account.openBalance()));
            sums[4] = sums[4].add(Amounts.decimal(account.unappliedCredit()));
        }
        OverdueAnalysis analysis =
                OverdueAnalysis.of(ReceivablesLedger.ofAccounts(accounts)).withFollowUp(followUp);
        return new StorySummary(
                from,
                asOf,
                accounts.size(),
                currency,
                counts,
                sums,
                analysis.aging(sellerId, asOf),
                analysis.dso(sellerId, asOf.minusDays(DSO_DAYS - 1), asOf),
                analysis.dsoCountBack(sellerId, asOf, COUNT_BACK_MONTHS),
                analysis.lateCustomers(sellerId, asOf, asOf.minusMonths(1)));
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
     * Returns the open part of the installments due before the last day: the aging's buckets past due.
     *
     * @return the overdue amount
     */
    public MonetaryAmount overdue() {
        return agingTotal().overdue();
    }

    /**
     * Returns the aging of the open installments on the last day, by due date, one row per customer owing something.
     *
     * @return the overdue module's aging report
     */
    public AgingReport aging() {
        return aging;
    }

    /**
     * Returns the aging's total row: the open amount of each bucket.
     *
     * @return the total row, zero in every bucket when nothing is open
     */
    public AgingRow agingTotal() {
        return aging.total(currency);
    }

    /**
     * Returns the simple DSO over the last {@value #DSO_DAYS} days.
     *
     * @return the DSO, or empty when the story invoiced nothing
     */
    public Optional<DsoResult> dso() {
        return dso;
    }

    /**
     * Returns the count-back DSO over the last {@value #COUNT_BACK_MONTHS} months.
     *
     * @return the DSO, or empty when the story invoiced nothing
     */
    public Optional<DsoResult> dsoCountBack() {
        return dsoCountBack;
    }

    /**
     * Returns every customer with something overdue on the last day, most overdue first.
     *
     * @return the overdue module's late-customers report
     */
    public LateCustomersReport lateCustomers() {
        return lateCustomers;
    }

    /**
     * Returns the latest payers, most overdue first, at most {@value #TOP_LATE}.
     *
     * @return the customers
     */
    public List<LateCustomer> topLateCustomers() {
        List<LateCustomer> all = lateCustomers.customers();
        return all.subList(0, Math.min(TOP_LATE, all.size()));
    }

    /**
     * Returns the summary as text, as printed at the end of the demo and written to {@code summary.txt}: counts,
     * totals, then the overdue module's DSO lines, aging table and late-customers table, in English.
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
        amount(out, "overdue on " + asOf, Amounts.decimal(overdue()));
        out.append("\nDays sales outstanding\n");
        dso.ifPresent(d -> out.append("  ").append(d.toText(Locale.ENGLISH)).append('\n'));
        dsoCountBack.ifPresent(
                d -> out.append("  ").append(d.toText(Locale.ENGLISH)).append('\n'));
        if (dso.isEmpty() && dsoCountBack.isEmpty()) {
            out.append("  nothing invoiced\n");
        }
        out.append('\n');
        int rows = aging.rows().size();
        out.append(excerpt(
                aging.toText(Locale.ENGLISH),
                rows,
                rows <= FULL_AGING_UP_TO ? rows : 0,
                rows + " customers owe something: the receivables report lists them all"));
        out.append('\n');
        int late = lateCustomers.customers().size();
        out.append(excerpt(
                lateCustomers.toText(Locale.ENGLISH),
                late,
                TOP_LATE,
                "… and " + (late - TOP_LATE) + " more late customers in the receivables report"));
        return out.toString();
    }

    /**
     * Keeps the title, the heading, the first rows and the lines after the rows (totals) of one of the module's
     * tables, with a note where rows were left out.
     */
    private static String excerpt(String table, int rows, int keep, String note) {
        List<String> lines = table.lines().toList();
        if (keep >= rows) {
            return table;
        }
        StringBuilder out = new StringBuilder();
        lines.subList(0, 2 + keep).forEach(l -> out.append(l).append('\n'));
        out.append("  ").append(note).append('\n');
        lines.subList(2 + rows, lines.size()).forEach(l -> out.append(l).append('\n'));
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
}
