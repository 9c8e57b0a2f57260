package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.mail.MailFixtures.CLOCK;
import static org.echeance.mail.MailFixtures.LINK;
import static org.echeance.mail.MailFixtures.SELLER_ID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.mail.MailDeliveryException.Reason;
import org.echeance.scheduling.reminder.Reminder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends through GreenMail, a real SMTP server started by the test on a free port, and reads what it received. */
class JakartaMailSenderTest {
    private static final String FROM = "billing@acme.example";
    private static final String USER = "billing";
    private static final String PASSWORD = "s3cret-pw";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, USER, PASSWORD));

    private final byte[] pdf = pdfBytes();
    private InMemorySentLog log;
    private JakartaMailSender sender;

    @BeforeEach
    void createSender() {
        log = InMemorySentLog.create();
        sender = JakartaMailSender.of(settings(), log).withClock(CLOCK).withMessageIds(MailFixtures.sequentialIds());
    }

    private static SmtpSettings settings() {
        return SmtpSettings.of("127.0.0.1", SMTP.getSmtp().getPort(), SmtpSecurity.NONE, FROM)
                .withFromName("ACME Services – Facturation")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    /** Bytes that look like a PDF and use every byte value, so that any re-encoding would show. */
    private static byte[] pdfBytes() {
        byte[] bytes = new byte[40_000];
        new Random(42).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private OutgoingMail invoiceMail(Locale locale) {
        return OutgoingMail.builder(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), locale)
                        .withPaymentLink(LINK))
                .to("compta@client.fr")
                .attach(MailAttachment.pdf("FA-2026-00042.pdf", pdf))
                .build();
    }

    @Test
    void sendsAnInvoiceInFrenchWithItsPdfAndPaymentLink() throws Exception {
        SendResult result = sender.send(invoiceMail(Locale.FRENCH));

        assertThat(result.status()).isEqualTo(SendResult.Status.SENT);
        MimeMessage received = onlyMessage();
        assertThat(received.getSubject()).isEqualTo("Facture FA-2026-00042 – ACME Services");
        assertThat(received.getHeader("Subject", null)).startsWith("=?UTF-8?");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(FROM);
        assertThat(from.getPersonal()).isEqualTo("ACME Services – Facturation");
        assertThat(addresses(received.getRecipients(Message.RecipientType.TO))).containsExactly("compta@client.fr");
        assertThat(received.getHeader("Date", null)).isEqualTo("Mon, 23 Nov 2026 10:15:00 +0100");
        assertThat(received.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(received.getMessageID())
                .isEqualTo("<00000000-0000-0000-0000-000000000001@acme.example>")
                .isEqualTo(result.messageId())
                .isEqualTo(log.lastSent(result.record().documentKey())
                        .orElseThrow()
                        .messageId());
        assertThat(received.getHeader("References")).isNull();

        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part text = parts.getBodyPart(0);
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(text(text))
                .isEqualTo("Bonjour,\n\n"
                        + "Veuillez trouver ci-joint la facture FA-2026-00042 du 23 novembre 2026, d'un montant total"
                        + " de 1\u00a0234,56 EUR.\n"
                        + "Montant à régler : 1\u00a0234,56 EUR, au plus tard le 23 décembre 2026.\n\n"
                        + "Vous pouvez régler en ligne : https://pay.example.com/i/FA-2026-00042\n\n"
                        + "Cordialement,\n"
                        + "ACME Services");
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("FA-2026-00042.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(bytes(attachment)).isEqualTo(pdf);
    }

    @Test
    void sendsAnInvoiceInEnglish() throws Exception {
        sender.send(invoiceMail(Locale.UK));

        MimeMessage received = onlyMessage();
        assertThat(received.getSubject()).isEqualTo("Invoice FA-2026-00042 – ACME Services");
        assertThat(received.getHeader("Content-Language", null)).isEqualTo("en");
        String body =
                (String) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(body)
                .contains(
                        "Please find attached invoice FA-2026-00042 of 23 November 2026, for a total of 1,234.56 EUR.")
                .contains("Amount due: 1,234.56 EUR, to be paid by 23 December 2026.")
                .contains("You can pay online: https://pay.example.com/i/FA-2026-00042");
    }

    @Test
    void sendingTheSameDocumentAgainIsDetectedAndSendsNothing() {
        SendResult first = sender.send(invoiceMail(Locale.FRENCH));
        SendResult second = sender.send(invoiceMail(Locale.FRENCH));

        assertThat(second.status()).isEqualTo(SendResult.Status.ALREADY_SENT);
        assertThat(second.wasSent()).isFalse();
        assertThat(second.record()).isEqualTo(first.record());
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void anExplicitResendSendsANewMessageThatRefersToTheEarlierOnes() throws Exception {
        SendResult first = sender.send(invoiceMail(Locale.FRENCH));
        SendResult second = sender.resend(invoiceMail(Locale.FRENCH));
        SendResult third = sender.resend(invoiceMail(Locale.FRENCH));

        assertThat(second.status()).isEqualTo(SendResult.Status.RESENT);
        assertThat(second.messageId()).isNotEqualTo(first.messageId());
        assertThat(second.record().resendOf()).contains(first.messageId());
        assertThat(third.record().resendOf()).contains(second.messageId());
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[1].getMessageID()).isEqualTo(second.messageId());
        assertThat(received[1].getHeader("References", null)).isEqualTo(first.messageId());
        assertThat(received[1].getHeader("X-Echeance-Resend-Of", null)).isEqualTo(first.messageId());
        assertThat(received[2].getHeader("References", null)).isEqualTo(first.messageId() + " " + second.messageId());
        assertThat(log.history(first.record().documentKey()))
                .extracting(SentRecord::messageId)
                .containsExactly(first.messageId(), second.messageId(), third.messageId());
        // after a resend, a plain send still finds the document sent, and gives the latest id
        assertThat(sender.send(invoiceMail(Locale.FRENCH)).messageId()).isEqualTo(third.messageId());
    }

    @Test
    void aResendOfADocumentNeverSentIsAFirstSend() throws Exception {
        SendResult result = sender.resend(invoiceMail(Locale.FRENCH));

        assertThat(result.status()).isEqualTo(SendResult.Status.SENT);
        assertThat(result.record().resendOf()).isEmpty();
        assertThat(onlyMessage().getHeader("References")).isNull();
    }

    @Test
    void aReminderKeepsTheSchedulingWordingAndAddsThePaymentLink() throws Exception {
        Reminder reminder = MailFixtures.reminder(Locale.FRENCH);
        SendResult result =
                sender.send(OutgoingMail.builder(ReminderDocument.of(reminder).withPaymentLink(LINK))
                        .to("compta@client.fr")
                        .build());

        MimeMessage received = onlyMessage();
        assertThat(received.getSubject())
                .isEqualTo(reminder.subject())
                .isEqualTo("Relance : facture FA-2026-00042 impayée");
        assertThat(received.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(text(received))
                .isEqualTo(
                        reminder.body() + "\n\nVous pouvez régler en ligne : https://pay.example.com/i/FA-2026-00042");
        assertThat(received.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(result.record().documentKey()).isEqualTo("reminder/seller-A/C1/FA-2026-00042/1/first-reminder");
    }

    @Test
    void aStatementStatesItsBalanceAndDueAmounts() throws Exception {
        // FA-2026-00042 (1,234.56 EUR) is due on 23 December 2026: overdue on 10 January 2027
        CustomerStatement statement = CustomerStatement.of(
                MailFixtures.account(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 10));
        sender.send(OutgoingMail.builder(new StatementDocument(statement, "ACME Services", Locale.FRENCH))
                .to("compta@client.fr")
                .attach(MailAttachment.pdf("releve-C1-2026-12.pdf", pdf))
                .build());

        MimeMessage received = onlyMessage();
        assertThat(received.getSubject()).isEqualTo("Votre relevé de compte au 10 janvier 2027 – ACME Services");
        String body =
                (String) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(body)
                .contains("votre relevé de compte du 1er novembre 2026 au 31 décembre 2026.")
                .contains("Solde au 31 décembre 2026 : 1\u00a0234,56 EUR.")
                .contains("Montant exigible au 10 janvier 2027 : 1\u00a0234,56 EUR, dont 1\u00a0234,56 EUR en retard.");
        assertThat(bytes(((Multipart) received.getContent()).getBodyPart(1))).isEqualTo(pdf);
    }

    @Test
    void copiesReachEveryRecipientAndBlindCopiesAreNotNamed() throws Exception {
        SendResult result =
                sender.send(OutgoingMail.builder(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.FRENCH))
                        .to("compta@client.fr")
                        .cc("direction@client.fr")
                        .bcc("archive@acme.example")
                        .replyTo("comptabilite@acme.example")
                        .build());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3); // one delivery per mailbox
        for (MimeMessage message : received) {
            assertThat(message.getMessageID()).isEqualTo(result.messageId());
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(addresses(message.getRecipients(Message.RecipientType.CC)))
                    .containsExactly("direction@client.fr");
            assertThat(addresses(message.getReplyTo())).containsExactly("comptabilite@acme.example");
        }
        GreenMailUser archive = SMTP.getUserManager().getUserByEmail("archive@acme.example");
        assertThat(SMTP.getManagers().getImapHostManager().getInbox(archive).getMessageCount())
                .isEqualTo(1);
        assertThat(result.record().recipients())
                .extracting(Object::toString)
                .containsExactly("compta@client.fr", "direction@client.fr", "archive@acme.example");
    }

    @Test
    void authenticatesWithTheRightPassword() throws Exception {
        JakartaMailSender authenticated = JakartaMailSender.of(settings().withCredentials(USER, PASSWORD), log);

        assertThat(authenticated.send(invoiceMail(Locale.FRENCH)).status()).isEqualTo(SendResult.Status.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRefusedPasswordIsReportedAndNothingIsRecorded() {
        JakartaMailSender wrong = JakartaMailSender.of(settings().withCredentials(USER, "wrong-password"), log);

        assertThatThrownBy(() -> wrong.send(invoiceMail(Locale.FRENCH)))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
                    assertThat(e.smtpReplyCode()).hasValue(535);
                    assertThat(e.wasSent()).isFalse();
                    assertThat(e.messageId()).isEmpty();
                    assertThat(e.getMessage())
                            .startsWith("invoice/seller-A/380/FA-2026-00042: authentication refused (smtp 127.0.0.1:")
                            .doesNotContain("wrong-password");
                });
        assertThat(log.size()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownIsReportedAndNothingIsRecorded() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmtpSettings down = SmtpSettings.of("127.0.0.1", closedPort, SmtpSecurity.NONE, FROM);

        assertThatThrownBy(() -> JakartaMailSender.of(down, log).send(invoiceMail(Locale.FRENCH)))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONNECTION_FAILED);
                    assertThat(e.server()).isEqualTo("127.0.0.1:" + closedPort);
                    assertThat(e.smtpReplyCode()).isEmpty();
                });
        assertThat(log.size()).isZero();
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndNothingIsRecorded() throws Exception {
        try (ScriptedSmtpServer silent = ScriptedSmtpServer.silent()) {
            SmtpSettings settings = SmtpSettings.of("127.0.0.1", silent.port(), SmtpSecurity.NONE, FROM)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));

            assertThatThrownBy(() -> JakartaMailSender.of(settings, log).send(invoiceMail(Locale.FRENCH)))
                    .isInstanceOfSatisfying(
                            MailDeliveryException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        }
        assertThat(log.size()).isZero();
    }

    @Test
    void aRefusedRecipientIsReportedAndNothingIsSentOrRecorded() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusingRecipients()) {
            SmtpSettings settings = SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE, FROM);

            assertThatThrownBy(() -> JakartaMailSender.of(settings, log).send(invoiceMail(Locale.FRENCH)))
                    .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.RECIPIENT_REFUSED);
                        assertThat(e.smtpReplyCode()).hasValue(550);
                        assertThat(e.getMessage()).contains("compta@client.fr").contains("No such user here");
                    });
            assertThat(server.commands()).noneMatch(command -> command.startsWith("DATA"));
        }
        assertThat(log.size()).isZero();
    }

    @Test
    void aLogThatFailsAfterTheServerAcceptedReportsTheMessageId() throws Exception {
        SentLog failing = new SentLog() {
            @Override
            public List<SentRecord> history(String documentKey) {
                return List.of();
            }

            @Override
            public void record(SentRecord record) {
                throw new IllegalStateException("database unavailable");
            }
        };
        JakartaMailSender withFailingLog = JakartaMailSender.of(settings(), failing);

        assertThatThrownBy(() -> withFailingLog.send(invoiceMail(Locale.FRENCH)))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_RECORDED);
                    assertThat(e.wasSent()).isTrue();
                    assertThat(e.messageId()).isPresent();
                    assertThat(e.getMessage()).contains("database unavailable");
                });
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void startTlsIsRequiredNotAttempted() {
        // GreenMail's plain SMTP port offers no STARTTLS: the sender must refuse to go on in clear
        SmtpSettings startTls = SmtpSettings.of("127.0.0.1", SMTP.getSmtp().getPort(), SmtpSecurity.STARTTLS, FROM)
                .withCredentials(USER, PASSWORD);

        assertThatThrownBy(() -> JakartaMailSender.of(startTls, log).send(invoiceMail(Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        MailDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TLS_FAILED));
        assertThat(log.size()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCreditNoteIsSentUnderItsOwnKey() throws Exception {
        var creditNote = MailFixtures.invoiceBuilder(DocumentType.CREDIT_NOTE, "FA-2026-00042", "100.00")
                .build();
        SendResult invoice = sender.send(invoiceMail(Locale.FRENCH));
        SendResult credit = sender.send(OutgoingMail.builder(InvoiceDocument.of(SELLER_ID, creditNote, Locale.FRENCH))
                .to("compta@client.fr")
                .build());

        assertThat(credit.status()).isEqualTo(SendResult.Status.SENT);
        assertThat(credit.record().documentKey()).isEqualTo("invoice/seller-A/381/FA-2026-00042");
        assertThat(credit.messageId()).isNotEqualTo(invoice.messageId());
        assertThat(SMTP.getReceivedMessages()[1].getSubject()).isEqualTo("Avoir FA-2026-00042 – ACME Services");
    }

    @Test
    void concurrentSendsOfOneDocumentSendItOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SendResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<SendResult> task = () -> {
                    start.await();
                    return sender.send(invoiceMail(Locale.FRENCH));
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<SendResult.Status> statuses = new ArrayList<>();
            for (Future<SendResult> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsOnlyOnce(SendResult.Status.SENT);
            assertThat(statuses)
                    .filteredOn(s -> s == SendResult.Status.ALREADY_SENT)
                    .hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(log.size()).isEqualTo(1);
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        for (Address address : addresses) {
            list.add(((InternetAddress) address).getAddress());
        }
        return list;
    }

    private static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Returns a text part's content with SMTP's CRLF line ends read back as the LF the body was written with. */
    private static String text(Part part) throws Exception {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }
}
