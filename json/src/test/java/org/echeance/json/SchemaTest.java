package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import org.echeance.overdue.aging.Aging;
import org.echeance.overdue.aging.AgingBasis;
import org.echeance.overdue.aging.AgingBuckets;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.testkit.InvoiceArbitraries;
import org.echeance.testkit.LedgerArbitraries;
import org.echeance.testkit.PartyArbitraries;
import org.echeance.testkit.PaymentArbitraries;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema files describe what the module writes: samples of the testkit's values validate against them.
 *
 * <p>The check is a small validator of the keywords the schemas use (type, properties, required,
 * additionalProperties false, items, $ref to $defs, enum, const, pattern, oneOf), kept here rather than adding a
 * schema library with its own dependency tree to the build for one test; with additionalProperties false
 * everywhere, any property the module writes and the schema does not name fails.
 */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = EcheanceModule.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            return MAPPER.readTree(in);
        }
    }

    private static <T> void samplesValidate(String name, Arbitrary<T> values) throws Exception {
        JsonNode schema = schema(name);
        Iterator<T> samples = values.sampleStream().limit(40).iterator();
        while (samples.hasNext()) {
            JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(samples.next()));
            List<String> errors = new ArrayList<>();
            validate(schema, schema, json, "", errors);
            assertThat(errors).as(json.toString()).isEmpty();
        }
    }

    @Test
    void invoicesValidate() throws Exception {
        samplesValidate("invoice", InvoiceArbitraries.drafts());
        samplesValidate("invoice", InvoiceArbitraries.issuedInvoices());
        List<String> errors = new ArrayList<>();
        JsonNode schema = schema("invoice");
        validate(schema, schema, MAPPER.readTree(MAPPER.writeValueAsString(Fixtures.issued())), "", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void customersPaymentsAndStatementsValidate() throws Exception {
        samplesValidate("customer", PartyArbitraries.customers());
        samplesValidate("payment", PaymentArbitraries.payments());
        samplesValidate("statement", LedgerArbitraries.statements());
    }

    @Test
    void agingReportsValidate() throws Exception {
        JsonNode schema = schema("aging-report");
        for (AgingReport report : List.of(
                Aging.standard().report(OverdueJsonTest.items(), LocalDate.of(2026, 3, 15)),
                Aging.of(AgingBuckets.of(15, 45, 90, 120), AgingBasis.INVOICE_DATE)
                        .report(OverdueJsonTest.items(), LocalDate.of(2026, 3, 15)),
                Aging.standard().report(List.of(), LocalDate.of(2026, 3, 15)))) {
            List<String> errors = new ArrayList<>();
            validate(schema, schema, MAPPER.readTree(MAPPER.writeValueAsString(report)), "", errors);
            assertThat(errors).isEmpty();
        }
        ObjectNode json = (ObjectNode) MAPPER.readTree(
                MAPPER.writeValueAsString(Aging.standard().report(OverdueJsonTest.items(), LocalDate.of(2026, 3, 15))));
        ((ObjectNode) json.at("/rows/0")).put("name", "C1");
        List<String> errors = new ArrayList<>();
        validate(schema, schema, json, "", errors);
        assertThat(errors).containsExactly("rows[0].name: not declared");
    }

    @Test
    void theValidatorCatchesAnUndeclaredProperty() throws Exception {
        JsonNode schema = schema("invoice");
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(Fixtures.issued()));
        ((ObjectNode) json.at("/totals/amountDue")).put("amount", "1E+2");
        json.put("extra", 1);
        List<String> errors = new ArrayList<>();
        validate(schema, schema, json, "", errors);
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "totals.amountDue.amount: \"1E+2\" does not match the pattern", "extra: not declared");
    }

    /** Validates a node against a schema node; adds each error as {@code path: message}. */
    private static void validate(JsonNode root, JsonNode schema, JsonNode node, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/$defs/".length());
            validate(root, root.get("$defs").get(name), node, path, errors);
            return;
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> optionErrors = new ArrayList<>();
                validate(root, option, node, path, optionErrors);
                matches += optionErrors.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of the oneOf options");
            }
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(node)) {
            errors.add(path + ": not " + schema.get("const"));
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!node.isObject()) {
                    errors.add(path + ": not an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    if (!node.has(required.asText())) {
                        errors.add(join(path, required.asText()) + ": required");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                node.properties().iterator();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (properties.has(field.getKey())) {
                        validate(
                                root,
                                properties.get(field.getKey()),
                                field.getValue(),
                                join(path, field.getKey()),
                                errors);
                    } else if (schema.path("additionalProperties").isBoolean()
                            && !schema.get("additionalProperties").asBoolean()) {
                        errors.add(join(path, field.getKey()) + ": not declared");
                    }
                }
            }
            case "array" -> {
                if (!node.isArray()) {
                    errors.add(path + ": not an array");
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    validate(root, schema.get("items"), node.get(i), path + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!node.isTextual()) {
                    errors.add(path + ": not a string");
                    return;
                }
                if (schema.has("pattern")
                        && !Pattern.compile(schema.get("pattern").asText())
                                .matcher(node.asText())
                                .find()) {
                    errors.add(path + ": \"" + node.asText() + "\" does not match the pattern");
                }
                if (schema.has("enum")) {
                    boolean found = false;
                    for (JsonNode value : schema.get("enum")) {
                        found |= value.asText().equals(node.asText());
                    }
                    if (!found) {
                        errors.add(path + ": \"" + node.asText() + "\" is not in the enum");
                    }
                }
            }
            case "integer" -> {
                if (!node.isIntegralNumber()) {
                    errors.add(path + ": not an integer");
                }
            }
            default -> {}
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
