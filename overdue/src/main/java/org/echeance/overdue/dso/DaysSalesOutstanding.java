package org.echeance.overdue.dso;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.CurrencyConverter;
import org.echeance.overdue.ReceivableItem;

/**
 * Computes days sales outstanding (DSO): how many days of sales the open receivables represent.
 *
 * <p><b>Simple method</b> ({@link #simple}): {@code DSO = receivables at the end of the period ÷ credit sales of the
 * period × days in the period}, the period being {@code [from, asOf]}, both days included. Receivables are the open
 * amounts on {@code asOf} (due or not, rebuilt from the settlements in effect then); credit sales are the amounts of
 * the installments of invoices issued in the period.
 *
 * <p><b>Count-back method</b> ({@link #countBack}): walk back month by month from {@code asOf}, subtracting each
 * month's sales from the receivables and adding the month's days while the receivables cover them; then add the
 * remaining fraction of the next month's sales times its days. For example, receivables of 212,000 against sales of
 * 100,000, 80,000 and 70,000 in three 30-day months: 30 + 30 + 32/70 × 30 = 73.71 days. The months are {@code
 * (asOf − 1 month, asOf]}, {@code (asOf − 2 months, asOf − 1 month]}… so with {@code asOf} the last day of a month
 * they are calendar months.
 *
 * <p>A ledger paid on issue has a DSO of 0. DSO is given with 2 decimals, rounded half-up. Each currency gets its
 * own DSO; {@link #inReportingCurrency} combines them with a {@link CurrencyConverter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DaysSalesOutstanding {
    /** The months a count-back looks back through by default. */
    public static final int DEFAULT_COUNT_BACK_MONTHS = 12;

    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private DaysSalesOutstanding() {}

    /**
     * Returns the simple DSO of some figures.
     *
     * @param receivables the receivables at the end of the period
     * @param sales the credit sales of the period, in the same currency
     * @param days the days in the period, from 1
     * @return the DSO rounded to 2 decimals; 0 when nothing is open; empty when sales are zero and something is
     *     open
     * @throws ValidationException if the days are below 1 or the sales negative ({@code ECH-OVERDUE-11})
     */
    public static Optional<BigDecimal> simple(MonetaryAmount receivables, MonetaryAmount sales, int days) {
        BigDecimal open = Amounts.decimal(receivables);
        BigDecimal sold = Amounts.decimal(sales, receivables.getCurrency(), "sales");
        if (days < 1 || sold.signum() < 0) {
            throw ValidationException.of(
                    "ECH-OVERDUE-11", "days", days + " days of sales " + sold.toPlainString() + " is not a period");
        }
        return simple(open, sold, days);
    }

    /**
     * Returns the count-back DSO of some figures.
     *
     * @param receivables the receivables at the end of the newest period
     * @param periodsNewestFirst the periods, newest first
     * @return the DSO rounded to 2 decimals; 0 when nothing is open; when the receivables exceed the sales of every
     *     period, the days of all the periods (the DSO is at least that); empty when there is no period
     */
    public static Optional<BigDecimal> countBack(MonetaryAmount receivables, List<PeriodSales> periodsNewestFirst) {
        Objects.requireNonNull(receivables, "receivables");
        Objects.requireNonNull(periodsNewestFirst, "periodsNewestFirst");
        List<BigDecimal> sales = new ArrayList<>();
        for (int i = 0; i < periodsNewestFirst.size(); i++) {
            sales.add(Amounts.decimal(
                    periodsNewestFirst.get(i).sales(), receivables.getCurrency(), "periods[" + i + "].sales"));
        }
        return countBack(Amounts.decimal(receivables), sales, periodsNewestFirst)
                .map(CountBack::days);
    }

    /**
     * Computes the simple DSO of a stream of items over {@code [from, asOf]}, per currency.
     *
     * @param items the items; read once and closed
     * @param from the first day of the period, included
     * @param asOf the last day of the period, included
     * @return the DSO per currency, by currency code
     * @throws ValidationException if {@code from} is after {@code asOf} ({@code ECH-OVERDUE-11})
     */
    public static Map<CurrencyUnit, DsoResult> simple(Stream<ReceivableItem> items, LocalDate from, LocalDate asOf) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        if (from.isAfter(asOf)) {
            throw ValidationException.of("ECH-OVERDUE-11", "from", from + " is after the end of the period " + asOf);
        }
        int days = (int) ChronoUnit.DAYS.between(from, asOf) + 1;
        Map<String, Sums> sums = accumulate(items, asOf, new long[] {from.toEpochDay() - 1, asOf.toEpochDay()});
        Map<CurrencyUnit, DsoResult> results = new LinkedHashMap<>();
        for (Sums s : sums.values()) {
            List<PeriodSales> periods = List.of(new PeriodSales(days, Amounts.money(s.sales[0], s.currency)));
            results.put(s.currency, result(DsoMethod.SIMPLE, s.currency, asOf, s.receivables, periods));
        }
        return results;
    }

    /**
     * Computes the count-back DSO of a stream of items as of a date, per currency.
     *
     * @param items the items; read once and closed
     * @param asOf the end of the newest month
     * @param months how many months to look back through, from 1
     * @return the DSO per currency, by currency code
     * @throws ValidationException if {@code months} is below 1 ({@code ECH-OVERDUE-11})
     */
    public static Map<CurrencyUnit, DsoResult> countBack(Stream<ReceivableItem> items, LocalDate asOf, int months) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(asOf, "asOf");
        if (months < 1) {
            throw ValidationException.of("ECH-OVERDUE-11", "months", months + " is not a number of months from 1");
        }
        long[] bounds = new long[months + 1];
        for (int k = 0; k <= months; k++) {
            bounds[months - k] = asOf.minusMonths(k).toEpochDay();
        }
        Map<String, Sums> sums = accumulate(items, asOf, bounds);
        Map<CurrencyUnit, DsoResult> results = new LinkedHashMap<>();
        for (Sums s : sums.values()) {
            List<PeriodSales> periods = new ArrayList<>();
            for (int w = months - 1; w >= 0; w--) {
                periods.add(new PeriodSales((int) (bounds[w + 1] - bounds[w]), Amounts.money(s.sales[w], s.currency)));
            }
            results.put(s.currency, result(DsoMethod.COUNT_BACK, s.currency, asOf, s.receivables, periods));
        }
        return results;
    }

    /**
     * Combines per-currency results of one method and period into one DSO in a reporting currency: receivables and
     * each period's sales are converted at the rate of the as-of date, then the DSO is computed again.
     *
     * @param perCurrency the results, all of one method, as-of date and period lengths
     * @param reportingCurrency the currency of the result
     * @param converter the application's converter
     * @return the DSO in the reporting currency, or empty if there is no result
     * @throws IllegalArgumentException if the results are of different methods, dates or periods
     */
    public static Optional<DsoResult> inReportingCurrency(
            List<DsoResult> perCurrency, CurrencyUnit reportingCurrency, CurrencyConverter converter) {
        Objects.requireNonNull(perCurrency, "perCurrency");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(converter, "converter");
        if (perCurrency.isEmpty()) {
            return Optional.empty();
        }
        DsoResult first = perCurrency.get(0);
        BigDecimal receivables = BigDecimal.ZERO;
        BigDecimal[] sales = new BigDecimal[first.periods().size()];
        java.util.Arrays.fill(sales, BigDecimal.ZERO);
        for (DsoResult r : perCurrency) {
            if (r.method() != first.method()
                    || !r.asOf().equals(first.asOf())
                    || r.periods().size() != sales.length) {
                throw new IllegalArgumentException(
                        "perCurrency: results of different methods, dates or periods cannot be combined");
            }
            receivables = receivables.add(convert(r.receivables(), reportingCurrency, r.asOf(), converter));
            for (int i = 0; i < sales.length; i++) {
                sales[i] = sales[i].add(convert(r.periods().get(i).sales(), reportingCurrency, r.asOf(), converter));
            }
        }
        List<PeriodSales> periods = new ArrayList<>();
        for (int i = 0; i < sales.length; i++) {
            periods.add(new PeriodSales(first.periods().get(i).days(), Amounts.money(sales[i], reportingCurrency)));
        }
        return Optional.of(result(first.method(), reportingCurrency, first.asOf(), receivables, periods));
    }

    // ---------------------------------------------------------------- internals

    private static BigDecimal convert(
            MonetaryAmount amount, CurrencyUnit target, LocalDate date, CurrencyConverter converter) {
        MonetaryAmount converted =
                amount.getCurrency().equals(target) ? amount : converter.convert(amount, target, date);
        return Amounts.decimal(converted, target, "converter.result");
    }

    private static DsoResult result(
            DsoMethod method,
            CurrencyUnit currency,
            LocalDate asOf,
            BigDecimal receivables,
            List<PeriodSales> periods) {
        Optional<BigDecimal> days;
        boolean exhausted = false;
        if (method == DsoMethod.SIMPLE) {
            PeriodSales period = periods.get(0);
            days = simple(receivables, Amounts.decimal(period.sales()), period.days());
        } else {
            List<BigDecimal> sales = new ArrayList<>();
            periods.forEach(p -> sales.add(Amounts.decimal(p.sales())));
            Optional<CountBack> walked = countBack(receivables, sales, periods);
            days = walked.map(CountBack::days);
            exhausted = walked.map(CountBack::exhausted).orElse(false);
        }
        return new DsoResult(method, currency, asOf, Amounts.money(receivables, currency), periods, days, exhausted);
    }

    private static Optional<BigDecimal> simple(BigDecimal receivables, BigDecimal sales, int days) {
        if (receivables.signum() == 0) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        if (sales.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(receivables
                .multiply(BigDecimal.valueOf(days))
                .divide(sales, DIVISION)
                .setScale(2, RoundingMode.HALF_UP));
    }

    private record CountBack(BigDecimal days, boolean exhausted) {}

    private static Optional<CountBack> countBack(
            BigDecimal receivables, List<BigDecimal> sales, List<PeriodSales> periods) {
        if (receivables.signum() == 0) {
            return Optional.of(new CountBack(BigDecimal.ZERO.setScale(2), false));
        }
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal left = receivables;
        BigDecimal days = BigDecimal.ZERO;
        for (int i = 0; i < periods.size(); i++) {
            BigDecimal sold = sales.get(i);
            int periodDays = periods.get(i).days();
            if (left.compareTo(sold) >= 0) {
                left = left.subtract(sold);
                days = days.add(BigDecimal.valueOf(periodDays));
                if (left.signum() == 0) {
                    return Optional.of(new CountBack(days.setScale(2, RoundingMode.HALF_UP), false));
                }
            } else {
                BigDecimal fraction =
                        left.multiply(BigDecimal.valueOf(periodDays)).divide(sold, DIVISION);
                return Optional.of(new CountBack(days.add(fraction).setScale(2, RoundingMode.HALF_UP), false));
            }
        }
        return Optional.of(new CountBack(days.setScale(2, RoundingMode.HALF_UP), true));
    }

    private static final class Sums {
        final CurrencyUnit currency;
        BigDecimal receivables = BigDecimal.ZERO;
        final BigDecimal[] sales;

        Sums(CurrencyUnit currency, int windows) {
            this.currency = currency;
            this.sales = new BigDecimal[windows];
            java.util.Arrays.fill(sales, BigDecimal.ZERO);
        }
    }

    /** Sums receivables on asOf and sales in windows (bounds[w], bounds[w + 1]], ascending bounds. */
    private static Map<String, Sums> accumulate(Stream<ReceivableItem> items, LocalDate asOf, long[] bounds) {
        long day = asOf.toEpochDay();
        int windows = bounds.length - 1;
        Map<String, Sums> sums = new TreeMap<>();
        try (items) {
            Iterator<ReceivableItem> it = items.iterator();
            while (it.hasNext()) {
                ReceivableItem item = it.next();
                long issued = item.issueEpochDay();
                if (issued > day) {
                    continue;
                }
                Sums s = sums.computeIfAbsent(
                        item.currency().getCurrencyCode(), c -> new Sums(item.currency(), windows));
                s.receivables = s.receivables.add(item.openOn(day));
                if (issued > bounds[0] && issued <= bounds[windows]) {
                    for (int w = 0; w < windows; w++) {
                        if (issued <= bounds[w + 1]) {
                            s.sales[w] = s.sales[w].add(item.amountDecimal());
                            break;
                        }
                    }
                }
            }
        }
        return sums;
    }
}
