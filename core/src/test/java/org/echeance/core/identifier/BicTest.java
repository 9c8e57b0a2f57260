package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    // BNP Paribas head office, Deutsche Bank Frankfurt, NatWest London, Commerzbank Frankfurt.
    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRPPXXX", "DEUTDEFF", "NWBKGB2L", "COBADEFFXXX"})
    void acceptsRealBics(String text) {
        Bic bic = Bic.parse(text);

        assertThat(bic.toString()).isEqualTo(text);
        assertThat(Bic.parse(bic.toString())).isEqualTo(bic);
        assertThat(Bic.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.BIC, text, text));
    }

    @Test
    void splitsAnElevenCharacterBic() {
        Bic bic = Bic.parse("bnpa fr pp xxx");

        assertThat(bic.toString()).isEqualTo("BNPAFRPPXXX");
        assertThat(bic.institutionCode()).isEqualTo("BNPA");
        assertThat(bic.countryCode()).isEqualTo("FR");
        assertThat(bic.locationCode()).isEqualTo("PP");
        assertThat(bic.branchCode()).contains("XXX");
        assertThat(bic.isPrimaryOffice()).isTrue();
    }

    @Test
    void splitsAnEightCharacterBic() {
        Bic bic = Bic.parse("DEUTDEFF");

        assertThat(bic.institutionCode()).isEqualTo("DEUT");
        assertThat(bic.countryCode()).isEqualTo("DE");
        assertThat(bic.locationCode()).isEqualTo("FF");
        assertThat(bic.branchCode()).isEmpty();
        assertThat(bic.isPrimaryOffice()).isTrue();
    }

    @Test
    void recognisesABranch() {
        // Branch 500 of Deutsche Bank in Frankfurt
        Bic bic = Bic.parse("DEUTDEFF500");

        assertThat(bic.branchCode()).contains("500");
        assertThat(bic.isPrimaryOffice()).isFalse();
    }

    @Test
    void acceptsDigitsInTheInstitutionCodeAndKosovo() {
        // ISO 9362:2018 allows digits in the institution code (AB12 is made up); XK is not in ISO 3166 but SWIFT
        // uses it for Kosovo (RBKOXKPR is Raiffeisen Bank Kosovo).
        assertThat(Bic.parse("AB12FRPP").institutionCode()).isEqualTo("AB12");
        assertThat(Bic.parse("RBKOXKPR").countryCode()).isEqualTo("XK");
    }

    @Test
    void keepsTheLengthItWasGiven() {
        assertThat(Bic.parse("DEUTDEFF")).isNotEqualTo(Bic.parse("DEUTDEFFXXX"));
        assertThat(Bic.parse("deutdeff")).isEqualTo(Bic.parse("DEUTDEFF")).hasSameHashCodeAs(Bic.parse("DEUTDEFF"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            BNPAXXPP     | country code XX is not an ISO 3166 code
            BNPA12PP     | characters 5 and 6 must be a country code, found 12
            DEUTDEF      | has 7 characters, a BIC has 8 or 11
            DEUTDEFF5    | has 9 characters, a BIC has 8 or 11
            DEUT-DEFF    | contains '-', only letters and digits are allowed
            """)
    void refusesWithTheRuleItBreaks(String text, String reason) {
        assertThatThrownBy(() -> Bic.parse(text)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.type()).isEqualTo(IdentifierType.BIC);
            assertThat(e.rule()).isEqualTo("ISO 9362");
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo("BIC \"" + text + "\": " + reason + " (ISO 9362)");
        });
        assertThat(Bic.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.BIC, text, reason + " (ISO 9362)"));
    }
}
