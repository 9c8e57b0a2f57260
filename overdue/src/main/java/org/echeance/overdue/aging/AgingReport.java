package org.echeance.overdue.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.text.DocumentText;
import org.echeance.overdue.CurrencyConverter;
import org.echeance.overdue.MixedCurrenciesException;
import org.echeance.overdue.internal.Texts;

/**
 * The receivables of a seller as of a date, by customer, currency and age: what {@link Aging} computes.
 *
 * <p>Rows hold one customer in one currency, ordered by currency code then customer number; customers owing
 * nothing on the as-of date have no row. Totals are given per currency ({@link #totals()}, customer number {@value
 * #ALL_CUSTOMERS}); a single figure across currencies needs a {@link CurrencyConverter} ({@link
 * #totalsIn(CurrencyUnit, CurrencyConverter)}). The sum of the buckets of a row is its total, and the sum of the
 * rows of a currency is that currency's total.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgingReport {
    /** The customer number of the total rows. */
    public static final String ALL_CUSTOMERS = "*";

    private final LocalDate asOf;
    private final AgingBasis basis;
    private final AgingBuckets buckets;
    private final List<AgingRow> rows;
    private final List<AgingRow> totals;

    AgingReport(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, List<AgingRow> rows, List<AgingRow> totals) {
        this.asOf = asOf;
        this.basis = basis;
        this.buckets = buckets;
        this.rows = List.copyOf(rows);
        this.totals = List.copyOf(totals);
    }

    /**
     * Returns the date the report is as of: settlements count if effective on or before it.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the date ages count from.
     *
     * @return the basis
     */
    public AgingBasis basis() {
        return basis;
    }

    /**
     * Returns the buckets.
     *
     * @return the buckets
     */
    public AgingBuckets buckets() {
        return buckets;
    }

    /**
     * Returns the rows: one per customer and currency with something open, by currency code then customer.
     *
     * @return the rows
     */
    public List<AgingRow> rows() {
        return rows;
    }

    /**
     * Returns the row of a customer in a currency.
     *
     * @param customerNumber the customer number
     * @param currency the currency
     * @return the row, or empty if the customer owes nothing in that currency
     */
    public Optional<AgingRow> row(String customerNumber, CurrencyUnit currency) {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        return rows.stream()
                .filter(r -> r.customerNumber().equals(customerNumber)
                        && r.currency().equals(currency))
                .findFirst();
    }

    /**
     * Returns the totals, one row per currency (customer number {@value #ALL_CUSTOMERS}), by currency code.
     *
     * @return the totals
     */
    public List<AgingRow> totals() {
        return totals;
    }

    /**
     * Returns the currencies of the report, by code.
     *
     * @return the currencies
     */
    public List<CurrencyUnit> currencies() {
        return totals.stream().map(AgingRow::currency).toList();
    }

    /**
     * Returns the totals of one currency; zero in every bucket if nothing is open in it.
     *
     * @param currency the currency
     * @return the total row
     */
    public AgingRow total(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return totals.stream()
                .filter(t -> t.currency().equals(currency))
                .findFirst()
                .orElseGet(() -> zeroRow(currency));
    }

    /**
     * Returns the totals of a report in one currency.
     *
     * @return the total row, or empty if nothing is open
     * @throws MixedCurrenciesException if the report holds several currencies
     */
    public Optional<AgingRow> singleCurrencyTotal() {
        if (totals.size() > 1) {
            throw new MixedCurrenciesException(
                    "aging.total",
                    totals.stream().map(t -> t.currency().getCurrencyCode()).toList());
        }
        return totals.stream().findFirst();
    }

    /**
     * Returns the totals converted into a reporting currency, bucket by bucket, at the rate of the as-of date.
     *
     * @param reportingCurrency the currency of the result
     * @param converter the application's converter
     * @return the total row in the reporting currency
     */
    public AgingRow totalsIn(CurrencyUnit reportingCurrency, CurrencyConverter converter) {
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(converter, "converter");
        BigDecimal[] sums = zeros(buckets.size());
        for (AgingRow total : totals) {
            for (int i = 0; i < sums.length; i++) {
                MonetaryAmount amount = total.amount(i);
                MonetaryAmount converted = total.currency().equals(reportingCurrency)
                        ? amount
                        : converter.convert(amount, reportingCurrency, asOf);
                sums[i] = sums[i].add(Amounts.decimal(converted, reportingCurrency, "aging.totalsIn"));
            }
        }
        return row(ALL_CUSTOMERS, reportingCurrency, sums);
    }

    /**
     * Writes the report as a text table: a title line, a heading, one line per row, then one total line per
     * currency.
     *
     * <p>For example, in English:
     *
     * <pre>
     * Aging as of 2026-03-31, by due date
     * Customer  Currency  Not yet due    1-30  31-60  61-90  &gt; 90   Total
     * C1        EUR              0.00  100.00   0.00   0.00  0.00  100.00
     * Total     EUR              0.00  100.00   0.00   0.00  0.00  100.00
     * </pre>
     *
     * @param locale the language: French for any {@code fr} locale, English otherwise
     * @return the text, lines ending with {@code \n}
     */
    public String toText(Locale locale) {
        DocumentText text = DocumentText.of(locale);
        boolean french = text.isFrench();
        String title = french
                ? "Balance âgée au " + text.numericDate(asOf)
                        + (basis == AgingBasis.DUE_DATE ? ", par date d'échéance" : ", par date de facture")
                : "Aging as of " + text.numericDate(asOf)
                        + (basis == AgingBasis.DUE_DATE ? ", by due date" : ", by invoice date");
        List<List<String>> table = new ArrayList<>();
        List<String> heading = new ArrayList<>();
        heading.add(french ? "Client" : "Customer");
        heading.add(french ? "Devise" : "Currency");
        for (AgingBucket bucket : buckets.buckets()) {
            heading.add(bucket.label(french, basis));
        }
        heading.add("Total");
        table.add(heading);
        for (AgingRow row : rows) {
            table.add(cells(row.customerNumber(), row, text));
        }
        for (AgingRow total : totals) {
            table.add(cells("Total", total, text));
        }
        return title + "\n" + Texts.table(table, 2);
    }

    @Override
    public String toString() {
        return "AgingReport[" + asOf + ", " + basis + ", " + rows.size() + " rows, "
                + currencies().stream().map(CurrencyUnit::getCurrencyCode).toList() + "]";
    }

    private static List<String> cells(String first, AgingRow row, DocumentText text) {
        List<String> cells = new ArrayList<>();
        cells.add(first);
        cells.add(row.currency().getCurrencyCode());
        for (MonetaryAmount amount : row.amounts()) {
            cells.add(text.amount(amount));
        }
        cells.add(text.amount(row.total()));
        return cells;
    }

    private AgingRow zeroRow(CurrencyUnit currency) {
        return row(ALL_CUSTOMERS, currency, zeros(buckets.size()));
    }

    static BigDecimal[] zeros(int size) {
        BigDecimal[] sums = new BigDecimal[size];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        return sums;
    }

    static AgingRow row(String customer, CurrencyUnit currency, BigDecimal[] sums) {
        List<MonetaryAmount> amounts = new ArrayList<>(sums.length);
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal sum : sums) {
            amounts.add(Amounts.money(sum, currency));
            total = total.add(sum);
        }
        return new AgingRow(customer, currency, amounts, Amounts.money(total, currency));
    }
}
