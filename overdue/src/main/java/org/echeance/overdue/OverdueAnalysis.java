package org.echeance.overdue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.echeance.overdue.aging.Aging;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.dso.DaysSalesOutstanding;
import org.echeance.overdue.dso.DsoResult;
import org.echeance.overdue.dso.PaymentBehaviours;
import org.echeance.overdue.report.BehindSchedule;
import org.echeance.overdue.report.DashboardFigures;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthlySeries;

/**
 * The entry point of the module: every analysis of a seller's receivables, read from the application's {@link
 * ReceivablesLedger}, with its {@link FollowUpRecords} and, for figures across currencies, its {@link
 * CurrencyConverter}. Each call streams the ledger once.
 *
 * <p>For example:
 *
 * <pre>{@code
 * OverdueAnalysis analysis = OverdueAnalysis.of(ReceivablesLedger.ofAccounts(accounts))
 *         .withFollowUp(FollowUpRecords.of(remindersSent, Map.of()));
 * System.out.println(analysis.aging("seller-A", asOf).toText(Locale.FRENCH));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the ledger, records and converter are.
 */
public final class OverdueAnalysis {
    private final ReceivablesLedger ledger;
    private final FollowUpRecords followUp;
    private final Aging aging;
    private final Optional<CurrencyUnit> reportingCurrency;
    private final Optional<CurrencyConverter> converter;

    private OverdueAnalysis(
            ReceivablesLedger ledger,
            FollowUpRecords followUp,
            Aging aging,
            Optional<CurrencyUnit> reportingCurrency,
            Optional<CurrencyConverter> converter) {
        this.ledger = ledger;
        this.followUp = followUp;
        this.aging = aging;
        this.reportingCurrency = reportingCurrency;
        this.converter = converter;
    }

