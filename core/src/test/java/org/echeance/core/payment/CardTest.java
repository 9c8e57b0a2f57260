package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardTest {

    @Test
    void holdsTheLastFourDigitsAndTheNetwork() {
        Card card = Card.of("4242", "CB");

        assertThat(card.lastFourDigits()).contains("4242");
        assertThat(card.network()).contains("CB");
        assertThat(card.meansCode()).isEqualTo(PaymentMeansCode.BANK_CARD);
        assertThat(card.meansCode().code()).isEqualTo("48");
        assertThat(new Card(Optional.empty(), Optional.empty()).meansCode()).isEqualTo(PaymentMeansCode.BANK_CARD);
    }

    // Stripe's test card numbers, as a careless integration would paste them.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4242424242424242    | 16 | 4242
            4000 0025 0000 3155 | 16 | 3155
            5555-5555-5555-4444 | 16 | 4444
            378282246310005     | 15 | 0005
            42424               | 5  | 2424
            """)
    void refusesACardNumberWithoutRepeatingIt(String value, int digits, String lastFour) {
        assertThatThrownBy(() -> Card.of(value, "Visa")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations())
                    .containsExactly(new Violation(
                            "ECH-PAY-07",
                            "lastFourDigits",
                            "a value with " + digits + " digits, ending " + lastFour + ", is refused: Echeance"
                                    + " never holds a card number (PCI DSS), only its last four digits"));
            assertThat(e.getMessage()).contains("PCI DSS").doesNotContain(value);
        });
    }

    @Test
    void refusesACardNumberInTheNetworkName() {
        assertThatThrownBy(() -> Card.of("4242", "Visa 4242424242424242"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasRule("ECH-PAY-07")).isTrue();
                    assertThat(e.violations().get(0).path()).isEqualTo("network");
                    assertThat(e.getMessage()).contains("PCI DSS").doesNotContain("4242424242424242");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"424", "42a4", "", " 4242", "٤٢٤٢"})
    void refusesLastDigitsThatAreNotFourDigits(String value) {
        assertThatThrownBy(() -> Card.of(value, "CB"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-PAY-07", "lastFourDigits", "\"" + value + "\" is not four digits")));
    }

    @Test
    void refusesABlankOrLongNetwork() {
        assertThatThrownBy(() -> Card.of("4242", " "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-09", "network", "\" \" is blank")));
        assertThatThrownBy(() -> Card.of("4242", "N".repeat(36)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-PAY-09",
                                        "network",
                                        "\"" + "N".repeat(36) + "\" has 36 characters, more than 35")));
    }

    @Test
    void refusesNullParts() {
        assertThatThrownBy(() -> new Card(null, Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("lastFourDigits");
        assertThatThrownBy(() -> new Card(Optional.empty(), null)).hasMessage("network");
        assertThatThrownBy(() -> Card.of("4242", null)).hasMessage("network");
    }
}
