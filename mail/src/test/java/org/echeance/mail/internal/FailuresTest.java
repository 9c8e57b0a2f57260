package org.echeance.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.echeance.mail.MailDeliveryException;
import org.echeance.mail.MailDeliveryException.Reason;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;

/** What Angus Mail throws, built as it builds it, and the reason each becomes. */
class FailuresTest {
    private static final String KEY = "invoice/seller-A/380/FA-1";
    private static final String SERVER = "smtp.example.com:587";

    private static MailDeliveryException classify(MessagingException failure, int lastCode) {
        return Failures.classify(failure, KEY, SERVER, lastCode);
    }

    @Test
    void refusedCredentials() {
        MailDeliveryException e =
                classify(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid"), 535);

        assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
        assertThat(e.smtpReplyCode()).hasValue(535);
        assertThat(e.getMessage())
                .isEqualTo("invoice/seller-A/380/FA-1: authentication refused (smtp smtp.example.com:587, reply 535):"
                        + " 535 5.7.8 Authentication credentials invalid");
    }

    @Test
    void refusedRecipient() throws Exception {
        InternetAddress address = new InternetAddress("nobody@client.fr");
        SMTPAddressFailedException refused =
                new SMTPAddressFailedException(address, "RCPT TO:<nobody@client.fr>", 550, "5.1.1 No such user");
        SendFailedException failure = new SendFailedException(
                "Invalid Addresses", refused, new Address[0], new Address[0], new Address[] {address});

        MailDeliveryException e = classify(failure, 250);

        assertThat(e.reason()).isEqualTo(Reason.RECIPIENT_REFUSED);
        assertThat(e.smtpReplyCode()).hasValue(550);
        assertThat(e.getMessage()).contains("nobody@client.fr: 5.1.1 No such user");
    }

    @Test
    void refusedSender() throws Exception {
        SMTPSenderFailedException refused = new SMTPSenderFailedException(
                new InternetAddress("billing@acme.example"), "MAIL FROM", 553, "5.7.1 Sender not allowed");

        assertThat(classify(refused, 553).reason()).isEqualTo(Reason.SENDER_REFUSED);
    }

    @Test
    void refusedMessage() {
        SMTPSendFailedException refused =
                new SMTPSendFailedException("DATA", 552, "5.3.4 Message too big", null, null, null, null);

        MailDeliveryException e = classify(refused, 552);

        assertThat(e.reason()).isEqualTo(Reason.MESSAGE_REFUSED);
        assertThat(e.smtpReplyCode()).hasValue(552);
    }

    @Test
    void connectionRefused() {
        MailConnectException failure = new MailConnectException(new org.eclipse.angus.mail.util.SocketConnectException(
                "Using socket factory class javax.net.SocketFactory",
                new ConnectException("Connection refused"),
                "smtp.example.com",
                587,
                10_000));

        MailDeliveryException e = classify(failure, -1);

        assertThat(e.reason()).isEqualTo(Reason.CONNECTION_FAILED);
        assertThat(e.smtpReplyCode()).isEmpty();
        assertThat(e.getMessage()).contains("Connection refused");
    }

    @Test
    void unknownHost() {
        MessagingException failure = new MessagingException(
                "Unknown SMTP host: smtp.example.com", new UnknownHostException("smtp.example.com"));

        assertThat(classify(failure, -1).reason()).isEqualTo(Reason.CONNECTION_FAILED);
    }

    @Test
    void timeout() {
        MessagingException failure =
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));

        MailDeliveryException e = classify(failure, -1);

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.smtpReplyCode()).isEmpty();
    }

    @Test
    void failedHandshake() {
        MessagingException failure = new MessagingException(
                "Could not convert socket to TLS", new SSLHandshakeException("PKIX path building failed"));

        assertThat(classify(failure, -1).reason()).isEqualTo(Reason.TLS_FAILED);
    }

    @Test
    void startTlsNotOffered() {
        MessagingException failure = new MessagingException("STARTTLS is required but host does not support STARTTLS");

        assertThat(classify(failure, 250).reason()).isEqualTo(Reason.TLS_FAILED);
    }

    @Test
    void anythingElse() {
        MailDeliveryException e = classify(new MessagingException("something odd"), -1);

        assertThat(e.reason()).isEqualTo(Reason.OTHER);
        assertThat(e.wasSent()).isFalse();
        assertThat(e.getCause()).isInstanceOf(MessagingException.class);
    }
}
