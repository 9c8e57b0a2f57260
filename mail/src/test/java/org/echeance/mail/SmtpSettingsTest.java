package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
    private static final SmtpSettings STARTTLS =
            SmtpSettings.of("smtp.example.com", 587, SmtpSecurity.STARTTLS, "billing@example.com");

    @Test
    void ofHasDefaultTimeoutsAndNoCredentials() {
        assertThat(STARTTLS.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(STARTTLS.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(STARTTLS.credentials()).isEmpty();
        assertThat(STARTTLS.fromName()).isEmpty();
        assertThat(STARTTLS.from()).isEqualTo(EmailAddress.parse("billing@example.com"));
        assertThat(STARTTLS.server()).isEqualTo("smtp.example.com:587");
    }

    @Test
    void securityNamesItsUsualPort() {
        assertThat(SmtpSecurity.NONE.defaultPort()).isEqualTo(25);
        assertThat(SmtpSecurity.STARTTLS.defaultPort()).isEqualTo(587);
        assertThat(SmtpSecurity.SSL.defaultPort()).isEqualTo(465);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceWithItsField() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp example.com", 0, SmtpSecurity.SSL, "billing@@example.com"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("ECH-MAIL-07", "from"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-MAIL-01", "host"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-MAIL-02", "port")));
    }

    @Test
    void anInvalidFromAddressNamesTheRfcRule() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.com", 587, SmtpSecurity.STARTTLS, "billing"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("from: \"billing\" is not an email address: has 0 @ signs instead of 1 (RFC 5322)"
                        + " (ECH-MAIL-07)");
    }

    @Test
    void timeoutsMustBeAtLeastOneMillisecond() {
        assertThatThrownBy(() -> STARTTLS.withTimeouts(Duration.ZERO, Duration.ofNanos(999_999)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("ECH-MAIL-03", "connectTimeout"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-MAIL-03", "readTimeout")));
        assertThat(STARTTLS.withTimeouts(Duration.ofMillis(1), Duration.ofDays(24))
                        .readTimeout())
                .isEqualTo(Duration.ofDays(24));
        assertThatThrownBy(() -> STARTTLS.withTimeouts(Duration.ofMillis(1), Duration.ofDays(25)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void credentialsNeverTravelInClearToAnotherMachine() {
        SmtpSettings remote = SmtpSettings.of("smtp.example.com", 25, SmtpSecurity.NONE, "billing@example.com");

        assertThatThrownBy(() -> remote.withCredentials("billing", "secret"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-MAIL-05")).isTrue());
        for (String loopback : new String[] {"localhost", "127.0.0.1", "::1"}) {
            SmtpSettings local = SmtpSettings.of(loopback, 25, SmtpSecurity.NONE, "billing@example.com");
            assertThat(local.withCredentials("billing", "secret").credentials()).isPresent();
        }
    }

    @Test
    void theSenderNameHasNoControlCharacter() {
        assertThatThrownBy(() -> STARTTLS.withFromName("ACME\r\nBcc: victim@example.com"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-MAIL-04")).isTrue());
        assertThat(STARTTLS.withFromName("ACME Services – Facturation").fromName())
                .contains("ACME Services – Facturation");
    }

    @Test
    void credentialsAreChecked() {
        assertThatThrownBy(() -> STARTTLS.withCredentials(" ", ""))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("credentials.username", "credentials.password"));
    }

    @Test
    void toStringHidesThePassword() {
        SmtpSettings settings = STARTTLS.withCredentials("billing@example.com", "hunter2-secret");

        assertThat(settings.toString()).contains("billing@example.com").doesNotContain("hunter2-secret");
        assertThat(settings.credentials().orElseThrow().password()).isEqualTo("hunter2-secret");
    }

    @Test
    void trustedHostsAreHostNamesOnly() {
        assertThat(STARTTLS.withTrustedHost("smtp.example.com").trustsServerCertificate())
                .isTrue();
        assertThat(STARTTLS.withTrustedHost("other.example.com").trustsServerCertificate())
                .isFalse();
        assertThatThrownBy(() -> STARTTLS.withTrustedHost("*"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("trustedHosts[0]"));
    }

    @Test
    void settingsCompareByValue() {
        SmtpSettings same = new SmtpSettings(
                "smtp.example.com",
                587,
                SmtpSecurity.STARTTLS,
                Optional.empty(),
                EmailAddress.parse("billing@example.com"),
                Optional.empty(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                Set.of());

        assertThat(same).isEqualTo(STARTTLS).hasSameHashCodeAs(STARTTLS);
        assertThat(STARTTLS.withFromName("ACME")).isNotEqualTo(STARTTLS);
    }
}
