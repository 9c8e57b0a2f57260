package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.validation.En16931Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes the official EN 16931 examples (typed as {@link Invoice} values) and French invoices that use every
 * business term the model has, in CII and UBL (EN 16931 profile: the examples have no Peppol addresses, see
 * {@code PeppolWriterTest} and {@code read.PeppolExamplesTest} for Peppol BIS 3), and checks that the official
 * schematron reports no error and that Echeance's own validator agrees.
 */
class OfficialExamplesWriteTest {

    @BeforeAll
    static void printRuleVersions() {
        System.out.println("EN 16931 rule sets: " + OfficialRules.versions());
    }

    private static Map<String, Supplier<Invoice>> samples() {
        Map<String, Supplier<Invoice>> samples = new LinkedHashMap<>();
        samples.put("CII_example1", SampleInvoices::example1);
        samples.put("CII_example2", SampleInvoices::example2);
        samples.put("CII_example4", SampleInvoices::example4);
        samples.put("CII_example5", SampleInvoices::example5);
        samples.put("ubl-tc434-creditnote1", SampleInvoices::creditNote1);
        samples.put("CII-BR-CO-10-RoundingIssue", SampleInvoices::roundingIssue);
        samples.put("french", SampleInvoices::french);
        samples.put("directDebit", SampleInvoices::directDebit);
        samples.put("reverseCharge", SampleInvoices::reverseCharge);
        samples.put("creditNote", SampleInvoices::creditNote);
        samples.put("taxCurrency", SampleInvoices::taxCurrency);
        return samples;
    }

    @Test
    void everySampleIsValidForOurValidator() {
        List<String> failures = new ArrayList<>();
        samples()
                .forEach((name, invoice) ->
                        En16931Validator.validate(invoice.get()).forEach(v -> failures.add(name + ": " + v)));
        assertThat(failures).isEmpty();
    }

    @Test
    void everySamplePassesTheOfficialSchematronInCii() {
        List<String> failures = new ArrayList<>();
        samples()
                .forEach((name, invoice) -> OfficialRules.errors(
                                CiiWriter.of(Profile.EN_16931).write(invoice.get()), Syntax.CII)
                        .forEach(e -> failures.add(name + ": " + e)));
        assertThat(failures).isEmpty();
    }

    @Test
    void everySamplePassesTheOfficialSchematronInUbl() {
        List<String> failures = new ArrayList<>();
        samples()
                .forEach((name, invoice) -> OfficialRules.errors(
                                UblWriter.of(Profile.EN_16931).write(invoice.get()), Syntax.UBL)
                        .forEach(e -> failures.add(name + ": " + e)));
        assertThat(failures).isEmpty();
    }
}
