package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentLinkTest {

    @Test
    void holdsAnHttpsUrlAndItsProvider() {
        URI url = URI.create("https://pay.example.com/i/FA-2026-00042?lang=fr");

        PaymentLink link = new PaymentLink(url, Optional.of("Stripe"));

        assertThat(link.url()).isEqualTo(url);
        assertThat(link.provider()).contains("Stripe");
        assertThat(link.meansCode()).isEqualTo(PaymentMeansCode.ONLINE_PAYMENT_SERVICE);
        assertThat(link.meansCode().code()).isEqualTo("68");
        assertThat(PaymentLink.of(URI.create("HTTPS://PAY.EXAMPLE.COM/x")).provider())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://pay.example.com/i/42   | "http://pay.example.com/i/42" is not an https URL
            /i/42                         | "/i/42" is not an https URL
            ftp://pay.example.com/i/42    | "ftp://pay.example.com/i/42" is not an https URL
            https:///i/42                 | "https:///i/42" has no host
            https:pay.example.com         | "https:pay.example.com" has no host
            """)
    void refusesAUrlThatIsNotAbsoluteHttps(String url, String message) {
        assertThatThrownBy(() -> PaymentLink.of(URI.create(url)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("ECH-PAY-08", "url", message)));
    }

    @Test
    void refusesCredentialsWithoutRepeatingThem() {
        assertThatThrownBy(() -> PaymentLink.of(URI.create("https://shop:s3cret@pay.example.com/i/42")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasRule("ECH-PAY-08")).isTrue();
                    assertThat(e.getMessage()).contains("user information").doesNotContain("s3cret");
                });
    }

    @Test
    void refusesABlankProvider() {
        assertThatThrownBy(() -> new PaymentLink(URI.create("https://pay.example.com"), Optional.of("")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-09", "provider", "\"\" is blank")));
    }

    @Test
    void refusesNullParts() {
        assertThatThrownBy(() -> PaymentLink.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("url");
        assertThatThrownBy(() -> new PaymentLink(URI.create("https://pay.example.com"), null))
                .hasMessage("provider");
    }
}
