package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.FollowUpRecords;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.aging.Aging;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.report.DashboardFigures;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthlySeries;
import org.junit.jupiter.api.Test;

/**
 * The overdue module's reports in JSON, on a worked example checked by hand: as of 2026-03-15, C1 owes 500.00 EUR
 * not yet due and 600.00 EUR due 2026-01-31 (43 days, 31-60); C2 owes 100.00 EUR not yet due and 300.00 EUR due
 * 2026-02-28 (15 days, 1-30); C3 owes 10000 JPY due 2026-01-01 (73 days, 61-90). In March, only F3 (100.00 EUR)
 * is issued; at the end of March all 1500.00 EUR are open, 1000.00 of it due before 31 March.
 */
class OverdueJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    static List<ReceivableItem> items() {
        return List.of(
                item("C1", "F1", "2026-02-15", "2026-03-31", "500", EUR),
                item("C1", "F2", "2026-01-01", "2026-01-31", "600", EUR),
                item("C2", "F3", "2026-03-01", "2026-03-20", "100", EUR),
                item("C2", "F4", "2026-02-01", "2026-02-28", "300", EUR),
                item("C3", "F5", "2025-12-01", "2026-01-01", "10000", JPY));
    }

    private static ReceivableItem item(
            String customer, String invoice, String issued, String due, String amount, CurrencyUnit currency) {
        return ReceivableItem.of(
                customer,
                invoice,
                LocalDate.parse(issued),
                LocalDate.parse(due),
                Amounts.money(new BigDecimal(amount), currency));
    }

    private static AgingReport aging() {
        return Aging.standard().report(items(), AS_OF);
    }

    private static String amount(String value, String currency) {
        return "{\"amount\":\"" + value + "\",\"currency\":\"" + currency + "\"}";
    }

    @Test
    void agingReportHasTheDocumentedShape() throws Exception {
        String json = MAPPER.writeValueAsString(aging());
        assertThat(json)
                .startsWith("{\"asOf\":\"2026-03-15\",\"basis\":\"DUE_DATE\",\"buckets\":{\"upperEdges\":[30,60,90]},"
                        + "\"rows\":[{\"customerNumber\":\"C1\",\"currency\":\"EUR\",\"amounts\":["
                        + amount("500.00", "EUR") + "," + amount("0.00", "EUR") + "," + amount("600.00", "EUR") + ","
                        + amount("0.00", "EUR") + "," + amount("0.00", "EUR") + "],\"total\":"
                        + amount("1100.00", "EUR") + "}")
                .endsWith("\"totals\":[{\"customerNumber\":\"*\",\"currency\":\"EUR\",\"amounts\":["
                        + amount("600.00", "EUR") + "," + amount("300.00", "EUR") + "," + amount("600.00", "EUR") + ","
                        + amount("0.00", "EUR") + "," + amount("0.00", "EUR") + "],\"total\":"
                        + amount("1500.00", "EUR") + "},{\"customerNumber\":\"*\",\"currency\":\"JPY\",\"amounts\":["
                        + amount("0", "JPY") + "," + amount("0", "JPY") + "," + amount("0", "JPY") + ","
                        + amount("10000", "JPY") + "," + amount("0", "JPY") + "],\"total\":" + amount("10000", "JPY")
                        + "}]}");
        assertThat(json).doesNotContain("org.echeance", "java.", "Money");
    }

    @Test
    void agingReportReadsBackTheSame() throws Exception {
        AgingReport report = aging();
        byte[] json = MAPPER.writeValueAsBytes(report);
        AgingReport back = MAPPER.readValue(json, AgingReport.class);
        assertThat(back.asOf()).isEqualTo(report.asOf());
        assertThat(back.basis()).isEqualTo(report.basis());
        assertThat(back.buckets()).isEqualTo(report.buckets());
        assertThat(back.rows()).isEqualTo(report.rows());
        assertThat(back.totals()).isEqualTo(report.totals());
        assertThat(MAPPER.writeValueAsBytes(back)).isEqualTo(json);
        assertThat(back.toText(java.util.Locale.ENGLISH)).isEqualTo(report.toText(java.util.Locale.ENGLISH));
    }

    private static String refusedAging(Consumer<ObjectNode> mutation) throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(aging()));
        mutation.accept(json);
        String text = MAPPER.writeValueAsString(json);
        Throwable e = catchThrowable(() -> MAPPER.readValue(text, AgingReport.class));
        assertThat(e).isInstanceOf(EcheanceJsonException.class);
        return e.getMessage();
    }

    @Test
    void anInconsistentAgingReportIsRefusedWithThePath() throws Exception {
        assertThat(refusedAging(json -> ((ObjectNode) json.at("/totals/0/amounts/1")).put("amount", "999.00")))
                .isEqualTo("totals[0].total: 1500.00 is not the sum of the buckets, 2199.00");
        assertThat(refusedAging(json -> {
                    ((ObjectNode) json.at("/totals/0/amounts/1")).put("amount", "999.00");
                    ((ObjectNode) json.at("/totals/0/total")).put("amount", "2199.00");
                }))
                .isEqualTo("totals[0].amounts[1]: the document states 999.00, the rows give 300.00");
        assertThat(refusedAging(json -> ((ObjectNode) json.at("/rows/0/total")).put("amount", "1200.00")))
                .isEqualTo("rows[0].total: 1200.00 is not the sum of the buckets, 1100.00");
        assertThat(refusedAging(json -> ((ObjectNode) json.at("/rows/1/amounts/0")).put("currency", "USD")))
                .isEqualTo("rows[1].amounts[0].currency: USD is not the row's currency EUR (ECH-CUR-01)");
        assertThat(refusedAging(json -> ((ArrayNode) json.at("/rows/0/amounts")).remove(1)))
                .isEqualTo("rows[0].amounts: 4 amounts for the 5 buckets of the report");
        assertThat(refusedAging(json ->
                        ((ArrayNode) json.at("/rows")).add(json.at("/rows/0").deepCopy())))
                .isEqualTo("rows[3]: customer C1 in EUR appears twice");
        assertThat(refusedAging(json -> ((ArrayNode) json.at("/totals")).remove(1)))
                .isEqualTo("totals: the document states 1 totals, the rows give one per currency [EUR, JPY]");
        assertThat(refusedAging(json -> ((ObjectNode) json.at("/rows/2")).put("colour", "red")))
                .isEqualTo("rows[2].colour: unknown property");
        assertThat(refusedAging(json -> ((ObjectNode) json.at("/buckets"))
                        .putArray("upperEdges")
                        .add(30)
                        .add(20)))
                .startsWith("buckets.upperEdges[1]: 20 is not above 30");
    }

    @Test
    void dashboardFiguresPerCurrencyReadBack() throws Exception {
        Map<CurrencyUnit, DashboardFigures> figures =
                DashboardFigures.of(items().stream(), LocalDate.of(2026, 2, 15), AS_OF, 2);
        String json = MAPPER.writeValueAsString(figures);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.fieldNames()).toIterable().containsExactly("EUR", "JPY");
        assertThat(tree.at("/EUR/overdue").toString()).isEqualTo(amount("900.00", "EUR"));
        assertThat(tree.at("/EUR/outstanding").toString()).isEqualTo(amount("1500.00", "EUR"));
        assertThat(tree.at("/EUR/dueNext30Days").toString()).isEqualTo(amount("600.00", "EUR"));
        assertThat(tree.at("/EUR/topLateCustomers/0").toString())
                .isEqualTo("{\"customerNumber\":\"C1\",\"amount\":" + amount("600.00", "EUR") + "}");
        Map<CurrencyUnit, DashboardFigures> back =
                MAPPER.readValue(json, new TypeReference<Map<CurrencyUnit, DashboardFigures>>() {});
        assertThat(back).isEqualTo(figures);

        ObjectNode wrong = (ObjectNode) tree.deepCopy();
        ((ObjectNode) wrong.at("/EUR/overdue")).put("currency", "JPY");
        assertThat(catchThrowable(() -> MAPPER.readValue(
                        MAPPER.writeValueAsString(wrong), new TypeReference<Map<CurrencyUnit, DashboardFigures>>() {})))
                .hasMessage("overdue.currency: JPY is not the figures' currency EUR (ECH-CUR-01)");
        assertThat(catchThrowable(() ->
                        MAPPER.readValue("{\"EUX\":{}}", new TypeReference<Map<CurrencyUnit, DashboardFigures>>() {})))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessageStartingWith("EUX: \"EUX\" is not an ISO 4217 currency code");
    }

    @Test
    void lateCustomersReportReadsBackAndIsChecked() throws Exception {
        LateCustomersReport report = LateCustomersReport.of(
                items().stream(),
                "S",
                AS_OF,
                LocalDate.of(2026, 2, 15),
                FollowUpRecords.of(List.of(), Map.of("C2", LocalDate.of(2026, 3, 20))));
        String json = MAPPER.writeValueAsString(report);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.at("/customers/0").toString())
                .isEqualTo("{\"customerNumber\":\"C1\",\"currency\":\"EUR\",\"overdue\":" + amount("600.00", "EUR")
                        + ",\"overdueItems\":1,\"oldestDueDate\":\"2026-01-31\",\"daysLate\":43,\"remindersSent\":0,"
                        + "\"previousOverdue\":" + amount("600.00", "EUR") + ",\"trend\":\"SAME\"}");
        assertThat(tree.at("/customers/1/promiseToPay").asText()).isEqualTo("2026-03-20");
        assertThat(tree.at("/customers/1/trend").asText()).isEqualTo("NEW");
        LateCustomersReport back = MAPPER.readValue(json, LateCustomersReport.class);
        assertThat(back.asOf()).isEqualTo(report.asOf());
        assertThat(back.previousAsOf()).isEqualTo(report.previousAsOf());
        assertThat(back.customers()).isEqualTo(report.customers());
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);

        ObjectNode trend = (ObjectNode) tree.deepCopy();
        ((ObjectNode) trend.at("/customers/0")).put("trend", "WORSE");
        assertThat(catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(trend), LateCustomersReport.class)))
                .hasMessage("customers[0].trend: the document states WORSE, the amounts give SAME");
        ObjectNode days = (ObjectNode) tree.deepCopy();
        ((ObjectNode) days.at("/customers/0")).put("daysLate", 40);
        assertThat(catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(days), LateCustomersReport.class)))
                .hasMessage("customers[0].daysLate: the document states 40, the dates give 43");
        ObjectNode order = (ObjectNode) tree.deepCopy();
        ArrayNode customers = (ArrayNode) order.get("customers");
        customers.insert(0, customers.remove(1));
        assertThat(catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(order), LateCustomersReport.class)))
                .hasMessageStartingWith("customers[1]: customer C1 does not follow C2");
    }

    @Test
    void monthlySeriesReadsBackAndIsChecked() throws Exception {
        MonthlySeries series = MonthlySeries.of(items().stream(), YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        String json = MAPPER.writeValueAsString(series);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.at("/points/2").toString())
                .isEqualTo("{\"month\":\"2026-03\",\"currency\":\"EUR\",\"invoiced\":" + amount("100.00", "EUR")
                        + ",\"collected\":" + amount("0.00", "EUR") + ",\"outstanding\":" + amount("1500.00", "EUR")
                        + ",\"overdue\":" + amount("1000.00", "EUR") + "}");
        MonthlySeries back = MAPPER.readValue(json, MonthlySeries.class);
        assertThat(back.points()).isEqualTo(series.points());
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);

        ObjectNode gap = (ObjectNode) tree.deepCopy();
        ((ArrayNode) gap.get("points")).remove(1);
        assertThat(catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(gap), MonthlySeries.class)))
                .hasMessageStartingWith("points[1]: EUR 2026-03 does not follow EUR 2026-01");
        ObjectNode month = (ObjectNode) tree.deepCopy();
        ((ObjectNode) month.at("/points/0")).put("month", "2026-13");
        assertThat(catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(month), MonthlySeries.class)))
                .hasMessage("points[0].month: \"2026-13\" is not an ISO-8601 month such as 2026-03");
    }

    @Test
    void amountsKeepTheirCurrencysScale() throws Exception {
        MonetaryAmount jpy = aging().total(JPY).amount(3);
        assertThat(MAPPER.writeValueAsString(jpy)).isEqualTo(amount("10000", "JPY"));
    }
}
