package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            facturation@example.fr            | EMAIL
            not an email @                    | EMAIL
            +33 1 42 68 53 00                 | PHONE
            0033142685300                     | PHONE
            01 42 68 53 00                    | PHONE
            06.12.34.56.78                    | PHONE
            552 100 554                       | SIREN
            552100555                         | SIREN
            732 829 320 00074                 | SIRET
            FR76 3000 6000 0112 3456 7890 189 | IBAN
            fr1420041010050500013m02606       | IBAN
            NO9386011117947                   | IBAN
            BNPAFRPPXXX                       | BIC
            DEUTDEFF                          | BIC
            AB12FRPP                          | BIC
            FR40303265045                     | VAT_NUMBER
            DE136695976                       | VAT_NUMBER
            ATU13585627                       | VAT_NUMBER
            NL004495445B01                    | VAT_NUMBER
            SE556188840401                    | VAT_NUMBER
            GR094014250                       | VAT_NUMBER
            el 094.014.250                    | VAT_NUMBER
            """)
    void recognisesTheShapeOfEachType(String value, IdentifierType type) {
        assertThat(Identifiers.recognise(value)).contains(type);
        assertThat(Identifiers.check(value)).contains(Identifiers.check(type, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "DEMO", "12345", "1234567890", "US123456789", "ABCD1234"})
    void recognisesNothingInOtherValues(String value) {
        assertThat(Identifiers.recognise(value)).isEmpty();
        assertThat(Identifiers.check(value)).isEmpty();
    }

    @Test
    void checksTheRecognisedType() {
        assertThat(Identifiers.check("552 100 554"))
                .contains(IdentifierCheck.valid(IdentifierType.SIREN, "552 100 554", "552100554"));
        assertThat(Identifiers.check("GR094014250"))
                .contains(IdentifierCheck.invalid(
                        IdentifierType.VAT_NUMBER,
                        "GR094014250",
                        "Greek VAT numbers take the prefix EL, not GR (BR-CO-09)"));
    }

    @Test
    void checksAsTheTypeItIsTold() {
        assertThat(Identifiers.check(IdentifierType.IBAN, "FR1420041010050500013M02606")
                        .valid())
                .isTrue();
        assertThat(Identifiers.check(IdentifierType.BIC, "DEUTDEFF").valid()).isTrue();
        assertThat(Identifiers.check(IdentifierType.VAT_NUMBER, "EL094014250").valid())
                .isTrue();
        assertThat(Identifiers.check(IdentifierType.SIREN, "552100554").valid()).isTrue();
        assertThat(Identifiers.check(IdentifierType.SIRET, "73282932000074").valid())
                .isTrue();
        assertThat(Identifiers.check(IdentifierType.EMAIL, "a@example.fr").valid())
                .isTrue();
        assertThat(Identifiers.check(IdentifierType.PHONE, "0142685300").valid())
                .isTrue();
        assertThat(Identifiers.check(IdentifierType.SIRET, "552100554"))
                .isEqualTo(IdentifierCheck.invalid(
                        IdentifierType.SIRET, "552100554", "has 9 digits instead of 14 (SIRET format)"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Identifiers.recognise(null)).hasMessage("value");
        assertThatThrownBy(() -> Identifiers.check(null)).hasMessage("value");
        assertThatThrownBy(() -> Identifiers.check(null, "x")).hasMessage("type");
        assertThatThrownBy(() -> Identifiers.check(IdentifierType.IBAN, null)).hasMessage("value");
    }
}
