package org.echeance.overdue.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import org.echeance.core.money.Amounts;
import org.echeance.core.text.DocumentText;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.internal.Texts;

/**
 * A monthly series ready to chart: invoiced vs collected per month, and outstanding and overdue at each month's end,
 * per currency; see {@link MonthFigures}. Computed in one pass over the items.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlySeries {
    private final List<MonthFigures> points;

    private MonthlySeries(List<MonthFigures> points) {
        this.points = List.copyOf(points);
    }

    /**
     * Computes the series of the months from {@code first} to {@code last}, both included.
     *
     * @param items the items; read once and closed
     * @param first the first month
     * @param last the last month
     * @return the series
     * @throws ValidationException if {@code first} is after {@code last} ({@code ECH-OVERDUE-11})
     */
    public static MonthlySeries of(Stream<ReceivableItem> items, YearMonth first, YearMonth last) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw ValidationException.of("ECH-OVERDUE-11", "first", first + " is after the last month " + last);
        }
        int months =
                (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        long[] starts = new long[months];
        long[] ends = new long[months];
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            starts[m] = month.atDay(1).toEpochDay();
            ends[m] = month.atEndOfMonth().toEpochDay();
        }
        Map<String, BigDecimal[][]> sums = new TreeMap<>();
        Map<String, CurrencyUnit> currencies = new TreeMap<>();
        try (items) {
            Iterator<ReceivableItem> it = items.iterator();
            while (it.hasNext()) {
                ReceivableItem item = it.next();
                String code = item.currency().getCurrencyCode();
                currencies.putIfAbsent(code, item.currency());
                BigDecimal[][] s = sums.computeIfAbsent(code, c -> zeros(months));
                long issued = item.issueEpochDay();
                for (int m = 0; m < months; m++) {
                    if (issued > ends[m]) {
                        continue;
                    }
                    if (issued >= starts[m]) {
                        s[m][0] = s[m][0].add(item.amountDecimal());
                    }
                    if (!item.settlements().isEmpty()) {
                        s[m][1] = s[m][1].add(item.collectedBetween(starts[m], ends[m]));
                    }
                    BigDecimal open = item.openOn(ends[m]);
                    if (open.signum() > 0) {
                        s[m][2] = s[m][2].add(open);
                        if (item.dueEpochDay() < ends[m]) {
                            s[m][3] = s[m][3].add(open);
                        }
                    }
                }
            }
        }
        List<MonthFigures> points = new ArrayList<>();
        sums.forEach((code, s) -> {
            CurrencyUnit c = currencies.get(code);
            for (int m = 0; m < months; m++) {
                points.add(new MonthFigures(
                        first.plusMonths(m),
                        c,
                        Amounts.money(s[m][0], c),
                        Amounts.money(s[m][1], c),
                        Amounts.money(s[m][2], c),
                        Amounts.money(s[m][3], c)));
            }
        });
        return new MonthlySeries(points);
    }

    private static BigDecimal[][] zeros(int months) {
        BigDecimal[][] s = new BigDecimal[months][4];
        for (BigDecimal[] row : s) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return s;
    }

    /**
     * Returns the points, by currency code then month.
     *
     * @return the points
     */
    public List<MonthFigures> points() {
        return points;
    }

    /**
     * Returns the points of one currency, by month.
     *
     * @param currency the currency
     * @return the points, empty if the items have none in that currency
     */
    public List<MonthFigures> points(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return points.stream().filter(p -> p.currency().equals(currency)).toList();
    }

    /**
     * Writes the series as a text table, one line per currency and month.
     *
     * @param locale French for any {@code fr} locale, English otherwise
     * @return the text, lines ending with {@code \n}
     */
    public String toText(Locale locale) {
        DocumentText text = DocumentText.of(locale);
        boolean fr = text.isFrench();
        List<List<String>> rows = new ArrayList<>();
        rows.add(
                fr
                        ? List.of("Mois", "Devise", "Facturé", "Encaissé", "Encours", "Échu")
                        : List.of("Month", "Currency", "Invoiced", "Collected", "Outstanding", "Overdue"));
        for (MonthFigures p : points) {
            rows.add(List.of(
                    p.month().toString(),
                    p.currency().getCurrencyCode(),
                    text.amount(p.invoiced()),
                    text.amount(p.collected()),
                    text.amount(p.outstanding()),
                    text.amount(p.overdue())));
        }
        return Texts.table(rows, 2);
    }
}
