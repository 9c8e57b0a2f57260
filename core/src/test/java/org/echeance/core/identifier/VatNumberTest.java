package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTest {

    // FR40303265045 and FRK7399859412 (a key with a letter): python-stdnum fr.tva doctests. FR44732829320: the VAT
    // number python-stdnum derives from SIREN 732829320. DE136695976, BE0403170701, EL094014250: the examples of the
    // identifier specification. The others are well-formed numbers of each member state's format, not looked up.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "FR40303265045",
                "FR44732829320",
                "FRK7399859412",
                "DE136695976",
                "BE0403170701",
                "EL094014250",
                "ATU13585627",
                "NL004495445B01",
                "IE6433435F",
                "IE8D79739I",
                "ESA28015865",
                "ES12345678Z",
                "SE556188840401",
                "XI123456789",
                "XIGD123",
                "RO18547290",
                "CZ25123891",
                "LT119511515"
            })
    void acceptsWellFormedNumbers(String text) {
        VatNumber vat = VatNumber.parse(text);

        assertThat(vat.toString()).isEqualTo(text);
        assertThat(VatNumber.parse(vat.toString())).isEqualTo(vat);
        assertThat(VatNumber.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.VAT_NUMBER, text, text));
    }

    @Test
    void normalisesSeparatorsAndCase() {
        VatNumber vat = VatNumber.parse("fr 40 303.265.045");

        assertThat(vat.toString()).isEqualTo("FR40303265045");
        assertThat(vat.countryCode()).isEqualTo("FR");
        assertThat(vat.number()).isEqualTo("40303265045");
        assertThat(vat.siren()).contains(Siren.parse("303265045"));
        assertThat(VatNumber.parse("de-136-695-976")).isEqualTo(VatNumber.parse("DE136695976"));
        assertThat(VatNumber.parse("de-136-695-976")).hasSameHashCodeAs(VatNumber.parse("DE136695976"));
        assertThat(vat).isNotEqualTo(VatNumber.parse("FR44732829320"));
    }

    @Test
    void greeceTakesThePrefixEl() {
        VatNumber vat = VatNumber.parse("EL 094 014 250");

        assertThat(vat.countryCode()).isEqualTo("EL");
        assertThat(vat.number()).isEqualTo("094014250");
        assertThat(vat.siren()).isEmpty();
    }

    @Test
    void acceptsMonacoNumbersWithoutSiren() {
        // The French tax office gives Monaco companies FR numbers whose "SIREN" starts with 000 and is not
        // Luhn-checked.
        String text = "FR" + key("000123456") + "000123456";

        VatNumber vat = VatNumber.parse(text);

        assertThat(Checks.isLuhnValid("000123456")).isFalse();
        assertThat(vat.toString()).isEqualTo(text);
        assertThat(vat.siren()).isEmpty();
    }

    @Test
    void keysWithLettersAreCheckedOnFormatOnly() {
        VatNumber vat = VatNumber.parse("FRK7399859412");

        assertThat(vat.number()).isEqualTo("K7399859412");
        assertThat(vat.siren()).contains(Siren.parse("399859412"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GR094014250   | BR-CO-09      | Greek VAT numbers take the prefix EL, not GR
            FR41303265045 | FR VAT key    | key 41 does not match SIREN 303265045
            FR40303265046 | FR VAT key    | key 40 does not match SIREN 303265046
            DE12345678    | EU VAT format | DE numbers have 9 digits
            ATU1234567    | EU VAT format | AT numbers have U and 8 digits
            NL004495445C01 | EU VAT format | NL numbers have 9 digits, B and 2 digits
            FRIO303265045 | EU VAT format | FR numbers have a 2-character key and the 9-digit SIREN
            QQ123456789   | EU VAT format | QQ is not an ISO 3166 country code nor the prefix EL or XI
            NO1           | EU VAT format | NO numbers have 2 to 18 letters and digits outside the EU
            123456789     | EU VAT format | does not start with a two-letter country prefix
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> VatNumber.parse(text)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.type()).isEqualTo(IdentifierType.VAT_NUMBER);
            assertThat(e.value()).isEqualTo(text);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.reason()).isEqualTo(reason);
        });
        assertThat(VatNumber.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.VAT_NUMBER, text, reason + " (" + rule + ")"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NO987654321MVA       | NO | 987654321MVA
            CHE-123.456.789 MWST | CH | E123456789MWST
            GB 123 4567 89       | GB | 123456789
            """)
    void acceptsVatIdsOfCountriesOutsideTheEuOnFormat(String text, String country, String number) {
        VatNumber vat = VatNumber.parse(text);
        assertThat(vat.countryCode()).isEqualTo(country);
        assertThat(vat.number()).isEqualTo(number);
        assertThat(VatNumber.parse(vat.toString())).isEqualTo(vat);
    }

    @Test
    void explainsTheGreekPrefixInASentence() {
        assertThatThrownBy(() -> VatNumber.parse("GR094014250"))
                .hasMessage("VAT number \"GR094014250\": Greek VAT numbers take the prefix EL, not GR (BR-CO-09)");
    }

    @Test
    void refusesAFrenchKeyOverASirenThatFailsLuhn() {
        String siren = "303265046";
        String text = "FR" + key(siren) + siren;

        assertThat(VatNumber.check(text))
                .isEqualTo(IdentifierCheck.invalid(
                        IdentifierType.VAT_NUMBER, text, "SIREN 303265046 fails the Luhn check (Luhn)"));
    }

    @Test
    void refusesEmpty() {
        assertThat(VatNumber.check(" . "))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.VAT_NUMBER, " . ", "is empty (EU VAT format)"));
    }

    /** Computes the French key as python-stdnum does, (SIREN followed by 12) mod 97, independently of the code. */
    private static String key(String siren) {
        int key = new BigInteger(siren + "12").mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", key);
    }
}
