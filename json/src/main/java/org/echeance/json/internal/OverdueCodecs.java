package org.echeance.json.internal;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.aging.AgingBasis;
import org.echeance.overdue.aging.AgingBucket;
import org.echeance.overdue.aging.AgingBuckets;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.aging.AgingRow;
import org.echeance.overdue.report.CustomerAmount;
import org.echeance.overdue.report.DashboardFigures;
import org.echeance.overdue.report.LateCustomer;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthFigures;
import org.echeance.overdue.report.MonthlySeries;
import org.echeance.overdue.report.Trend;

/**
 * Codecs of the overdue module's reports: aging, dashboard figures, late customers and monthly series. Each report
 * is read back only when it is consistent the way the overdue module computes it (sums, currencies, dates, order):
 * JSON cannot state a report the module could not have produced.
 */
public final class OverdueCodecs {
    private OverdueCodecs() {}

    /** Months, ISO-8601: {@code 2026-03}. */
    public static final Codec<YearMonth> YEAR_MONTH = Codecs.text(YearMonth::toString, text -> {
        if (text.length() != 7 || text.charAt(4) != '-' || !digits(text, 0, 4) || !digits(text, 5, 7)) {
            throw new IllegalArgumentException("\"" + In.clip(text) + "\" is not an ISO-8601 month such as 2026-03");
        }
        int month = Integer.parseInt(text.substring(5));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 month such as 2026-03");
        }
        return YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
    });

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Aging bucket edges: {@code {"upperEdges":[30,60,90]}}. */
    public static final ObjectCodec<AgingBuckets> AGING_BUCKETS = new RecordCodec<>(AgingBuckets.class);

    /** One aging bucket: {@code {"index":1,"fromDays":1,"toDays":30}}. */
    public static final ObjectCodec<AgingBucket> AGING_BUCKET = new RecordCodec<>(AgingBucket.class);

    /** Aging bases, by name. */
    private static final Codec<AgingBasis> AGING_BASIS = Codecs.named(AgingBasis.values());

    /** Rows of an aging report: every amount in the row's currency, the total their sum. */
    public static final ObjectCodec<AgingRow> AGING_ROW = new RecordCodec<>(AgingRow.class) {
        @Override
        protected void check(AgingRow value, In in) {
            String currency = value.currency().getCurrencyCode();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < value.amounts().size(); i++) {
                MonetaryAmount amount = value.amount(i);
                checkCurrency(in.path("amounts").index(i), amount, currency, "the row's");
                sum = sum.add(Amounts.decimal(amount));
            }
            checkCurrency(in.path("total"), value.total(), currency, "the row's");
            if (sum.compareTo(Amounts.decimal(value.total())) != 0) {
                throw Paths.error(
                        in.path("total"),
                        Amounts.toPlainString(value.total()) + " is not the sum of the buckets, "
                                + Amounts.toPlainString(Amounts.money(sum, value.currency())));
            }
        }
    };

    /**
     * Aging reports; read back only when each row has one amount per bucket, a customer and currency appear once,
     * and the totals are the rows' sums per currency, one per currency in code order, as {@code Aging} computes
     * them.
     */
    public static final ObjectCodec<AgingReport> AGING_REPORT = new ObjectCodec<>() {
        private final Constructor<AgingReport> create = constructor(
                AgingReport.class, LocalDate.class, AgingBasis.class, AgingBuckets.class, List.class, List.class);

        @Override
        protected void writeFields(AgingReport value, Out out) throws IOException {
            out.date("asOf", value.asOf());
            out.value("basis", value.basis(), AGING_BASIS);
            out.value("buckets", value.buckets(), AGING_BUCKETS);
            out.list("rows", value.rows(), AGING_ROW);
            out.list("totals", value.totals(), AGING_ROW);
        }

        @Override
        protected AgingReport read(In in) {
            LocalDate asOf = in.date("asOf");
            AgingBasis basis = in.get("basis", AGING_BASIS);
            AgingBuckets buckets = in.get("buckets", AGING_BUCKETS);
            List<AgingRow> rows = in.list("rows", AGING_ROW);
            List<AgingRow> totals = in.list("totals", AGING_ROW);
            int size = buckets.size();
            Set<String> seen = new HashSet<>();
            Map<String, BigDecimal[]> sums = new TreeMap<>();
            Map<String, CurrencyUnit> currencies = new TreeMap<>();
            for (int r = 0; r < rows.size(); r++) {
                AgingRow row = rows.get(r);
                Path path = in.path("rows").index(r);
                checkSize(path, row, size);
                if (row.customerNumber().equals(AgingReport.ALL_CUSTOMERS)) {
                    throw Paths.error(path.field("customerNumber"), "\"*\" names the totals, not a customer");
                }
                String code = row.currency().getCurrencyCode();
                if (!seen.add(row.customerNumber() + "\u0000" + code)) {
                    throw Paths.error(path, "customer " + row.customerNumber() + " in " + code + " appears twice");
                }
                currencies.put(code, row.currency());
                BigDecimal[] sum = sums.computeIfAbsent(code, c -> zeros(size));
                for (int i = 0; i < size; i++) {
                    sum[i] = sum[i].add(Amounts.decimal(row.amount(i)));
                }
            }
            List<String> codes = new ArrayList<>(sums.keySet());
            if (totals.size() != codes.size()) {
                throw Paths.error(
                        in.path("totals"),
                        "the document states " + totals.size() + " totals, the rows give one per currency " + codes);
            }
            for (int t = 0; t < totals.size(); t++) {
                AgingRow total = totals.get(t);
                Path path = in.path("totals").index(t);
                checkSize(path, total, size);
                if (!total.customerNumber().equals(AgingReport.ALL_CUSTOMERS)) {
                    throw Paths.error(path.field("customerNumber"), "a total is for customer \"*\"");
                }
                if (!total.currency().getCurrencyCode().equals(codes.get(t))) {
                    throw Paths.error(
                            path.field("currency"),
                            total.currency().getCurrencyCode() + " is not " + codes.get(t)
                                    + ": one total per currency of the rows, in code order");
                }
                BigDecimal[] sum = sums.get(codes.get(t));
                for (int i = 0; i < size; i++) {
                    if (Amounts.decimal(total.amount(i)).compareTo(sum[i]) != 0) {
                        throw Paths.error(
                                path.field("amounts").index(i),
                                "the document states " + Amounts.toPlainString(total.amount(i)) + ", the rows give "
                                        + Amounts.toPlainString(Amounts.money(sum[i], total.currency())));
                    }
                }
            }
            return in.build(() -> construct(create, asOf, basis, buckets, rows, totals));
        }
    };

    /** Amounts of one customer. */
    public static final ObjectCodec<CustomerAmount> CUSTOMER_AMOUNT = new RecordCodec<>(CustomerAmount.class);

    /** Dashboard figures; read back only with every amount in their currency and a period that is one. */
    public static final ObjectCodec<DashboardFigures> DASHBOARD_FIGURES = new RecordCodec<>(DashboardFigures.class) {
        @Override
        protected void check(DashboardFigures value, In in) {
            if (value.from().isAfter(value.asOf())) {
                throw Paths.error(
                        in.path("from"),
                        value.from() + " is after the as-of date " + value.asOf() + " (ECH-OVERDUE-11)");
            }
            String currency = value.currency().getCurrencyCode();
            checkCurrency(in.path("invoiced"), value.invoiced(), currency, "the figures'");
            checkCurrency(in.path("collected"), value.collected(), currency, "the figures'");
            checkCurrency(in.path("outstanding"), value.outstanding(), currency, "the figures'");
            checkCurrency(in.path("overdue"), value.overdue(), currency, "the figures'");
            checkCurrency(in.path("dueNext7Days"), value.dueNext7Days(), currency, "the figures'");
            checkCurrency(in.path("dueNext30Days"), value.dueNext30Days(), currency, "the figures'");
            for (int i = 0; i < value.topLateCustomers().size(); i++) {
                checkCurrency(
                        in.path("topLateCustomers").index(i).field("amount"),
                        value.topLateCustomers().get(i).amount(),
                        currency,
                        "the figures'");
            }
        }
    };

    /** Points of a monthly series; read back only with every amount in their currency. */
    public static final ObjectCodec<MonthFigures> MONTH_FIGURES = new RecordCodec<>(MonthFigures.class) {
        @Override
        protected void check(MonthFigures value, In in) {
            String currency = value.currency().getCurrencyCode();
            checkCurrency(in.path("invoiced"), value.invoiced(), currency, "the point's");
            checkCurrency(in.path("collected"), value.collected(), currency, "the point's");
            checkCurrency(in.path("outstanding"), value.outstanding(), currency, "the point's");
            checkCurrency(in.path("overdue"), value.overdue(), currency, "the point's");
        }
    };

    /**
     * Monthly series: {@code {"points":[…]}}; read back only with the points by currency code then month, the same
     * consecutive months for every currency, as {@code MonthlySeries.of} computes them.
     */
    public static final ObjectCodec<MonthlySeries> MONTHLY_SERIES = new ObjectCodec<>() {
        private final Constructor<MonthlySeries> create = constructor(MonthlySeries.class, List.class);

        @Override
        protected void writeFields(MonthlySeries value, Out out) throws IOException {
            out.list("points", value.points(), MONTH_FIGURES);
        }

        @Override
        protected MonthlySeries read(In in) {
            List<MonthFigures> points = in.list("points", MONTH_FIGURES);
            Map<String, List<YearMonth>> months = new LinkedHashMap<>();
            for (int i = 0; i < points.size(); i++) {
                MonthFigures point = points.get(i);
                String code = point.currency().getCurrencyCode();
                if (i > 0) {
                    MonthFigures previous = points.get(i - 1);
                    String before = previous.currency().getCurrencyCode();
                    boolean next = before.equals(code)
                            ? point.month().equals(previous.month().plusMonths(1))
                            : before.compareTo(code) < 0;
                    if (!next) {
                        throw Paths.error(
                                in.path("points").index(i),
                                code + " " + point.month() + " does not follow " + before + " " + previous.month()
                                        + ": points go by currency code, then consecutive months");
                    }
                }
                months.computeIfAbsent(code, c -> new ArrayList<>()).add(point.month());
            }
            List<YearMonth> first =
                    months.isEmpty() ? List.of() : months.values().iterator().next();
            for (Map.Entry<String, List<YearMonth>> currency : months.entrySet()) {
                if (!currency.getValue().equals(first)) {
                    throw Paths.error(
                            in.path("points"),
                            currency.getKey() + " has the months " + range(currency.getValue()) + ", the series "
                                    + range(first) + "; every currency has the same months");
                }
            }
            return in.build(() -> construct(create, points));
        }
    };

    /** Late customers; read back only when the trend follows from the amounts and every amount is in the line's currency. */
    public static final ObjectCodec<LateCustomer> LATE_CUSTOMER = new RecordCodec<>(LateCustomer.class) {
        @Override
        protected void check(LateCustomer value, In in) {
            String currency = value.currency().getCurrencyCode();
            checkCurrency(in.path("overdue"), value.overdue(), currency, "the line's");
            checkCurrency(in.path("previousOverdue"), value.previousOverdue(), currency, "the line's");
            if (value.overdueItems() < 1 || Amounts.decimal(value.overdue()).signum() <= 0) {
                throw Paths.error(in.path("overdueItems"), "a late customer has one overdue item at least");
            }
            if (value.remindersSent() < 0) {
                throw Paths.error(in.path("remindersSent"), value.remindersSent() + " is negative");
            }
            int moved = Amounts.decimal(value.overdue()).compareTo(Amounts.decimal(value.previousOverdue()));
            Trend trend = Amounts.decimal(value.previousOverdue()).signum() == 0
                    ? Trend.NEW
                    : moved > 0 ? Trend.WORSE : moved < 0 ? Trend.BETTER : Trend.SAME;
            if (value.trend() != trend) {
                throw Paths.error(
                        in.path("trend"), "the document states " + value.trend() + ", the amounts give " + trend);
            }
        }
    };

    /**
     * Late-customers reports; read back only when the previous date is before the as-of date, each line's days late
     * are counted from its oldest due date, and the lines go by currency code, overdue amount (largest first) and
     * customer number.
     */
    public static final ObjectCodec<LateCustomersReport> LATE_CUSTOMERS_REPORT = new ObjectCodec<>() {
        private final Constructor<LateCustomersReport> create =
                constructor(LateCustomersReport.class, LocalDate.class, LocalDate.class, List.class);

        private final Comparator<LateCustomer> order = Comparator.comparing(
                        (LateCustomer c) -> c.currency().getCurrencyCode())
                .thenComparing((LateCustomer c) -> Amounts.decimal(c.overdue()), Comparator.reverseOrder())
                .thenComparing(LateCustomer::customerNumber);

        @Override
        protected void writeFields(LateCustomersReport value, Out out) throws IOException {
            out.date("asOf", value.asOf());
            out.date("previousAsOf", value.previousAsOf());
            out.list("customers", value.customers(), LATE_CUSTOMER);
        }

        @Override
        protected LateCustomersReport read(In in) {
            LocalDate asOf = in.date("asOf");
            LocalDate previousAsOf = in.date("previousAsOf");
            List<LateCustomer> customers = in.list("customers", LATE_CUSTOMER);
            if (!previousAsOf.isBefore(asOf)) {
                throw Paths.error(
                        in.path("previousAsOf"),
                        previousAsOf + " is not before the as-of date " + asOf + " (ECH-OVERDUE-11)");
            }
            for (int i = 0; i < customers.size(); i++) {
                LateCustomer line = customers.get(i);
                Path path = in.path("customers").index(i);
                long days = asOf.toEpochDay() - line.oldestDueDate().toEpochDay();
                if (days < 1) {
                    throw Paths.error(
                            path.field("oldestDueDate"),
                            line.oldestDueDate() + " is not before the as-of date " + asOf);
                }
                if (line.daysLate() != days) {
                    throw Paths.error(
                            path.field("daysLate"),
                            "the document states " + line.daysLate() + ", the dates give " + days);
                }
                if (i > 0 && order.compare(customers.get(i - 1), line) >= 0) {
                    throw Paths.error(
                            path,
                            "customer " + line.customerNumber() + " does not follow "
                                    + customers.get(i - 1).customerNumber()
                                    + ": lines go by currency code, overdue amount (largest first), customer number");
                }
            }
            return in.build(() -> construct(create, asOf, previousAsOf, customers));
        }
    };

    private static void checkSize(Path path, AgingRow row, int size) {
        if (row.amounts().size() != size) {
            throw Paths.error(
                    path.field("amounts"),
                    row.amounts().size() + " amounts for the " + size + " buckets of the report");
        }
    }

    private static void checkCurrency(Path path, MonetaryAmount amount, String currency, String whose) {
        if (!amount.getCurrency().getCurrencyCode().equals(currency)) {
            throw Paths.error(
                    path.field("currency"),
                    amount.getCurrency().getCurrencyCode() + " is not " + whose + " currency " + currency
                            + " (ECH-CUR-01)");
        }
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] sums = new BigDecimal[size];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        return sums;
    }

    private static String range(List<YearMonth> months) {
        return months.isEmpty() ? "none" : months.get(0) + " to " + months.get(months.size() - 1);
    }

    /**
     * The constructor a report is read back with: the overdue module computes its reports and gives them no public
     * constructor, so the reader checks them as the module computes them, then calls the module's own constructor.
     */
    private static <T> Constructor<T> constructor(Class<T> type, Class<?>... parameters) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            if (!constructor.trySetAccessible()) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + ": its package is not open");
            }
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no constructor to read " + type.getSimpleName() + " with", e);
        }
    }

    private static <T> T construct(Constructor<T> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(
                    "cannot create " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
