package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    // 73282932000074: python-stdnum's fr.siret doctest. 35600000000048: La Poste's head office, which passes the Luhn
    // check (python-stdnum special-cases it). 35600000049837: the La Poste example of public SIRET validators, whose
    // digits sum to 45 but which fails the Luhn check.
    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "35600000000048", "35600000049837"})
    void acceptsRealSirets(String text) {
        Siret siret = Siret.parse(text);

        assertThat(siret.toString()).isEqualTo(text);
        assertThat(Siret.parse(siret.toString())).isEqualTo(siret);
        assertThat(Siret.parse(siret.toPrintString())).isEqualTo(siret);
        assertThat(Siret.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.SIRET, text, text));
    }

    @Test
    void splitsIntoSirenAndNic() {
        Siret siret = Siret.parse("732 829 320 00074");

        assertThat(siret.siren()).isEqualTo(Siren.parse("732829320"));
        assertThat(siret.nic()).isEqualTo("00074");
        assertThat(siret.toPrintString()).isEqualTo("732 829 320 00074");
        assertThat(siret).isEqualTo(Siret.parse("73282932000074")).hasSameHashCodeAs(Siret.parse("73282932000074"));
        assertThat(siret).isNotEqualTo(Siret.parse("35600000000048"));
    }

    @Test
    void laPosteEstablishmentsFollowTheDigitSumInsteadOfLuhn() {
        assertThat(Checks.isLuhnValid("35600000049837")).isFalse();
        assertThat(Checks.isLuhnValid("35600000000048")).isTrue();
        assertThat(Siret.parse("35600000049837").siren()).isEqualTo(Siren.parse("356000000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            73282932000075 | Luhn                       | fails the Luhn check
            73282932100074 | Luhn                       | SIREN part 732829321 fails the Luhn check
            35600000049838 | Luhn or La Poste digit sum | fails the Luhn check and its digit sum is not a multiple of 5
            7328293200007  | SIRET format               | has 13 digits instead of 14
            73282932000074A | SIRET format              | contains 'A', only digits and spaces are allowed
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> Siret.parse(text)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.type()).isEqualTo(IdentifierType.SIRET);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.reason()).isEqualTo(reason);
        });
        assertThat(Siret.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.SIRET, text, reason + " (" + rule + ")"));
    }
}
