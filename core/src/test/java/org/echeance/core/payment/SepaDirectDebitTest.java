package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.echeance.core.identifier.Iban;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SepaDirectDebitTest {
    private static final String MANDATE = "MANDAT-2026-0042";

    // FR72ZZZ123456: the French layout (ICS, 13 characters); DE98ZZZ09999999999: the Bundesbank's sample
    // Gläubiger-ID; ES23ZZZ47690558N: the Spanish example of python-stdnum's AT-02 module.
    @ParameterizedTest
    @ValueSource(strings = {"FR72ZZZ123456", "DE98ZZZ09999999999", "ES23ZZZ47690558N"})
    void acceptsCreditorIdentifiersWithMatchingCheckDigits(String creditorId) {
        SepaDirectDebit debit = SepaDirectDebit.of(MANDATE, creditorId, SequenceType.RCUR);

        assertThat(debit.creditorId()).isEqualTo(creditorId);
        assertThat(debit.creditorBusinessCode()).isEqualTo("ZZZ");
        assertThat(debit.meansCode()).isEqualTo(PaymentMeansCode.SEPA_DIRECT_DEBIT);
        assertThat(debit.meansCode().code()).isEqualTo("59");
    }

    @Test
    void normalisesTheCreditorIdentifier() {
        SepaDirectDebit debit = SepaDirectDebit.of(MANDATE, " fr72 zzz 123456 ", SequenceType.FRST);

        assertThat(debit.creditorId()).isEqualTo("FR72ZZZ123456");
        assertThat(debit).isEqualTo(SepaDirectDebit.of(MANDATE, "FR72ZZZ123456", SequenceType.FRST));
    }

    @Test
    void leavesTheBusinessCodeOutOfTheCheckDigits() {
        SepaDirectDebit debit = SepaDirectDebit.of(MANDATE, "FR72ABC123456", SequenceType.OOFF);

        assertThat(debit.creditorBusinessCode()).isEqualTo("ABC");
        assertThat(SepaDirectDebit.of(MANDATE, "DE98B2C09999999999", SequenceType.OOFF)
                        .creditorBusinessCode())
                .isEqualTo("B2C");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            FR73ZZZ123456        | "FR73ZZZ123456": check digits do not match (ISO 7064 MOD 97-10 over the national identifier, the business code left out)
            FR72ZZZ123457        | "FR72ZZZ123457": check digits do not match (ISO 7064 MOD 97-10 over the national identifier, the business code left out)
            DE98ZZZ09999999990   | "DE98ZZZ09999999990": check digits do not match (ISO 7064 MOD 97-10 over the national identifier, the business code left out)
            FR72ZZZ1234567       | "FR72ZZZ1234567" has 14 characters, FR creditor identifiers have 13
            US72ZZZ123456        | "US72ZZZ123456" has country code US, which is outside the SEPA schemes
            FR-72-ZZZ-123456     | "FR-72-ZZZ-123456" contains '-', only letters and digits are allowed
            FRXXZZZ123456        | "FRXXZZZ123456" has no two check digits after the country code
            7272ZZZ123456        | "7272ZZZ123456" does not start with a two-letter country code
            FR72ZZZ              | "FR72ZZZ" has 7 characters; a SEPA creditor identifier has a country code, two check digits, a three-character business code and a national identifier
            IT12ZZZ12345678901234567890123456789 | "IT12ZZZ12345678901234567890123456789" has 36 characters, more than 35
            "  "                 | "  " is empty
            """)
    void refusesAMalformedCreditorIdentifier(String creditorId, String message) {
        assertThatThrownBy(() -> SepaDirectDebit.of(MANDATE, creditorId, SequenceType.RCUR))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-05", "creditorId", message)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "MANDAT-2026/0042", "a b:c?(d).e,f'g+h", "12345678901234567890123456789012345"})
    void acceptsMandateReferencesOfTheSepaCharacterSet(String mandateId) {
        assertThat(SepaDirectDebit.of(mandateId, "FR72ZZZ123456", SequenceType.RCUR)
                        .mandateId())
                .isEqualTo(mandateId);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                     | "" is empty
            123456789012345678901234567890123456   | "123456789012345678901234567890123456" has 36 characters, more than 35
            MANDAT_42                              | "MANDAT_42" contains '_', outside the SEPA character set
            MANDAT-É42                             | "MANDAT-É42" contains 'É', outside the SEPA character set
            " MANDAT-42"                           | " MANDAT-42" starts or ends with a space
            MANDAT-42/                             | "MANDAT-42/" starts or ends with '/' or contains '//', which SEPA refuses
            MANDAT//42                             | "MANDAT//42" starts or ends with '/' or contains '//', which SEPA refuses
            """)
    void refusesAMandateReferenceOutsideTheSepaRules(String mandateId, String message) {
        assertThatThrownBy(() -> SepaDirectDebit.of(mandateId, "FR72ZZZ123456", SequenceType.RCUR))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-04", "mandateId", message)));
    }

    @Test
    void collectsOnlyFromASepaAccount() {
        Iban french = Iban.parse("FR1420041010050500013M02606");
        SepaDirectDebit debit = new SepaDirectDebit(MANDATE, "FR72ZZZ123456", SequenceType.FRST, Optional.of(french));

        assertThat(debit.debtorIban()).contains(french);
        assertThatThrownBy(() -> new SepaDirectDebit(
                        MANDATE,
                        "FR72ZZZ123456",
                        SequenceType.FRST,
                        Optional.of(Iban.parse("BR1800360305000010009795493C1"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-PAY-06",
                                        "debtorIban",
                                        "BR1800360305000010009795493C1 is from BR, outside the SEPA schemes; a SEPA direct"
                                                + " debit collects from a SEPA account")));
    }

    @Test
    void movesToTheNextSequenceType() {
        SepaDirectDebit first = SepaDirectDebit.of(MANDATE, "FR72ZZZ123456", SequenceType.FRST);

        SepaDirectDebit next = first.withSequenceType(SequenceType.RCUR);

        assertThat(next.sequenceType()).isEqualTo(SequenceType.RCUR);
        assertThat(next.mandateId()).isEqualTo(MANDATE);
        assertThat(next.creditorId()).isEqualTo("FR72ZZZ123456");
        assertThat(first.sequenceType()).isEqualTo(SequenceType.FRST);
        assertThat(SequenceType.values())
                .extracting(SequenceType::name)
                .containsExactly("FRST", "RCUR", "FNAL", "OOFF");
    }

    @Test
    void refusesNullParts() {
        assertThatThrownBy(() -> SepaDirectDebit.of(null, "FR72ZZZ123456", SequenceType.RCUR))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("mandateId");
        assertThatThrownBy(() -> SepaDirectDebit.of(MANDATE, null, SequenceType.RCUR))
                .hasMessage("creditorId");
        assertThatThrownBy(() -> SepaDirectDebit.of(MANDATE, "FR72ZZZ123456", null))
                .hasMessage("sequenceType");
        assertThatThrownBy(() -> new SepaDirectDebit(MANDATE, "FR72ZZZ123456", SequenceType.RCUR, null))
                .hasMessage("debtorIban");
    }
}
