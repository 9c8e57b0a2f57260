package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import org.echeance.mail.MailDeliveryException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends over implicit TLS (SMTPS) to GreenMail, whose certificate is self-signed. */
class SmtpsRoundTripTest {
    private static final String FROM = "billing@acme.example";

    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, "billing", "s3cret-pw"));

    private static SmtpSettings settings() {
        return SmtpSettings.of("127.0.0.1", SMTPS.getSmtps().getPort(), SmtpSecurity.SSL, FROM)
                .withCredentials("billing", "s3cret-pw")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static OutgoingMail mail() {
        return OutgoingMail.builder(InvoiceDocument.of(MailFixtures.SELLER_ID, MailFixtures.invoice(), Locale.FRENCH))
                .to("compta@client.fr")
                .attach(MailAttachment.pdf("FA-2026-00042.pdf", new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xFF}))
                .build();
    }

    @Test
    void sendsOverTlsToATrustedTestServer() throws Exception {
        InMemorySentLog log = InMemorySentLog.create();
        SendResult result = JakartaMailSender.of(settings().withTrustedHost("127.0.0.1"), log)
                .send(mail());

        MimeMessage[] received = SMTPS.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getMessageID()).isEqualTo(result.messageId());
        try (InputStream in =
                ((Multipart) received[0].getContent()).getBodyPart(1).getInputStream()) {
            assertThat(in.readAllBytes()).containsExactly('%', 'P', 'D', 'F', 0, (byte) 0xFF);
        }
        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void refusesAnUntrustedSelfSignedCertificate() {
        InMemorySentLog log = InMemorySentLog.create();

        assertThatThrownBy(() -> JakartaMailSender.of(settings(), log).send(mail()))
                .isInstanceOfSatisfying(
                        MailDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TLS_FAILED));
        assertThat(SMTPS.getReceivedMessages()).isEmpty();
        assertThat(log.size()).isZero();
    }
}
