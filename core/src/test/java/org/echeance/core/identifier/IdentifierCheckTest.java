package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifierCheckTest {

    @Test
    void aValidCheckHasANormalisedFormAndNoReason() {
        IdentifierCheck check = IdentifierCheck.valid(IdentifierType.SIREN, "552 100 554", "552100554");

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).contains("552100554");
        assertThat(check.reason()).isEmpty();
    }

    @Test
    void anInvalidCheckHasAReasonAndNoNormalisedForm() {
        IdentifierCheck check = IdentifierCheck.invalid(IdentifierType.SIREN, "552100555", "fails (Luhn)");

        assertThat(check.valid()).isFalse();
        assertThat(check.normalized()).isEmpty();
        assertThat(check.reason()).contains("fails (Luhn)");
    }

    @Test
    void refusesInconsistentParts() {
        assertThatThrownBy(
                        () -> new IdentifierCheck(IdentifierType.IBAN, "x", true, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new IdentifierCheck(IdentifierType.IBAN, "x", true, Optional.of("X"), Optional.of("why")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new IdentifierCheck(IdentifierType.IBAN, "x", false, Optional.of("X"), Optional.of("why")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new IdentifierCheck(IdentifierType.IBAN, "x", false, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentifierCheck.invalid(IdentifierType.IBAN, "x", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> IdentifierCheck.valid(null, "x", "X")).hasMessage("type");
        assertThatThrownBy(() -> IdentifierCheck.valid(IdentifierType.IBAN, null, "X"))
                .hasMessage("input");
        assertThatThrownBy(() -> IdentifierCheck.valid(IdentifierType.IBAN, "x", null))
                .hasMessage("normalized");
        assertThatThrownBy(() -> IdentifierCheck.invalid(IdentifierType.IBAN, "x", null))
                .hasMessage("reason");
        assertThatThrownBy(() -> new IdentifierCheck(IdentifierType.IBAN, "x", true, null, Optional.empty()))
                .hasMessage("normalized");
    }

    @Test
    void reportsAnExceptionWithItsRule() {
        InvalidIdentifierException e = new InvalidIdentifierException(
                IdentifierType.IBAN, "FR76 3000", "ISO 13616", "has 8 characters, FR IBANs have 27");

        assertThat(e.getMessage()).isEqualTo("IBAN \"FR76 3000\": has 8 characters, FR IBANs have 27 (ISO 13616)");
        assertThat(IdentifierCheck.from(e))
                .isEqualTo(IdentifierCheck.invalid(
                        IdentifierType.IBAN, "FR76 3000", "has 8 characters, FR IBANs have 27 (ISO 13616)"));
    }

    @Test
    void shortensLongValuesInMessagesOnly() {
        String value = "X".repeat(100);
        InvalidIdentifierException e =
                new InvalidIdentifierException(IdentifierType.BIC, value, "ISO 9362", "too long");

        assertThat(e.value()).isEqualTo(value);
        assertThat(e.getMessage()).isEqualTo("BIC \"" + "X".repeat(80) + "...\": too long (ISO 9362)");
        assertThat(e).isInstanceOf(org.echeance.core.EcheanceException.class);
    }

    @Test
    void namesEachTypeForSentences() {
        assertThat(IdentifierType.values())
                .extracting(IdentifierType::displayName)
                .containsExactly(
                        "IBAN",
                        "BIC",
                        "VAT number",
                        "SIREN",
                        "SIRET",
                        "email address",
                        "phone number",
                        "RF creditor reference");
    }
}
