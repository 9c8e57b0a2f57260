package org.echeance.einvoice.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.einvoice.EInvoiceWriter;
import org.echeance.einvoice.OfficialRules;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.Syntax;
import org.junit.jupiter.api.Test;

/**
 * Reads every official EN 16931 example, writes it in CII and in UBL, checks the written documents against the
 * official schematron (EN 16931 1.3.16, see {@link OfficialRules}) and reads them back: the invoice must be the
 * one first read.
 */
class RoundTripTest {
    private static final EInvoiceReader READER = EInvoiceReader.create();

    private static ReadResult reread(byte[] xml, String name) {
        return READER.read(new ByteArrayInputStream(xml), name);
    }

    @Test
    void everyExampleWrittenInBothSyntaxesReadsBackAsTheSameInvoice() {
        List<String> failures = new ArrayList<>();
        for (String name : Examples.ALL) {
            Invoice invoice = Examples.read(name).invoice().orElseThrow();
            for (Syntax syntax : Syntax.values()) {
                String label = name + " → " + syntax;
                byte[] written = EInvoiceWriter.of(syntax, Profile.EN_16931).write(invoice);
                ReadResult back = reread(written, label);
                if (!back.invoice().equals(java.util.Optional.of(invoice))) {
                    failures.add(label + ": read back as "
                            + back.invoice().map(Object::toString).orElse("nothing") + " " + back.violations());
                }
                if (!back.isConsistent()) {
                    failures.add(label + ": differences " + back.differences());
                }
            }
        }
        assertThat(failures).as("examples that do not survive a round trip").isEmpty();
    }

    /**
     * Six examples give an account (BT-84) whose IBAN check digits are wrong ({@code DK1212341234123412}, and
     * {@code IBAN} in the rounding test case): Echeance's model holds only valid IBANs, so the reader leaves it out
     * with a note, and the written document then lacks the account its credit transfer needs (BR-61 in UBL,
     * CII-SR-470 in CII). Those two rules are accepted for exactly those examples; any other error fails.
     */
    @Test
    void everyExampleWrittenInBothSyntaxesPassesTheOfficialSchematron() {
        List<String> failures = new ArrayList<>();
        List<String> accountRefused = new ArrayList<>();
        for (String name : Examples.ALL) {
            ReadResult read = Examples.read(name);
            boolean ibanLeftOut = read.notes().stream()
                    .anyMatch(
                            n -> n.businessTerm().equals("BT-84") && n.message().startsWith("left out: IBAN"));
            if (ibanLeftOut) {
                accountRefused.add(name);
            }
            Invoice invoice = read.invoice().orElseThrow();
            for (Syntax syntax : Syntax.values()) {
                byte[] written = EInvoiceWriter.of(syntax, Profile.EN_16931).write(invoice);
                for (String error : OfficialRules.errors(written, syntax)) {
                    boolean missingAccount = error.startsWith("[BR-61]") || error.startsWith("[CII-SR-470]");
                    if (!(ibanLeftOut && missingAccount)) {
                        failures.add(name + " → " + syntax + ": " + error);
                    }
                }
            }
        }
        assertThat(failures)
                .as("official EN 16931 " + OfficialRules.EN16931_VERSION + " errors")
                .isEmpty();
        assertThat(accountRefused)
                .containsExactlyInAnyOrder(
                        "cii/CII-BR-CO-10-RoundingIssue.xml",
                        "cii/CII_example3.xml",
                        "cii/CII_example4.xml",
                        "cii/CII_example5.xml",
                        "ubl/ubl-tc434-example3.xml",
                        "ubl/ubl-tc434-example4.xml");
    }

    @Test
    void peppolUblReadsBackWithItsProfile() {
        Invoice read = Examples.read("ubl/ubl-tc434-example4.xml").invoice().orElseThrow();
        // Peppol BIS 3 needs electronic addresses (PEPPOL-EN16931-R010, R020), which the example lacks.
        Invoice invoice = read.toBuilder()
                .seller(read.seller().toBuilder()
                        .electronicAddress(ElectronicAddress.of("0088", "5790000435975"))
                        .build())
                .buyer(read.buyer().toBuilder()
                        .electronicAddress(ElectronicAddress.of("0088", "3012345000017"))
                        .build())
                .build();

        ReadResult back =
                reread(EInvoiceWriter.of(Syntax.UBL, Profile.PEPPOL_BIS_3).write(invoice), "peppol.xml");

        assertThat(back.profile()).contains(Profile.PEPPOL_BIS_3);
        assertThat(back.businessProcess()).contains("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
        assertThat(back.invoice()).contains(invoice);
    }
}
