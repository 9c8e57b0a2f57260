package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "facturation@example.fr",
                "jean.dupont@sous-domaine.example.com",
                "o'brien+invoices@example.ie",
                "x@a1.io",
                "!#$%&'*+-/=?^_`{|}~@example.org"
            })
    void acceptsDotAtomAddresses(String text) {
        EmailAddress email = EmailAddress.parse(text);

        assertThat(email.toString()).isEqualTo(text);
        assertThat(EmailAddress.parse(email.toString())).isEqualTo(email);
        assertThat(EmailAddress.check(text)).isEqualTo(IdentifierCheck.valid(IdentifierType.EMAIL, text, text));
    }

    @Test
    void lowerCasesTheDomainOnly() {
        EmailAddress email = EmailAddress.parse("Jean.Dupont@Example.FR");

        assertThat(email.toString()).isEqualTo("Jean.Dupont@example.fr");
        assertThat(email.localPart()).isEqualTo("Jean.Dupont");
        assertThat(email.domain()).isEqualTo("example.fr");
        assertThat(email).isEqualTo(EmailAddress.parse("Jean.Dupont@example.fr"));
        assertThat(email).hasSameHashCodeAs(EmailAddress.parse("Jean.Dupont@example.fr"));
        assertThat(email).isNotEqualTo(EmailAddress.parse("jean.dupont@example.fr"));
    }

    @Test
    void acceptsTheLongestParts() {
        String local = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".fr";

        assertThat(EmailAddress.parse(local + "@" + domain).toString()).hasSize(254);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            jean dupont@example.fr  | RFC 5322 | contains U+0020, spaces are not allowed
            jean.example.fr         | RFC 5322 | has 0 @ signs instead of 1
            jean@dupont@example.fr  | RFC 5322 | has 2 @ signs instead of 1
            @example.fr             | RFC 5322 | has nothing before the @
            jean@                   | RFC 5322 | has nothing after the @
            jean..dupont@example.fr | RFC 5322 | local part starts or ends with a dot or has two dots in a row
            .jean@example.fr        | RFC 5322 | local part starts or ends with a dot or has two dots in a row
            jean(x)@example.fr      | RFC 5322 | local part contains '('
            jéan@example.fr         | RFC 5322 | local part contains 'é'
            jean@example            | RFC 5321 | domain example has no dot
            jean@example..fr        | RFC 5322 | domain starts or ends with a dot or has two dots in a row
            jean@-example.fr        | RFC 5322 | domain label -example starts or ends with a hyphen
            jean@example-.fr        | RFC 5322 | domain label example- starts or ends with a hyphen
            jean@exam_ple.fr        | RFC 5322 | domain contains '_'
            """)
    void refusesWithTheRuleItBreaks(String text, String rule, String reason) {
        assertThatThrownBy(() -> EmailAddress.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.type()).isEqualTo(IdentifierType.EMAIL);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.reason()).isEqualTo(reason);
                });
        assertThat(EmailAddress.check(text))
                .isEqualTo(IdentifierCheck.invalid(IdentifierType.EMAIL, text, reason + " (" + rule + ")"));
    }

    @Test
    void refusesPartsThatAreTooLong() {
        assertThat(EmailAddress.check("a".repeat(65) + "@example.fr").reason())
                .contains("local part has 65 characters, more than 64 (RFC 5321)");
        assertThat(EmailAddress.check("a@" + "b".repeat(64) + ".fr").reason())
                .contains("domain label has 64 characters, more than 63 (RFC 5321)");
        String tooLong = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(59) + ".fr";
        assertThat(EmailAddress.check(tooLong).reason()).contains("has 255 characters, more than 254 (RFC 5321)");
    }

    @Test
    void describesInvisibleCharacters() {
        assertThat(EmailAddress.check("jean\t@example.fr").reason())
                .contains("contains U+0009, spaces are not allowed (RFC 5322)");
        assertThat(EmailAddress.check("").reason()).contains("is empty (RFC 5322)");
    }
}
