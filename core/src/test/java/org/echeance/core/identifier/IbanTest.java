package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    // Examples of the SWIFT IBAN registry (release 100), electronic format.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "FR1420041010050500013M02606",
                "DE89370400440532013000",
                "GB29NWBK60161331926819",
                "BE68539007547034",
                "CH9300762011623852957",
                "IT60X0542811101000000123456",
                "ES9121000418450200051332",
                "NL91ABNA0417164300",
                "LU280019400644750000",
                "MC5811222000010123456789030",
                "PT50000201231234567890154",
                "NO9386011117947",
                "MT84MALT011000012345MTLCAST001S",
                "RU0304452522540817810538091310419"
            })
    void acceptsRegistryExamples(String text) {
        Iban iban = Iban.parse(text);

        assertThat(iban.toString()).isEqualTo(text);
        assertThat(Iban.parse(iban.toString())).isEqualTo(iban);
        assertThat(Iban.parse(iban.toPrintString())).isEqualTo(iban);
        assertThat(Iban.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.IBAN, text, text));
    }

    @Test
    void normalisesPaperFormAndLowerCase() {
        Iban iban = Iban.parse("fr14 2004 1010 0505 0001 3m02 606");

        assertThat(iban.toString()).isEqualTo("FR1420041010050500013M02606");
        assertThat(iban.toPrintString()).isEqualTo("FR14 2004 1010 0505 0001 3M02 606");
        assertThat(iban.countryCode()).isEqualTo("FR");
        assertThat(iban.checkDigits()).isEqualTo("14");
        assertThat(iban.bban()).isEqualTo("20041010050500013M02606");
    }

    @Test
    void printsTheShortestIbanInGroupsOfFour() {
        assertThat(Iban.parse("NO9386011117947").toPrintString()).isEqualTo("NO93 8601 1117 947");
        assertThat(Iban.parse("BE68539007547034").toPrintString()).isEqualTo("BE68 5390 0754 7034");
    }

    @Test
    void isEqualByElectronicForm() {
        Iban a = Iban.parse("DE89 3704 0044 0532 0130 00");
        Iban b = Iban.parse("de89370400440532013000");
        Iban c = Iban.parse("GB29NWBK60161331926819");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("DE89370400440532013000");
    }

    @Test
    void knowsEveryCountryOfTheRegistry() {
        assertThat(IbanRegistry.size()).isEqualTo(89);
        assertThat(IbanRegistry.length("FR")).contains(27);
        assertThat(IbanRegistry.length("DE")).contains(22);
        assertThat(IbanRegistry.length("GB")).contains(22);
        assertThat(IbanRegistry.length("BE")).contains(16);
        assertThat(IbanRegistry.length("IT")).contains(27);
        assertThat(IbanRegistry.length("ES")).contains(24);
        assertThat(IbanRegistry.length("NL")).contains(18);
        assertThat(IbanRegistry.length("LU")).contains(20);
        assertThat(IbanRegistry.length("CH")).contains(21);
        assertThat(IbanRegistry.length("MC")).contains(27);
        assertThat(IbanRegistry.length("PT")).contains(25);
        assertThat(IbanRegistry.length("US")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            FR1420041010050500013M02607   | ISO 13616 mod-97 | check digits do not match
            FR1520041010050500013M02606   | ISO 13616 mod-97 | check digits do not match
            DE89370400440532013001        | ISO 13616 mod-97 | check digits do not match
            FR142004101005050001 3M0260   | ISO 13616        | has 26 characters, FR IBANs have 27
            DE8937040044053201300000      | ISO 13616        | has 24 characters, DE IBANs have 22
            US64SVBKUS6S3300958879        | ISO 13616        | country code US has no IBAN format
            FR14-2004-1010-0505-0001-3M02 | ISO 13616        | contains '-', only letters and digits are allowed
            FR14200410100505000É3M02606   | ISO 13616        | contains 'É', only letters and digits are allowed
            1420041010050500013M02606     | ISO 13616        | does not start with a two-letter country code
            FRXX20041010050500013M02606   | ISO 13616        | has no two check digits after the country code
            FR14200410100505000133M026061234567 | ISO 13616  | has 35 characters, more than 34
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> Iban.parse(text)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.type()).isEqualTo(IdentifierType.IBAN);
            assertThat(e.value()).isEqualTo(text);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.reason()).isEqualTo(reason);
        });
        assertThat(Iban.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.IBAN, text, reason + " (" + rule + ")"));
    }

    @Test
    void explainsAWrongCheckDigitInASentence() {
        assertThatThrownBy(() -> Iban.parse("FR76 3000 6000 0112 3456 7890 188"))
                .hasMessage("IBAN \"FR76 3000 6000 0112 3456 7890 188\": check digits do not match (ISO 13616 mod-97)");
    }

    @Test
    void refusesEmptyAndNull() {
        assertThat(Iban.check("  "))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.IBAN, "  ", "is empty (ISO 13616)"));
        assertThatThrownBy(() -> Iban.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> Iban.check(null)).isInstanceOf(NullPointerException.class);
    }
}
