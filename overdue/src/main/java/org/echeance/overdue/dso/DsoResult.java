package org.echeance.overdue.dso;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.text.DocumentText;

/**
 * Days sales outstanding of a seller's receivables in one currency, with the figures it was computed from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the method
 * @param currency the currency of the receivables and sales
 * @param asOf the end of the period: receivables are those open at the end of that day
 * @param receivables the receivables open on {@code asOf} (due or not)
 * @param periods the periods of sales, newest first: the one period of the simple method, or the months the
 *     count-back method looks back through
 * @param days the DSO in days, rounded half-up to 2 decimals; 0 when nothing is open; empty when something is open
 *     but nothing was sold in the period (the ratio is undefined)
 * @param exhausted true for a count-back whose receivables exceed every month's sales it looked at: the DSO is
 *     then at least {@code days}
 */
public record DsoResult(
        DsoMethod method,
        CurrencyUnit currency,
        LocalDate asOf,
        MonetaryAmount receivables,
        List<PeriodSales> periods,
        Optional<BigDecimal> days,
        boolean exhausted) {
    /**
     * Creates a result.
     *
     * @throws NullPointerException if a part is null
     */
    public DsoResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(receivables, "receivables");
        periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        Objects.requireNonNull(days, "days");
    }

    /**
     * Returns the credit sales of all the periods.
     *
     * @return the sales
     */
    public MonetaryAmount sales() {
        BigDecimal total = BigDecimal.ZERO;
        for (PeriodSales period : periods) {
            total = total.add(Amounts.decimal(period.sales()));
        }
        return Amounts.money(total, currency);
    }

    /**
     * Returns the days of all the periods.
     *
     * @return the days
     */
    public int periodDays() {
        return periods.stream().mapToInt(PeriodSales::days).sum();
    }

    /**
     * Writes the result on one line, for example {@code DSO (simple) as of 2026-03-31, EUR: 45.00 days
     * (receivables 1,500.00, sales 3,000.00 over 90 days)}.
     *
     * @param locale French for any {@code fr} locale, English otherwise
     * @return the line
     */
    public String toText(Locale locale) {
        DocumentText text = DocumentText.of(locale);
        boolean french = text.isFrench();
        String name = method == DsoMethod.SIMPLE
                ? (french ? "méthode simple" : "simple")
                : (french ? "méthode par épuisement" : "count-back");
        String value = days.map(d -> (exhausted ? (french ? "au moins " : "at least ") : "")
                        + text.decimal(d, 2)
                        + (french ? " jours" : " days"))
                .orElse(french ? "non défini (aucune vente)" : "undefined (no sales)");
        if (french) {
            return "DSO (" + name + ") au " + DocumentText.FRENCH.numericDate(asOf) + ", " + currency.getCurrencyCode()
                    + " : "
                    + value + " (encours " + DocumentText.FRENCH.amount(receivables) + ", ventes "
                    + DocumentText.FRENCH.amount(sales()) + " sur " + periodDays() + " jours)";
        }
        return "DSO (" + name + ") as of " + DocumentText.ENGLISH.numericDate(asOf) + ", " + currency.getCurrencyCode()
                + ": "
                + value + " (receivables " + DocumentText.ENGLISH.amount(receivables) + ", sales "
                + DocumentText.ENGLISH.amount(sales()) + " over " + periodDays() + " days)";
    }
}
