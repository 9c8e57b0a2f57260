package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.overdue.aging.Aging;
import org.echeance.overdue.aging.AgingReport;
import org.junit.jupiter.api.Test;

/** The output does not change whatever features the application's mapper has switched on (peer lesson J1). */
class MapperFeaturesTest {
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new EcheanceModule());

    private static final List<UnaryOperator<JsonMapper.Builder>> FEATURES = List.of(
            b -> b.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN),
            b -> b.enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS),
            b -> b.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS),
            b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS),
            b -> b.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY),
            b -> b.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS),
            b -> b.enable(SerializationFeature.WRITE_ENUMS_USING_INDEX),
            b -> b.enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING),
            b -> b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            b -> b.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES),
            b -> b.defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)),
            b -> b.defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT)),
            b -> b.activateDefaultTyping(
                    BasicPolymorphicTypeValidator.builder()
                            .allowIfBaseType(Object.class)
                            .build(),
                    ObjectMapper.DefaultTyping.NON_FINAL));

    @Test
    void bytesAreTheSameWithTheUsualFeaturesToggled() throws Exception {
        Invoice invoice = Fixtures.issued();
        PaymentTerms terms = PaymentTerms.net(30);
        byte[] expectedInvoice = PLAIN.writeValueAsBytes(invoice);
        byte[] expectedTerms = PLAIN.writerFor(PaymentTerms.class).writeValueAsBytes(terms);
        AgingReport aging = Aging.standard().report(OverdueJsonTest.items(), LocalDate.of(2026, 3, 15));
        byte[] expectedAging = PLAIN.writeValueAsBytes(aging);
        for (UnaryOperator<JsonMapper.Builder> feature : FEATURES) {
            ObjectMapper mapper = feature.apply(JsonMapper.builder())
                    .addModule(new EcheanceModule())
                    .build();
            assertThat(mapper.writeValueAsBytes(invoice)).isEqualTo(expectedInvoice);
            assertThat(mapper.writerFor(PaymentTerms.class).writeValueAsBytes(terms))
                    .isEqualTo(expectedTerms);
            assertThat(mapper.writeValueAsBytes(aging)).isEqualTo(expectedAging);
            assertThat(mapper.readValue(expectedInvoice, Invoice.class)).isEqualTo(invoice);
            assertThat(mapper.readValue(expectedAging, AgingReport.class).totals())
                    .isEqualTo(aging.totals());
            assertThat(mapper.readerFor(PaymentTerms.class).<PaymentTerms>readValue(expectedTerms))
                    .isEqualTo(terms);
        }
    }

    @Test
    void indentationChangesOnlyWhitespace() throws Exception {
        ObjectMapper indented = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(new EcheanceModule())
                .build();
        Invoice invoice = Fixtures.issued();
        assertThat(PLAIN.readTree(indented.writeValueAsBytes(invoice)))
                .isEqualTo(PLAIN.readTree(PLAIN.writeValueAsBytes(invoice)));
        assertThat(indented.writeValueAsString(invoice)).contains("\"amount\" : \"1835.78\"");
    }
}
