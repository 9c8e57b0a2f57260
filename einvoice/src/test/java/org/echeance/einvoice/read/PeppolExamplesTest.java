package org.echeance.einvoice.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.einvoice.PeppolRules;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;
import org.echeance.einvoice.UblWriter;
import org.echeance.einvoice.ValidationArtefacts;
import org.junit.jupiter.api.Test;

/**
 * The official EN 16931 examples (7 CII, 7 UBL) read and rewritten as Peppol BIS 3 UBL, checked with the official
 * Peppol rules (see {@link PeppolRules}).
 *
 * <p>As they are, only the UBL credit note example has what Peppol requires; the others lack electronic addresses
 * (PEPPOL-EN16931-R010, R020), a buyer or order reference (R003) or give e-mail addresses (CL008), and the writer
 * refuses them naming exactly those rules. Given the Peppol terms they lack (GLN addresses, a buyer reference), no
 * Peppol or EN 16931 rule fails on what Echeance writes; what remains are national rules about data the examples
 * do not have, listed one by one below.
 */
class PeppolExamplesTest {
    private static final UblWriter PEPPOL = UblWriter.of(Profile.PEPPOL_BIS_3);

    @Test
    void asTheyAreOnlyTheExamplesWithPeppolDataAreWrittenAndTheyPass() {
        Map<String, String> expected = new LinkedHashMap<>();
        String addresses = "PEPPOL-EN16931-R010, PEPPOL-EN16931-R020";
        String all = "PEPPOL-EN16931-R003, " + addresses;
        expected.put("cii/CII-BR-CO-10-RoundingIssue.xml", addresses);
        expected.put("cii/CII_business_example_01.xml", addresses);
        expected.put("cii/CII_example1.xml", all);
        expected.put("cii/CII_example2.xml", addresses);
        expected.put("cii/CII_example3.xml", all);
        expected.put("cii/CII_example4.xml", addresses);
        expected.put("cii/CII_example5.xml", "PEPPOL-EN16931-CL008");
        expected.put("ubl/guide-example1.xml", all);
        expected.put("ubl/ubl-tc434-creditnote1.xml", "passes");
        expected.put("ubl/ubl-tc434-example1.xml", all);
        expected.put("ubl/ubl-tc434-example2.xml", addresses);
        expected.put("ubl/ubl-tc434-example3.xml", all);
        expected.put("ubl/ubl-tc434-example4.xml", addresses);
        expected.put("ubl/ubl-tc434-example5.xml", "PEPPOL-EN16931-CL008");

        Map<String, String> actual = new LinkedHashMap<>();
        for (String name : Examples.ALL) {
            Invoice invoice = Examples.read(name).invoice().orElseThrow();
            try {
                List<String> errors = PeppolRules.errors(PEPPOL.write(invoice));
                actual.put(name, errors.isEmpty() ? "passes" : errors.toString());
            } catch (ProfileViolationException e) {
                TreeSet<String> rules = new TreeSet<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((PEPPOL-[A-Z0-9-]+)\\)")
                        .matcher(e.getMessage());
                while (m.find()) {
                    rules.add(m.group(1));
                }
                assertThat(e.rule()).hasValueSatisfying(r -> assertThat(rules).contains(r));
                actual.put(name, String.join(", ", rules));
            }
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    /** Gives a party a Peppol address (a GLN, scheme 0088) unless it has one. */
    private static Party withPeppolAddress(Party party, String gln) {
        Optional<ElectronicAddress> address = party.electronicAddress();
        if (address.isPresent() && !address.get().schemeId().equals("EM")) {
            return party;
        }
        return party.toBuilder()
                .electronicAddress(ElectronicAddress.of("0088", gln))
                .build();
    }

    /**
     * What remains once the Peppol terms are given: national rules of Peppol about data the examples do not carry.
     * NL-R-003: a Dutch seller's legal id is a KVK or OIN number (the examples give none with its scheme); NL-R-007:
     * a Dutch seller states payment means (guide-example1 has means 31, which the model does not hold, so the reader
     * leaves it out); NO-R-001: a Norwegian VAT number holds a valid organisation number (the examples' are made
     * up); DK-R-014, DK-R-017: Danish legal ids with scheme 0184; DK-R-005: Danish payment means (30 is not allowed);
     * DE-R-006: a German seller contact phone (the example's "11880" is not E.164, the reader leaves it out);
     * DE-R-023-1 and BR-61: the account of a credit transfer, left out by the reader when the example's IBAN has
     * wrong check digits (as in {@link RoundTripTest}).
     */
    @Test
    void givenThePeppolTermsTheyLackNoPeppolRuleFailsOnWhatIsWritten() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("cii/CII-BR-CO-10-RoundingIssue.xml", "BR-61, DE-R-006, DE-R-023-1");
        expected.put("cii/CII_business_example_01.xml", "NO-R-001");
        expected.put("cii/CII_example1.xml", "NL-R-003");
        expected.put("cii/CII_example2.xml", "NO-R-001");
        expected.put("cii/CII_example3.xml", "BR-61, DK-R-005, DK-R-014");
        expected.put("cii/CII_example4.xml", "BR-61, DK-R-005, DK-R-014");
        expected.put("cii/CII_example5.xml", "BR-61, NL-R-003");
        expected.put("ubl/guide-example1.xml", "NL-R-003, NL-R-007");
        expected.put("ubl/ubl-tc434-creditnote1.xml", "");
        expected.put("ubl/ubl-tc434-example1.xml", "NL-R-003");
        expected.put("ubl/ubl-tc434-example2.xml", "NO-R-001");
        expected.put("ubl/ubl-tc434-example3.xml", "BR-61, DK-R-005, DK-R-014, DK-R-017");
        expected.put("ubl/ubl-tc434-example4.xml", "BR-61, DK-R-005, DK-R-014");
        expected.put("ubl/ubl-tc434-example5.xml", "NL-R-003");

        Map<String, String> actual = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        for (String name : Examples.ALL) {
            Invoice read = Examples.read(name).invoice().orElseThrow();
            Invoice.Builder completed = read.toBuilder()
                    .seller(withPeppolAddress(read.seller(), "5790000435975"))
                    .buyer(withPeppolAddress(read.buyer(), "3012345000017"));
            if (read.buyerReference().isEmpty() && read.purchaseOrderReference().isEmpty()) {
                completed.buyerReference("PEPPOL-REF-1");
            }
            TreeSet<String> rules = new TreeSet<>();
            for (String error : PeppolRules.errors(PEPPOL.write(completed.build()))) {
                String rule = error.substring(1, error.indexOf(']'));
                rules.add(rule);
                if (rule.startsWith("PEPPOL")) {
                    unexpected.add(name + ": " + error);
                }
            }
            actual.put(name, String.join(", ", rules));
        }
        assertThat(unexpected)
                .as("Peppol BIS " + ValidationArtefacts.peppolBisVersion() + " errors")
                .isEmpty();
        assertThat(actual).containsExactlyEntriesOf(expected);
    }
}
