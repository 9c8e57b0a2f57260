package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.phive.peppol.PeppolValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.core.invoice.DocumentType;
import org.echeance.einvoice.internal.PeppolCheck;
import org.junit.jupiter.api.Test;

/**
 * Shows that the Peppol harness runs the rule set it says (the latest the pinned package ships) and finds real
 * faults, so that an empty error list means something; and that the code lists the writer keeps are the official
 * ones.
 */
class PeppolRulesTest {

    /** The compiled Peppol rules of the pinned release, as a text, from the package on the test class path. */
    private static String peppolXslt() {
        String path = "external/schematron/openpeppol/" + ValidationArtefacts.peppolBisRelease()
                + "/xslt/PEPPOL-EN16931-UBL.xslt";
        try (InputStream in = PeppolValidation.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes of the last {@code tokenize('…')} list before an assert's id in the compiled rules. */
    private static Set<String> codesBefore(String xslt, String marker) {
        int at = xslt.indexOf(marker);
        assertThat(at).as(marker).isPositive();
        int list = xslt.lastIndexOf("tokenize('", at);
        String codes = xslt.substring(list + "tokenize('".length(), xslt.indexOf('\'', list + "tokenize('".length()));
        return new TreeSet<>(Arrays.asList(codes.trim().split("\\s+")));
    }

    @Test
    void thePinnedRuleSetsAreTheLatestThePackageShips() {
        for (String kind : List.of("invoice", "creditnote")) {
            assertThat(PeppolRules.pinned(kind).getID().getVersionObj())
                    .as(
                            "phive-rules-peppol ships a newer %s rule set: update peppol-bis.release in einvoice/pom.xml",
                            kind)
                    .isEqualTo(PeppolRules.latest(kind).orElseThrow().getID().getVersionObj());
            assertThat(PeppolRules.pinned(kind).getID().getVersionObj().getAsString())
                    .isEqualTo(ValidationArtefacts.peppolBisRelease());
            assertThat(PeppolRules.pinned(kind).getDisplayName())
                    .endsWith("(aka BIS Billing " + ValidationArtefacts.peppolBisVersion() + ")");
        }
        assertThat(PeppolRules.versions())
                .isEqualTo("eu.peppol.bis3:invoice:2026.5 (OpenPeppol UBL Invoice (2026.5) (aka BIS Billing"
                        + " 3.0.21)); eu.peppol.bis3:creditnote:2026.5 (OpenPeppol UBL Credit Note (2026.5) (aka BIS"
                        + " Billing 3.0.21))");
    }

    @Test
    void theWritersListOfElectronicAddressSchemesIsTheOfficialOne() {
        Matcher eaid =
                Pattern.compile("name=\"eaid\" select=\"tokenize\\('([^']*)'").matcher(peppolXslt());
        assertThat(eaid.find()).isTrue();

        assertThat(new TreeSet<>(PeppolCheck.ELECTRONIC_ADDRESS_SCHEMES))
                .as("PEPPOL-EN16931-CL008 list of Peppol " + ValidationArtefacts.peppolBisRelease())
                .containsExactlyElementsOf(
                        new TreeSet<>(Arrays.asList(eaid.group(1).trim().split("\\s+"))));
    }

    @Test
    void everyTypeCodeTheModelHasIsInPeppolsCodeLists() {
        String xslt = peppolXslt();
        Set<String> invoiceCodes = codesBefore(xslt, ">PEPPOL-EN16931-P0100<");
        Set<String> creditNoteCodes = codesBefore(xslt, ">PEPPOL-EN16931-P0101<");

        // Every code core has is allowed; 384 only between German parties (P0112), which PeppolCheck enforces.
        for (DocumentType type : DocumentType.values()) {
            assertThat(type.isCreditNote() ? creditNoteCodes : invoiceCodes).contains(type.code());
        }
        assertThat(xslt)
                .contains("not(normalize-space(.) = '326' or normalize-space(.) = '384') or"
                        + " ($supplierCountryIsDE and $customerCountryIsDE)");
    }

    @Test
    void reportsAMissingElectronicAddressThatTheEn16931RulesAccept() {
        String ubl = new String(
                UblWriter.of(Profile.PEPPOL_BIS_3).write(SampleInvoices.peppolFrench()), StandardCharsets.UTF_8);
        String tampered = ubl.replaceFirst("<cbc:EndpointID schemeID=\"0009\">55210055400013</cbc:EndpointID>\\s*", "");
        assertThat(tampered).isNotEqualTo(ubl);
        byte[] xml = tampered.getBytes(StandardCharsets.UTF_8);

        assertThat(OfficialRules.errors(xml, Syntax.UBL)).isEmpty();
        assertThat(PeppolRules.errors(xml)).singleElement().asString().startsWith("[PEPPOL-EN16931-R010]");
    }

    @Test
    void runsTheEn16931RulesAndTheSchemaToo() {
        String ubl = new String(
                UblWriter.of(Profile.PEPPOL_BIS_3).write(SampleInvoices.peppolCreditNote()), StandardCharsets.UTF_8);
        String wrongTotal = ubl.replaceFirst(
                "<cbc:TaxInclusiveAmount currencyID=\"EUR\">([0-9.]+)</cbc:TaxInclusiveAmount>",
                "<cbc:TaxInclusiveAmount currencyID=\"EUR\">0.00</cbc:TaxInclusiveAmount>");
        String outOfOrder = ubl.replace("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "")
                .replace(
                        "</cbc:CreditNoteTypeCode>",
                        "</cbc:CreditNoteTypeCode>\n" + "  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>")
                .replace("<cbc:IssueDate>2026-03-10</cbc:IssueDate>", "")
                .replace("</cbc:ProfileID>", "</cbc:ProfileID>\n  <cbc:IssueDate>2026-03-10</cbc:IssueDate>");

        assertThat(PeppolRules.errors(wrongTotal.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(e -> assertThat(e).startsWith("[BR-CO-15]"));
        assertThat(PeppolRules.errors(outOfOrder.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e).doesNotStartWith("[PEPPOL"));
    }

    @Test
    void concurrentValidationsEachGetTheirOwnVerdict() throws Exception {
        byte[] invoice = UblWriter.of(Profile.PEPPOL_BIS_3).write(SampleInvoices.peppolFrench());
        byte[] creditNote = UblWriter.of(Profile.PEPPOL_BIS_3).write(SampleInvoices.peppolCreditNote());
        byte[] badInvoice = new String(invoice, StandardCharsets.UTF_8)
                .replace("<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>", "")
                .getBytes(StandardCharsets.UTF_8);
        byte[] badCreditNote = new String(creditNote, StandardCharsets.UTF_8)
                .replace("<cbc:BuyerReference>SERVICE-ACHATS-7</cbc:BuyerReference>", "")
                .getBytes(StandardCharsets.UTF_8);
        List<byte[]> documents = List.of(invoice, badInvoice, creditNote, badCreditNote);
        // Without business process: R001 (missing) and R007 (not an approved one); without reference: R003.
        List<List<String>> expected = List.of(
                List.of(),
                List.of("[PEPPOL-EN16931-R001]", "[PEPPOL-EN16931-R007]"),
                List.of(),
                List.of("[PEPPOL-EN16931-R003]"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> verdicts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] doc = documents.get(i % 4);
                verdicts.add(pool.submit(() -> PeppolRules.errors(doc)));
            }
            for (int i = 0; i < verdicts.size(); i++) {
                List<String> rules = verdicts.get(i).get().stream()
                        .map(e -> e.substring(0, e.indexOf(']') + 1))
                        .toList();
                assertThat(rules).as("verdict %d", i).isEqualTo(expected.get(i % 4));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
