package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.echeance.core.invoice.Invoice;
import org.junit.jupiter.api.Test;

/**
 * A JSON invoice changed in one place (a total, a currency, a date, a rate) is refused with the path of the
 * change: JSON can never create an invoice the builder would refuse, nor totals the lines do not give.
 */
class InvoiceMutationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());

    private static EcheanceJsonException refused(Consumer<ObjectNode> mutation) throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(Fixtures.issued()));
        mutation.accept(json);
        String text = MAPPER.writeValueAsString(json);
        return (EcheanceJsonException)
                org.assertj.core.api.Assertions.catchThrowable(() -> MAPPER.readValue(text, Invoice.class));
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    @Test
    void aFlippedTotalIsRefusedWithItsPathAndRule() throws Exception {
        EcheanceJsonException e =
                refused(json -> at(json, "/totals/taxInclusiveAmount").put("amount", "1835.87"));
        assertThat(e.jsonPath()).isEqualTo("totals.taxInclusiveAmount");
        assertThat(e.getMessage())
                .isEqualTo("totals.taxInclusiveAmount: the document states 1835.87 EUR, the lines give 1835.78 EUR"
                        + " (BR-CO-15)");
    }

    @Test
    void aFlippedAmountDueAndLineAmountAreBothNamed() throws Exception {
        EcheanceJsonException e = refused(json -> {
            at(json, "/totals/lines/1/netAmount").put("amount", "179.83");
            at(json, "/totals/amountDue").put("amount", "0.00");
        });
        assertThat(e.problems())
                .containsExactly(
                        "totals.lines[1].netAmount: the document states 179.83 EUR, the lines give 179.82 EUR (BR-CO-10)",
                        "totals.amountDue: the document states 0.00 EUR, the lines give 1835.78 EUR (BR-CO-16)");
    }

    @Test
    void aFlippedCurrencyIsRefusedWithItsPath() throws Exception {
        EcheanceJsonException e =
                refused(json -> at(json, "/lines/0/price/netPrice").put("currency", "USD"));
        assertThat(e.jsonPath()).isEqualTo("lines[0].price.netPrice");
        assertThat(e.getMessage()).contains("currency USD does not match the invoice currency EUR (ECH-CUR-01)");
    }

    @Test
    void anUnknownCurrencyIsRefusedWithItsPath() throws Exception {
        EcheanceJsonException e = refused(json -> json.put("currency", "EUX"));
        assertThat(e.getMessage()).startsWith("currency: \"EUX\" is not an ISO 4217 currency code");
    }

    @Test
    void aFlippedDateIsRefusedWithItsPath() throws Exception {
        EcheanceJsonException e = refused(json ->
                json.putObject("invoicingPeriod").put("startDate", "2026-02-28").put("endDate", "2026-02-01"));
        assertThat(e.jsonPath()).isEqualTo("invoicingPeriod.endDate");
        assertThat(e.getMessage())
                .isEqualTo("invoicingPeriod.endDate: 2026-02-01 is before the start date 2026-02-28 (BR-29)");

        EcheanceJsonException leap = refused(json -> json.put("issueDate", "2026-02-29"));
        assertThat(leap.getMessage())
                .isEqualTo("issueDate: \"2026-02-29\" is not an ISO-8601 date such as \"2026-02-28\"");
    }

    @Test
    void aFlippedRateIsRefusedWithItsPath() throws Exception {
        EcheanceJsonException changed =
                refused(json -> at(json, "/lines/0/vatRate").put("percent", "10"));
        assertThat(changed.jsonPath()).startsWith("totals.");
        assertThat(changed.getMessage()).contains("totals.vatBreakdown");

        EcheanceJsonException impossible =
                refused(json -> at(json, "/lines/0/vatRate").put("category", "Z"));
        assertThat(impossible.getMessage())
                .isEqualTo("lines[0].vatRate: rate 20 % is not allowed for VAT category Z (BR-Z-05)");
    }

    @Test
    void anIssuedInvoiceMustStateItsNumberDateAndTotals() throws Exception {
        assertThat(refused(json -> json.remove("number")).getMessage())
                .isEqualTo("number: an issued document states it; the property is missing");
        assertThat(refused(json -> json.put("status", "DRAFT")).getMessage())
                .isEqualTo("number: a draft has no number; an issued document has status ISSUED");
        assertThat(refused(json -> json.put("status", "PAID")).getMessage())
                .startsWith("status: PAID follows from payments");
    }

    @Test
    void anIssuedInvoiceMustPassEn16931() throws Exception {
        EcheanceJsonException e = refused(json -> at(json, "/seller").remove("vatNumber"));
        assertThat(e.getMessage()).contains("seller.vatNumber").contains("BR-S-02");
    }

    @Test
    void anUnknownPropertyIsRefusedWithItsPath() throws Exception {
        EcheanceJsonException e = refused(json -> at(json, "/lines/1/price").put("colour", "red"));
        assertThat(e.getMessage()).isEqualTo("lines[1].price.colour: unknown property");
        ObjectMapper lenient = new ObjectMapper().registerModule(EcheanceModule.ignoringUnknownProperties());
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(Fixtures.issued()));
        json.put("colour", "red");
        assertThat(lenient.readValue(MAPPER.writeValueAsString(json), Invoice.class))
                .isEqualTo(Fixtures.issued());
    }

    @Test
    void theStatedTotalsAreCheckedWhole() throws Exception {
        assertThat(refused(json -> at(json, "/totals/lines/0").put("colour", "red"))
                        .getMessage())
                .isEqualTo("totals.lines[0].colour: unknown property");
        assertThat(refused(json -> at(json, "/totals").remove("vatTotal")).getMessage())
                .isEqualTo("totals.vatTotal: the property is missing");
        assertThat(refused(json -> at(json, "/totals/vatBreakdown/0/vatRate").put("percent", "2O"))
                        .getMessage())
                .isEqualTo("totals.vatBreakdown[0].vatRate.percent: \"2O\" is not a decimal such as \"1234.50\"");
        assertThat(refused(json -> at(json, "/totals/vatBreakdown/0").put("exemptionReason", "Export"))
                        .getMessage())
                .isEqualTo("totals.vatBreakdown[0].exemptionReason: the document states a value, the lines give none");
    }

    @Test
    void statedTotalsAreComparedByValue() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(Fixtures.issued()));
        at(json, "/totals/amountDue").put("amount", "1835.780");
        at(json, "/totals/vatBreakdown/0/vatRate").put("percent", "20.00");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(json), Invoice.class))
                .isEqualTo(Fixtures.issued());
    }

    @Test
    void aDraftWithoutTotalsIsComputed() throws Exception {
        Invoice draft = Fixtures.draft().build();
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(draft));
        json.remove("totals");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(json), Invoice.class))
                .isEqualTo(draft);
        assertThatThrownBy(() -> MAPPER.readValue("{\"documentType\":\"999\"}", Invoice.class))
                .hasMessage("documentType: \"999\" is not one of [380, 381, 384, 386]");
    }
}
