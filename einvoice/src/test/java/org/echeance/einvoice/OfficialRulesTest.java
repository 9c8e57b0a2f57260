package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Shows that the schematron harness finds real faults, so that an empty error list means something. */
class OfficialRulesTest {

    @Test
    void reportsAWrongAmountDue() {
        String cii =
                new String(CiiWriter.of(Profile.EN_16931).write(SampleInvoices.example4()), StandardCharsets.UTF_8);
        String tampered = cii.replaceFirst(
                "<ram:DuePayableAmount>([0-9.]+)</ram:DuePayableAmount>",
                "<ram:DuePayableAmount>1.00</ram:DuePayableAmount>");
        assertThat(tampered).isNotEqualTo(cii);

        assertThat(OfficialRules.errors(tampered.getBytes(StandardCharsets.UTF_8), Syntax.CII))
                .anySatisfy(e -> assertThat(e).contains("BR-CO-16"));
    }

    @Test
    void reportsAMissingVatBreakdownTotalInUbl() {
        String ubl =
                new String(UblWriter.of(Profile.EN_16931).write(SampleInvoices.example4()), StandardCharsets.UTF_8);
        String tampered = ubl.replaceFirst(
                "<cbc:TaxInclusiveAmount currencyID=\"DKK\">([0-9.]+)</cbc:TaxInclusiveAmount>",
                "<cbc:TaxInclusiveAmount currencyID=\"DKK\">0.00</cbc:TaxInclusiveAmount>");

        assertThat(OfficialRules.errors(tampered.getBytes(StandardCharsets.UTF_8), Syntax.UBL))
                .anySatisfy(e -> assertThat(e).contains("BR-CO-15"));
    }

    @Test
    void reportsElementsOutOfSchemaOrder() {
        String cii =
                new String(CiiWriter.of(Profile.EN_16931).write(SampleInvoices.example4()), StandardCharsets.UTF_8);
        // InvoiceCurrencyCode must come after TaxCurrencyCode and before the payment means; put it last instead.
        String moved = cii.replace("<ram:InvoiceCurrencyCode>DKK</ram:InvoiceCurrencyCode>", "")
                .replace(
                        "</ram:ApplicableHeaderTradeSettlement>",
                        "<ram:InvoiceCurrencyCode>DKK</ram:InvoiceCurrencyCode></ram:ApplicableHeaderTradeSettlement>");

        assertThat(OfficialRules.xsdErrors(moved.getBytes(StandardCharsets.UTF_8), Syntax.CII))
                .isNotEmpty();
        assertThat(OfficialRules.xsdErrors(cii.getBytes(StandardCharsets.UTF_8), Syntax.CII))
                .isEmpty();
    }

    @Test
    void concurrentValidationsEachGetTheirOwnVerdict() throws Exception {
        byte[] good = CiiWriter.of(Profile.EN_16931).write(SampleInvoices.example2());
        byte[] bad = new String(good, StandardCharsets.UTF_8)
                .replaceFirst(
                        "<ram:GrandTotalAmount>([0-9.]+)</ram:GrandTotalAmount>",
                        "<ram:GrandTotalAmount>0.00</ram:GrandTotalAmount>")
                .getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> verdicts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] doc = i % 2 == 0 ? good : bad;
                verdicts.add(
                        pool.submit(() -> OfficialRules.errors(doc, Syntax.CII).isEmpty()));
            }
            for (int i = 0; i < verdicts.size(); i++) {
                assertThat(verdicts.get(i).get()).as("verdict %d", i).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