    /**
     * Returns the analyses of a ledger, with the standard aging, no follow-up records and no converter.
     *
     * @param ledger the application's ledger
     * @return the analyses
     */
    public static OverdueAnalysis of(ReceivablesLedger ledger) {
        return new OverdueAnalysis(
                Objects.requireNonNull(ledger, "ledger"),
                FollowUpRecords.none(),
                Aging.standard(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy that reads reminders sent and promises to pay from some records.
     *
     * @param records the records
     * @return the analyses
     */
    public OverdueAnalysis withFollowUp(FollowUpRecords records) {
        return new OverdueAnalysis(
                ledger, Objects.requireNonNull(records, "records"), aging, reportingCurrency, converter);
    }

    /**
     * Returns a copy that ages with other buckets or basis.
     *
     * @param other the aging
     * @return the analyses
     */
    public OverdueAnalysis withAging(Aging other) {
        return new OverdueAnalysis(
                ledger, followUp, Objects.requireNonNull(other, "aging"), reportingCurrency, converter);
    }

    /**
     * Returns a copy that gives single figures across currencies in a reporting currency.
     *
     * @param currency the reporting currency
     * @param currencyConverter the application's converter
     * @return the analyses
     */
    public OverdueAnalysis withReportingCurrency(CurrencyUnit currency, CurrencyConverter currencyConverter) {
        return new OverdueAnalysis(
                ledger,
                followUp,
                aging,
                Optional.of(Objects.requireNonNull(currency, "currency")),
                Optional.of(Objects.requireNonNull(currencyConverter, "currencyConverter")));
    }

    /**
     * Ages the seller's receivables as of a date; see {@link Aging}.
     *
     * @param sellerId the seller
     * @param asOf the date
     * @return the report
     */
    public AgingReport aging(String sellerId, LocalDate asOf) {
        return aging.report(ledger.items(Objects.requireNonNull(sellerId, "sellerId")), asOf);
    }

    /**
     * Returns the simple DSO over {@code [from, asOf]}: of the one currency of the ledger, or in the reporting
     * currency.
     *
     * @param sellerId the seller
     * @param from the first day of the period
     * @param asOf the last day of the period
     * @return the DSO, or empty if the seller has no receivable issued by {@code asOf}
     * @throws MixedCurrenciesException if the ledger holds several currencies and no converter was given
     */
    public Optional<DsoResult> dso(String sellerId, LocalDate from, LocalDate asOf) {
        Objects.requireNonNull(sellerId, "sellerId");
        return single("dso", DaysSalesOutstanding.simple(ledger.items(sellerId), from, asOf));
    }

    /**
     * Returns the count-back DSO as of a date, looking back through some months: of the one currency of the
     * ledger, or in the reporting currency.
     *
     * @param sellerId the seller
     * @param asOf the end of the newest month
     * @param months the months to look back through
     * @return the DSO, or empty if the seller has no receivable issued by {@code asOf}
     * @throws MixedCurrenciesException if the ledger holds several currencies and no converter was given
     */
    public Optional<DsoResult> dsoCountBack(String sellerId, LocalDate asOf, int months) {
        Objects.requireNonNull(sellerId, "sellerId");
        return single("dsoCountBack", DaysSalesOutstanding.countBack(ledger.items(sellerId), asOf, months));
    }

    /**
     * Returns how the seller's customers paid the installments due in {@code [from, to]}.
     *
     * @param sellerId the seller
     * @param from the first due date counted
     * @param to the last due date counted
     * @return the behaviours
     */
    public PaymentBehaviours paymentBehaviour(String sellerId, LocalDate from, LocalDate to) {
        return PaymentBehaviours.of(ledger.items(Objects.requireNonNull(sellerId, "sellerId")), from, to);
    }

    /**
     * Returns the late customers on a date, with their trend since a previous date.
     *
     * @param sellerId the seller
     * @param asOf the date
     * @param previousAsOf the end of the previous period
     * @return the report
     */
    public LateCustomersReport lateCustomers(String sellerId, LocalDate asOf, LocalDate previousAsOf) {
        return LateCustomersReport.of(
                ledger.items(Objects.requireNonNull(sellerId, "sellerId")), sellerId, asOf, previousAsOf, followUp);
    }

    /**
     * Returns the installment plans behind on a date.
     *
     * @param sellerId the seller
     * @param asOf the date
     * @return the plans behind, by customer then invoice
     */
    public List<BehindSchedule> behindSchedule(String sellerId, LocalDate asOf) {
        return BehindSchedule.of(ledger.items(Objects.requireNonNull(sellerId, "sellerId")), asOf);
    }

    /**
     * Returns the dashboard figures per currency.
     *
     * @param sellerId the seller
     * @param from the first day of the period for invoiced and collected
     * @param asOf the date
     * @param topCount how many late customers to list
     * @return the figures per currency
     */
    public Map<CurrencyUnit, DashboardFigures> dashboard(
            String sellerId, LocalDate from, LocalDate asOf, int topCount) {
        return DashboardFigures.of(ledger.items(Objects.requireNonNull(sellerId, "sellerId")), from, asOf, topCount);
    }

    /**
     * Returns the monthly series from one month to another, both included.
     *
     * @param sellerId the seller
     * @param first the first month
     * @param last the last month
     * @return the series
     */
    public MonthlySeries monthlySeries(String sellerId, YearMonth first, YearMonth last) {
        return MonthlySeries.of(ledger.items(Objects.requireNonNull(sellerId, "sellerId")), first, last);
    }

    private Optional<DsoResult> single(String path, Map<CurrencyUnit, DsoResult> perCurrency) {
        if (converter.isPresent()) {
            return DaysSalesOutstanding.inReportingCurrency(
                    new ArrayList<>(perCurrency.values()), reportingCurrency.orElseThrow(), converter.get());
        }
        if (perCurrency.size() > 1) {
            throw new MixedCurrenciesException(
                    path,
                    perCurrency.keySet().stream()
                            .map(CurrencyUnit::getCurrencyCode)
                            .toList());
        }
        return perCurrency.values().stream().findFirst();
    }
}
