package org.echeance.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.OverdueAnalysis;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.dso.DsoResult;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthFigures;
import org.echeance.overdue.report.MonthlySeries;

/**
 * What a receivables report shows, as the overdue module computes it: the aging table, the late customers, the
 * months of invoiced and collected amounts and, optionally, the DSO and the customers' names.
 *
 * <p>The report prints every currency of its tables; its two charts (invoiced vs collected per month, open amount
 * per aging bucket) are drawn in one currency, {@link #chartCurrency()}: the aging's single currency by default, or
 * the one chosen with {@link #withChartCurrency(CurrencyUnit)}. This class is immutable and thread-safe.
 */
public final class ReceivablesReport {
    private final AgingReport aging;
    private final LateCustomersReport lateCustomers;
    private final MonthlySeries monthlySeries;
    private final Optional<DsoResult> dso;
    private final Map<String, String> customerNames;
    private final Optional<CurrencyUnit> chartCurrency;

    private ReceivablesReport(
            AgingReport aging,
            LateCustomersReport lateCustomers,
            MonthlySeries monthlySeries,
            Optional<DsoResult> dso,
            Map<String, String> customerNames,
            Optional<CurrencyUnit> chartCurrency) {
        this.aging = aging;
        this.lateCustomers = lateCustomers;
        this.monthlySeries = monthlySeries;
        this.dso = dso;
        this.customerNames = Map.copyOf(customerNames);
        this.chartCurrency = chartCurrency;
    }

    /**
     * Returns the report of an aging, the late customers on the same date and a monthly series.
     *
     * @param aging the aging report
     * @param lateCustomers the late customers, as of the aging's date
     * @param monthlySeries the months to chart
     * @return the report
     * @throws ValidationException if the late customers are not as of the aging's date (rule {@code ECH-PDF-06})
     */
    public static ReceivablesReport of(
            AgingReport aging, LateCustomersReport lateCustomers, MonthlySeries monthlySeries) {
        Objects.requireNonNull(aging, "aging");
        Objects.requireNonNull(lateCustomers, "lateCustomers");
        Objects.requireNonNull(monthlySeries, "monthlySeries");
        if (!lateCustomers.asOf().equals(aging.asOf())) {
            throw ValidationException.of(
                    "ECH-PDF-06",
                    "lateCustomers.asOf",
                    lateCustomers.asOf() + " is not the date of the aging, " + aging.asOf());
        }
        return new ReceivablesReport(
                aging, lateCustomers, monthlySeries, Optional.empty(), Map.of(), defaultCurrency(aging, monthlySeries));
    }

    /**
     * Computes the report of a seller as of a date: the aging, the late customers with their trend over the last
     * month, the months from {@code firstMonth} to the month of {@code asOf} and, when the ledger has one currency,
     * the simple DSO over the last 90 days.
     *
     * @param analysis the application's analysis
     * @param sellerId the seller
     * @param asOf the date
     * @param firstMonth the first month of the chart of invoiced vs collected
     * @return the report
     */
    public static ReceivablesReport of(
            OverdueAnalysis analysis, String sellerId, LocalDate asOf, YearMonth firstMonth) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(firstMonth, "firstMonth");
        AgingReport aging = analysis.aging(sellerId, asOf);
        ReceivablesReport report = of(
                aging,
                analysis.lateCustomers(sellerId, asOf, asOf.minusMonths(1)),
                analysis.monthlySeries(sellerId, firstMonth, YearMonth.from(asOf)));
        if (aging.currencies().size() == 1) {
            Optional<DsoResult> dso = analysis.dso(sellerId, asOf.minusDays(89), asOf);
            if (dso.isPresent()) {
                report = report.withDso(dso.get());
            }
        }
        return report;
    }

    private static Optional<CurrencyUnit> defaultCurrency(AgingReport aging, MonthlySeries series) {
        if (!aging.currencies().isEmpty()) {
            return Optional.of(aging.currencies().get(0));
        }
        return series.points().stream().map(MonthFigures::currency).findFirst();
    }

    /**
     * Returns a copy of this report that prints a DSO.
     *
     * @param result the DSO, as of the report's date
     * @return the report
     */
    public ReceivablesReport withDso(DsoResult result) {
        return new ReceivablesReport(
                aging,
                lateCustomers,
                monthlySeries,
                Optional.of(Objects.requireNonNull(result, "dso")),
                customerNames,
                chartCurrency);
    }

    /**
     * Returns a copy of this report that prints the names of customers next to their numbers.
     *
     * @param names customer names by customer number; customers not named print their number only
     * @return the report
     */
    public ReceivablesReport withCustomerNames(Map<String, String> names) {
        Map<String, String> all = new HashMap<>(customerNames);
        all.putAll(Objects.requireNonNull(names, "names"));
        return new ReceivablesReport(aging, lateCustomers, monthlySeries, dso, all, chartCurrency);
    }

    /**
     * Returns a copy of this report whose charts are drawn in another currency of its data.
     *
     * @param currency the currency
     * @return the report
     */
    public ReceivablesReport withChartCurrency(CurrencyUnit currency) {
        return new ReceivablesReport(
                aging,
                lateCustomers,
                monthlySeries,
                dso,
                customerNames,
                Optional.of(Objects.requireNonNull(currency, "currency")));
    }

    /**
     * Returns the date of the report.
     *
     * @return the aging's date
     */
    public LocalDate asOf() {
        return aging.asOf();
    }

    /**
     * Returns the aging report.
     *
     * @return the aging
     */
    public AgingReport aging() {
        return aging;
    }

    /**
     * Returns the late customers.
     *
     * @return the report of late customers
     */
    public LateCustomersReport lateCustomers() {
        return lateCustomers;
    }

    /**
     * Returns the months of the chart of invoiced vs collected.
     *
     * @return the series
     */
    public MonthlySeries monthlySeries() {
        return monthlySeries;
    }

    /**
     * Returns the DSO to print.
     *
     * @return the DSO, if any
     */
    public Optional<DsoResult> dso() {
        return dso;
    }

    /**
     * Returns the name of a customer.
     *
     * @param customerNumber the customer number
     * @return the name, if one was given
     */
    public Optional<String> customerName(String customerNumber) {
        return Optional.ofNullable(customerNames.get(customerNumber));
    }

    /**
     * Returns the currency of the charts.
     *
     * @return the currency, empty when the report holds no amount at all
     */
    public Optional<CurrencyUnit> chartCurrency() {
        return chartCurrency;
    }

    /**
     * Returns the months of the chart, in the chart's currency.
     *
     * @return the months, in order; empty without a chart currency
     */
    public List<MonthFigures> chartMonths() {
        return chartCurrency.map(monthlySeries::points).orElse(List.of());
    }

    @Override
    public String toString() {
        return "ReceivablesReport[" + aging.asOf() + ", " + aging.rows().size() + " aging rows, "
                + lateCustomers.customers().size() + " late customers, "
                + chartMonths().size() + " months]";
    }
}
