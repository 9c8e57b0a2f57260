package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.Settlement;
import org.echeance.overdue.aging.Aging;
import org.echeance.overdue.aging.AgingBasis;
import org.echeance.overdue.aging.AgingBuckets;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.report.DashboardFigures;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthlySeries;

/**
 * Over generated ledgers (customers, currencies with 0, 2 and 3 decimals, partial payments): every report of the
 * overdue module reads back equal and writes back the same bytes.
 */
class OverdueRoundTripProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    @Provide
    Arbitrary<List<ReceivableItem>> ledgers() {
        Arbitrary<CurrencyUnit> currencies = Arbitraries.of("EUR", "JPY", "TND").map(Monetary::getCurrency);
        Arbitrary<ReceivableItem> items = Combinators.combine(
                        Arbitraries.of("C1", "C2", "C3", "C4"),
                        currencies,
                        Arbitraries.longs().between(1, 100_000_000),
                        Arbitraries.integers().between(0, 150),
                        Arbitraries.integers().between(0, 90),
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(1, 1_000_000))
                .as((customer, currency, minor, issuedDaysAgo, termDays, paidPercent, invoice) -> {
                    int scale = Amounts.minorUnitDigits(currency);
                    BigDecimal amount = BigDecimal.valueOf(minor, scale);
                    LocalDate issued = AS_OF.minusDays(issuedDaysAgo);
                    ReceivableItem.Builder b = ReceivableItem.builder(customer, "F" + invoice, currency)
                            .issueDate(issued)
                            .dueDate(issued.plusDays(termDays))
                            .amount(Amounts.money(amount, currency));
                    BigDecimal paid = amount.multiply(BigDecimal.valueOf(paidPercent))
                            .divide(BigDecimal.valueOf(100), scale, java.math.RoundingMode.DOWN);
                    if (paid.signum() > 0) {
                        b.settlement(Settlement.payment(
                                "P" + invoice, issued.plusDays(paidPercent % 40), Amounts.money(paid, currency)));
                    }
                    return b.build();
                });
        return items.list().ofMaxSize(25).uniqueElements(ReceivableItem::invoiceNumber);
    }

    private static <T> T roundTrip(T value, TypeReference<T> type) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(value);
        T back = MAPPER.readValue(json, type);
        assertThat(new String(MAPPER.writeValueAsBytes(back), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        return back;
    }

    @Property(tries = 200)
    void agingReportsRoundTrip(@ForAll("ledgers") List<ReceivableItem> items) throws Exception {
        for (Aging aging :
                List.of(Aging.standard(), Aging.of(AgingBuckets.of(15, 45, 90, 120), AgingBasis.INVOICE_DATE))) {
            AgingReport report = aging.report(items, AS_OF);
            AgingReport back = roundTrip(report, new TypeReference<AgingReport>() {});
            assertThat(back.rows()).isEqualTo(report.rows());
            assertThat(back.totals()).isEqualTo(report.totals());
            assertThat(back.buckets()).isEqualTo(report.buckets());
        }
    }

    @Property(tries = 200)
    void dashboardLateCustomersAndSeriesRoundTrip(@ForAll("ledgers") List<ReceivableItem> items) throws Exception {
        Map<CurrencyUnit, DashboardFigures> figures =
                DashboardFigures.of(items.stream(), AS_OF.minusDays(30), AS_OF, 3);
        assertThat(roundTrip(figures, new TypeReference<Map<CurrencyUnit, DashboardFigures>>() {}))
                .isEqualTo(figures);

        LateCustomersReport late =
                LateCustomersReport.of(items.stream(), "S", AS_OF, AS_OF.minusDays(30), FollowUpRecords.none());
        assertThat(roundTrip(late, new TypeReference<LateCustomersReport>() {}).customers())
                .isEqualTo(late.customers());

        MonthlySeries series = MonthlySeries.of(items.stream(), YearMonth.of(2025, 11), YearMonth.of(2026, 3));
        assertThat(roundTrip(series, new TypeReference<MonthlySeries>() {}).points())
                .isEqualTo(series.points());
    }
}
