package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfCreditorReferenceTest {

    // The example of ISO 11649 and of the EPC's remittance guidelines.
    @Test
    void acceptsTheIsoExample() {
        RfCreditorReference reference = RfCreditorReference.parse("RF18539007547034");

        assertThat(reference.toString()).isEqualTo("RF18539007547034");
        assertThat(reference.checkDigits()).isEqualTo("18");
        assertThat(reference.reference()).isEqualTo("539007547034");
        assertThat(reference.toPrintString()).isEqualTo("RF18 5390 0754 7034");
        assertThat(RfCreditorReference.parse(reference.toPrintString())).isEqualTo(reference);
        assertThat(RfCreditorReference.check("RF18 5390 0754 7034"))
                .isEqualTo(
                        IdentifierCheck.valid(IdentifierType.RF_REFERENCE, "RF18 5390 0754 7034", "RF18539007547034"));
    }

    @Test
    void acceptsTheLongestReference() {
        // 21 zeros: the longest reference, 25 characters in all; its check digits are 04.
        RfCreditorReference reference = RfCreditorReference.parse("RF04 0000 0000 0000 0000 0000 0");

        assertThat(reference.toString()).isEqualTo("RF04000000000000000000000").hasSize(25);
        assertThat(reference.reference()).isEqualTo("0".repeat(21));
        assertThat(reference.toPrintString()).isEqualTo("RF04 0000 0000 0000 0000 0000 0");
        assertThat(RfCreditorReference.of("0".repeat(21))).isEqualTo(reference);
    }

    @Test
    void normalisesLowerCaseAndSpaces() {
        RfCreditorReference reference = RfCreditorReference.parse(" rf39 fa20 2600 042 ");

        assertThat(reference.toString()).isEqualTo("RF39FA202600042");
        assertThat(reference.reference()).isEqualTo("FA202600042");
    }

    @Test
    void generatesTheCheckDigitsOfAnInvoiceNumber() {
        RfCreditorReference reference = RfCreditorReference.of("FA-2026-00042");

        assertThat(reference.toString()).isEqualTo("RF39FA202600042");
        assertThat(reference.toPrintString()).isEqualTo("RF39 FA20 2600 042");
        assertThat(RfCreditorReference.of("fa 2026/00042")).isEqualTo(reference);
        assertThat(RfCreditorReference.of("539007547034")).isEqualTo(RfCreditorReference.parse("RF18539007547034"));
    }

    @Test
    void padsSingleDigitCheckDigits() {
        assertThat(RfCreditorReference.of("7").toString()).isEqualTo("RF097");
        assertThat(RfCreditorReference.of("0").toString()).isEqualTo("RF040");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            RF17539007547034             | ISO 11649 mod-97 | check digits do not match
            RF18539007547035             | ISO 11649 mod-97 | check digits do not match
            RF18539007547043             | ISO 11649 mod-97 | check digits do not match
            RF9936                       | ISO 11649 mod-97 | check digits 99 are outside 02 to 98
            RF0154                       | ISO 11649 mod-97 | check digits 01 are outside 02 to 98
            RF0072                       | ISO 11649 mod-97 | check digits 00 are outside 02 to 98
            RF040000000000000000000000   | ISO 11649        | has 26 characters, more than 25
            RF18-5390-0754-7034          | ISO 11649        | contains '-', only letters and digits are allowed
            RF185390075470É4             | ISO 11649        | contains 'É', only letters and digits are allowed
            XX18539007547034             | ISO 11649        | does not start with RF
            BE68539007547034             | ISO 11649        | does not start with RF
            RFAB539007547034             | ISO 11649        | has no two check digits after RF
            RF1                          | ISO 11649        | has no two check digits after RF
            RF18                         | ISO 11649        | has no reference after the check digits
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> RfCreditorReference.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.type()).isEqualTo(IdentifierType.RF_REFERENCE);
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.reason()).isEqualTo(reason);
                });
        assertThat(RfCreditorReference.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.RF_REFERENCE, text, reason + " (" + rule + ")"));
    }

    @Test
    void explainsAWrongCheckDigitInASentence() {
        assertThatThrownBy(() -> RfCreditorReference.parse("RF17 5390 0754 7034"))
                .hasMessage("RF creditor reference \"RF17 5390 0754 7034\": check digits do not match"
                        + " (ISO 11649 mod-97)");
    }

    @Test
    void missesSomeLettersTypedAsDigits() {
        // The documented limit of mod 97 on letters: 'R' (27) typed as '2' changes the length of the number checked.
        assertThat(RfCreditorReference.check("RF8259RFAQ0").valid()).isTrue();
        assertThat(RfCreditorReference.check("RF82592FAQ0").valid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            FA-2026-É1               | contains 'É', only letters A-Z and digits can be kept
            FA-2026-٣                | contains '٣', only letters A-Z and digits can be kept
            " - / "                  | has no letter or digit to quote
            ""                       | has no letter or digit to quote
            FA-2026-0000000000000042 | has 22 letters and digits, an RF creditor reference holds at most 21
            """)
    void refusesToGenerateFromAReferenceItCannotQuote(String reference, String reason) {
        assertThatThrownBy(() -> RfCreditorReference.of(reference))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.type()).isEqualTo(IdentifierType.RF_REFERENCE);
                    assertThat(e.value()).isEqualTo(reference);
                    assertThat(e.rule()).isEqualTo("ISO 11649");
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @Test
    void isEqualByElectronicForm() {
        RfCreditorReference a = RfCreditorReference.parse("RF18 5390 0754 7034");
        RfCreditorReference b = RfCreditorReference.parse("rf18539007547034");
        RfCreditorReference c = RfCreditorReference.of("FA-2026-00042");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("RF18539007547034");
    }

    @Test
    void isRecognisedAndCheckedAsItsOwnType() {
        assertThat(Identifiers.recognise("RF18 5390 0754 7034")).contains(IdentifierType.RF_REFERENCE);
        assertThat(Identifiers.recognise("rf39fa202600042")).contains(IdentifierType.RF_REFERENCE);
        assertThat(Identifiers.check("RF17539007547034"))
                .contains(IdentifierCheck.invalid(
                        IdentifierType.RF_REFERENCE,
                        "RF17539007547034",
                        "check digits do not match (ISO 11649 mod-97)"));
        assertThat(Identifiers.check(IdentifierType.RF_REFERENCE, "RF39FA202600042"))
                .isEqualTo(IdentifierCheck.valid(IdentifierType.RF_REFERENCE, "RF39FA202600042", "RF39FA202600042"));
        // Still an IBAN: RF is no IBAN country, and no other type changed.
        assertThat(Identifiers.recognise("FR1420041010050500013M02606")).contains(IdentifierType.IBAN);
    }

    @Test
    void refusesEmptyAndNull() {
        assertThat(RfCreditorReference.check(" "))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.RF_REFERENCE, " ", "is empty (ISO 11649)"));
        assertThatThrownBy(() -> RfCreditorReference.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> RfCreditorReference.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reference");
        assertThatThrownBy(() -> RfCreditorReference.check(null)).isInstanceOf(NullPointerException.class);
    }
}
