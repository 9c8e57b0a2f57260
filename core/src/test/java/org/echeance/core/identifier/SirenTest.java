package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    // 552100554 and 732829320 are the usual examples of SIREN documentation (732829320 is python-stdnum's fr.siret
    // doctest), 356000000 is La Poste, 303265045 is the SIREN inside python-stdnum's fr.tva example FR40303265045.
    @ParameterizedTest
    @ValueSource(strings = {"552100554", "732829320", "356000000", "303265045"})
    void acceptsRealSirens(String text) {
        Siren siren = Siren.parse(text);

        assertThat(siren.toString()).isEqualTo(text);
        assertThat(Siren.parse(siren.toString())).isEqualTo(siren);
        assertThat(Siren.parse(siren.toPrintString())).isEqualTo(siren);
        assertThat(Siren.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.SIREN, text, text));
    }

    @Test
    void acceptsSpacesAndPrintsInGroupsOfThree() {
        Siren siren = Siren.parse("552 100 554");

        assertThat(siren.toString()).isEqualTo("552100554");
        assertThat(siren.toPrintString()).isEqualTo("552 100 554");
        assertThat(siren).isEqualTo(Siren.parse("552100554")).hasSameHashCodeAs(Siren.parse("552100554"));
        assertThat(siren).isNotEqualTo(Siren.parse("732829320"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            552100555    | Luhn         | fails the Luhn check
            552100545    | Luhn         | fails the Luhn check
            55210055     | SIREN format | has 8 digits instead of 9
            5521005540   | SIREN format | has 10 digits instead of 9
            552.100.554  | SIREN format | contains '.', only digits and spaces are allowed
            55210055A    | SIREN format | contains 'A', only digits and spaces are allowed
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> Siren.parse(text)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.type()).isEqualTo(IdentifierType.SIREN);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.reason()).isEqualTo(reason);
        });
        assertThat(Siren.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.SIREN, text, reason + " (" + rule + ")"));
    }

    @Test
    void refusesEmpty() {
        assertThat(Siren.check(""))
                .isEqualTo(
                        IdentifierCheck.invalid(IdentifierType.SIREN, "", "has 0 digits instead of 9 (SIREN format)"));
    }
}
