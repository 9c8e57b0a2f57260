package org.echeance.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.echeance.mail.SmtpSecurity;
import org.echeance.mail.SmtpSettings;
import org.junit.jupiter.api.Test;

class SmtpPropertiesTest {
    private static SmtpSettings settings(SmtpSecurity security) {
        return SmtpSettings.of("smtp.example.com", security.defaultPort(), security, "billing@example.com")
                .withTimeouts(Duration.ofSeconds(7), Duration.ofMillis(1500));
    }

    @Test
    void noneIsPlainSmtpWithoutTls() {
        Properties properties = SmtpProperties.of(settings(SmtpSecurity.NONE));

        assertThat(properties)
                .containsEntry("mail.transport.protocol", "smtp")
                .containsEntry("mail.smtp.host", "smtp.example.com")
                .containsEntry("mail.smtp.port", "25")
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.auth", "false")
                .doesNotContainKey("mail.smtp.starttls.required")
                .doesNotContainKey("mail.smtp.ssl.trust");
    }

    @Test
    void startTlsIsRequiredAndChecksTheServerName() {
        Properties properties =
                SmtpProperties.of(settings(SmtpSecurity.STARTTLS).withCredentials("u", "p"));

        assertThat(properties)
                .containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void sslIsTlsFromTheFirstByte() {
        Properties properties = SmtpProperties.of(settings(SmtpSecurity.SSL));

        assertThat(properties)
                .containsEntry("mail.smtp.port", "465")
                .containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    }

    @Test
    void timeoutsAreInMilliseconds() {
        Properties properties = SmtpProperties.of(settings(SmtpSecurity.STARTTLS));

        assertThat(properties)
                .containsEntry("mail.smtp.connectiontimeout", "7000")
                .containsEntry("mail.smtp.timeout", "1500")
                .containsEntry("mail.smtp.writetimeout", "1500");
    }

    @Test
    void theEnvelopeSenderIsTheFromAddress() {
        assertThat(SmtpProperties.of(settings(SmtpSecurity.SSL)))
                .containsEntry("mail.smtp.from", "billing@example.com");
    }

    @Test
    void aTrustedHostSkipsTheCertificateChecks() {
        Properties properties = SmtpProperties.of(settings(SmtpSecurity.SSL).withTrustedHost("smtp.example.com"));

        assertThat(properties)
                .containsEntry("mail.smtp.ssl.trust", "smtp.example.com")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "false");
    }

    @Test
    void trustingAnotherHostKeepsTheChecksForThisOne() {
        Properties properties = SmtpProperties.of(settings(SmtpSecurity.SSL).withTrustedHost("test.example.com"));

        assertThat(properties)
                .containsEntry("mail.smtp.ssl.trust", "test.example.com")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    }
}
