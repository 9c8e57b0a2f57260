package org.echeance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.Siret;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PartyTest {
    @Test
    void sirenComesFromTheLegalRegistrationOrTheFrenchVatNumber() {
        Party bySiret = Party.builder("A")
                .legalRegistration(PartyIdentifier.of(Siret.parse("81234567600017")))
                .build();
        Party byVat = Party.builder("B").vatNumber("FR19812345676").build();
        Party foreign = Party.builder("C").vatNumber("DE136695976").build();

        assertThat(bySiret.siren()).contains(Siren.parse("812345676"));
        assertThat(byVat.siren()).contains(Siren.parse("812345676"));
        assertThat(foreign.siren()).isEmpty();
    }

    @Test
    void registrationSchemesAreTheFrenchIsoIcds() {
        assertThat(PartyIdentifier.of(Siren.parse("812345676")).schemeId()).contains("0002");
        assertThat(PartyIdentifier.of(Siret.parse("81234567600017")).schemeId()).contains("0009");
        assertThat(PartyIdentifier.of("4000001000005").siren()).isEmpty();
    }

    @Test
    void sirenAndSiretRegistrationsMustBeValid() {
        assertThatThrownBy(() -> new PartyIdentifier("812345677", Optional.of("0002")))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("812345677");
        assertThat(new PartyIdentifier("812 345 676", Optional.of("0002")).value())
                .isEqualTo("812345676");
    }

    @Test
    void contactKeepsMainAndAlternatePhonesNormalised() {
        Contact contact =
                Contact.of("Claire", "Claire@Example.FR", "04 72 00 12 34").withAlternatePhone("06.12.34.56.78");

        assertThat(contact.phone().orElseThrow()).hasToString("+33472001234");
        assertThat(contact.alternatePhone().orElseThrow()).hasToString("+33612345678");
        assertThat(contact.email().orElseThrow()).hasToString("Claire@example.fr");
    }

    @Test
    void malformedContactDetailsAreRefusedWithTheirRule() {
        assertThatThrownBy(() -> Contact.empty().withPhone("12345"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("12345");
        assertThatThrownBy(() -> Contact.empty().withEmail("no-at-sign"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("no-at-sign");
    }

    @Test
    void addressNeedsAnIsoCountryAndAtMostThreeLines() {
        assertThatThrownBy(() -> PostalAddress.ofCountry("France"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.ruleId()).isEqualTo("BR-CL-14");
                            assertThat(v.path()).isEqualTo("address.countryCode");
                            assertThat(v.message()).contains("\"France\"");
                        }));
        assertThatThrownBy(() -> PostalAddress.ofCountry("FR").withLines("a", "b", "c", "d"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-ADDR-01");
        assertThat(new PostalAddress(List.of("x"), Optional.empty(), Optional.empty(), Optional.empty(), "XK")
                        .countryCode())
                .isEqualTo("XK");
    }

    @Test
    void blankLegalNameIsRefused() {
        assertThatThrownBy(() -> Party.builder(" "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("BR-06");
    }

    @Test
    void partiesAreEqualWhenAllPartsAre() {
        Party a = Party.builder("A").vatNumber("FR19812345676").build();
        Party same = Party.builder("A").vatNumber("fr 19 812 345 676").build();
        Party other = a.toBuilder().tradingName("Other").build();

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }
}
