package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            01 42 68 53 00       | +33142685300
            06.12.34.56.78       | +33612345678
            09-72-12-34-56       | +33972123456
            +33 1 42 68 53 00    | +33142685300
            +33142685300         | +33142685300
            0033 1 42 68 53 00   | +33142685300
            +49 (30) 1234567     | +49301234567
            0049 30 1234567      | +49301234567
            +1 212 555 0100      | +12125550100
            +44 20 7946 0018     | +442079460018
            +123456789012345     | +123456789012345
            +12345678            | +12345678
            """)
    void normalisesToE164(String text, String e164) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.toString()).isEqualTo(e164);
        assertThat(PhoneNumber.parse(phone.toString())).isEqualTo(phone).hasSameHashCodeAs(phone);
        assertThat(PhoneNumber.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.PHONE, text, e164));
    }

    @Test
    void printsFrenchNumbersInNationalForm() {
        assertThat(PhoneNumber.parse("+33142685300").toNationalFrenchString()).contains("01 42 68 53 00");
        assertThat(PhoneNumber.parse("06.12.34.56.78").toNationalFrenchString()).contains("06 12 34 56 78");
        assertThat(PhoneNumber.parse("+49 30 1234567").toNationalFrenchString()).isEmpty();
    }

    @Test
    void isEqualByE164Form() {
        assertThat(PhoneNumber.parse("01 42 68 53 00"))
                .isEqualTo(PhoneNumber.parse("+33 1 42 68 53 00"))
                .isNotEqualTo(PhoneNumber.parse("01 42 68 53 01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            +33 (0)1 42 68 53 00 | French numbering plan | French numbers have 9 digits after +33, the first not 0
            +33 1 42 68 53       | French numbering plan | French numbers have 9 digits after +33, the first not 0
            01 42 68 53          | French numbering plan | has 8 digits, a French national number has 10 starting with 0
            01 42 68 53 00 1     | French numbering plan | has 11 digits, a French national number has 10 starting with 0
            1 42 68 53 00        | E.164                 | does not start with +, 00 or the 0 of a French national number
            +1234567             | E.164                 | has 7 digits after the international prefix, not 8 to 15
            +1234567890123456    | E.164                 | has 16 digits after the international prefix, not 8 to 15
            +0123456789          | E.164                 | country code starts with 0
            +33 1 42 68 53 0x    | E.164                 | contains 'x', only digits, a leading +, spaces, dots, dashes and parentheses are allowed
            33+142685300         | E.164                 | contains '+', only digits, a leading +, spaces, dots, dashes and parentheses are allowed
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.type()).isEqualTo(IdentifierType.PHONE);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.reason()).isEqualTo(reason);
                });
        assertThat(PhoneNumber.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.PHONE, text, reason + " (" + rule + ")"));
    }

    @Test
    void refusesEmpty() {
        assertThat(PhoneNumber.check(" - ").reason()).contains("has no digits (E.164)");
    }
}
