package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.echeance.core.invoice.Invoice;
import org.junit.jupiter.api.Test;

/** The shape of an issued invoice, on a worked example checked by hand (see {@link Fixtures#draft()}). */
class InvoiceJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());

    @Test
    void issuedInvoiceHasTheDocumentedShape() throws Exception {
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(Fixtures.issued()));

        assertThat(json.get("documentType").asText()).isEqualTo("380");
        assertThat(json.get("status").asText()).isEqualTo("ISSUED");
        assertThat(json.get("issueDate").asText()).isEqualTo("2026-03-01");
        assertThat(json.at("/lines/1/allowancesCharges/0/amount/amount").asText())
                .isEqualTo("19.98");
        assertThat(json.at("/lines/0/vatRate/category").asText()).isEqualTo("S");
        assertThat(json.at("/totals/taxExclusiveAmount/amount").asText()).isEqualTo("1529.82");
        assertThat(json.at("/totals/vatTotal/amount").asText()).isEqualTo("305.96");
        assertThat(json.at("/totals/amountDue").toString()).isEqualTo("{\"amount\":\"1835.78\",\"currency\":\"EUR\"}");
        assertThat(json.at("/totals/allowanceTotal/amount").asText()).isEqualTo("0.00");
    }

    @Test
    void outputIsTheStableDocumentedOne() throws Exception {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("issued-invoice.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper pretty =
                new ObjectMapper().registerModule(new EcheanceModule()).enable(SerializationFeature.INDENT_OUTPUT);
        assertThat(pretty.writeValueAsString(Fixtures.issued())).isEqualTo(expected.strip());
    }

    @Test
    void issuedInvoiceReadsBackEqual() throws Exception {
        Invoice invoice = Fixtures.issued();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(invoice), Invoice.class))
                .isEqualTo(invoice);
    }

    @Test
    void noJavaClassNameInTheOutput() throws Exception {
        String json = MAPPER.writeValueAsString(Fixtures.issued());
        assertThat(json).doesNotContain("org.echeance", "java.", "@class", "Money");
    }

    @Test
    void theModuleIsFoundThroughItsServiceFile() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains("echeance");
        assertThat(found.writeValueAsString(Fixtures.eur("100")))
                .isEqualTo("{\"amount\":\"100.00\",\"currency\":\"EUR\"}");
    }
}
