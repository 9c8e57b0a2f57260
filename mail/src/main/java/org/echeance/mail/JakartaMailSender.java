package org.echeance.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.mail.internal.Failures;
import org.echeance.mail.internal.KeyedLocks;
import org.echeance.mail.internal.MimeMessages;
import org.echeance.mail.internal.SmtpProperties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents through an SMTP server with Jakarta Mail (Angus Mail), and records each mail the server accepted in
 * a {@link SentLog}.
 *
 * <p>For example:
 *
 * <pre>{@code
 * InvoiceSender sender = JakartaMailSender.of(settings, sentLog);
 * SendResult result = sender.send(OutgoingMail.builder(InvoiceDocument.of("seller-A", invoice, Locale.FRENCH))
 *         .to("compta@client.fr")
 *         .attach(MailAttachment.pdf("FA-2026-00042.pdf", pdfBytes))
 *         .build());
 * }</pre>
 *
 * <p>Each send:
 *
 * <ol>
 *   <li>looks the document up in the log; if it was sent and no resend is asked, returns {@link
 *       SendResult.Status#ALREADY_SENT} with the earlier message id and sends nothing;
 *   <li>renders the subject and body ({@link MailTemplates}) and builds the message with a new {@code Message-ID},
 *       {@code <UUID@DOMAIN>} where the domain is the sender's ({@link SmtpSettings#from()}), and the {@code Date} of
 *       the clock;
 *   <li>connects, authenticates when credentials are set, and sends; on a resend, the message names every earlier
 *       message id in {@code References} (mail clients thread it with the original) and the latest in {@code
 *       X-Echeance-Resend-Of};
 *   <li>records the message id in the log only once the server accepted the message. A failure is reported as a
 *       {@link MailDeliveryException} with its reason and records nothing.
 * </ol>
 *
 * <p>Sends of the same document are serialised within this instance, so that two threads cannot both send it: use one
 * instance per SMTP server in the application. Each send opens its own connection. The session is this instance's
 * own ({@code Session.getInstance}), never the JVM-wide default session.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JakartaMailSender implements InvoiceSender {
    private static final Logger LOG = LoggerFactory.getLogger(JakartaMailSender.class);

    private final SmtpSettings settings;
    private final SentLog log;
    private final MailTemplates templates;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final Session session;
    private final KeyedLocks locks;

    private JakartaMailSender(
            SmtpSettings settings, SentLog log, MailTemplates templates, Clock clock, Supplier<UUID> ids) {
        this.settings = settings;
        this.log = log;
        this.templates = templates;
        this.clock = clock;
        this.ids = ids;
        this.session = Session.getInstance(SmtpProperties.of(settings));
        this.locks = new KeyedLocks();
    }

    /**
     * Returns a sender with the built-in texts, the UTC system clock and random message ids.
     *
     * @param settings the SMTP server and the sender's address
     * @param log where sent mails are recorded
     * @return the sender
     */
    public static JakartaMailSender of(SmtpSettings settings, SentLog log) {
        return new JakartaMailSender(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(log, "log"),
                MailTemplates.builtIn(),
                Clock.systemUTC(),
                UUID::randomUUID);
    }

    /**
     * Returns a copy that words mails with other texts.
     *
     * @param newTemplates the texts
     * @return the copy
     */
    public JakartaMailSender withTemplates(MailTemplates newTemplates) {
        return new JakartaMailSender(settings, log, Objects.requireNonNull(newTemplates, "newTemplates"), clock, ids);
    }

    /**
     * Returns a copy that dates mails and records with a clock; the {@code Date} header is written in the clock's
     * zone.
     *
     * @param newClock the clock
     * @return the copy
     */
    public JakartaMailSender withClock(Clock newClock) {
        return new JakartaMailSender(settings, log, templates, Objects.requireNonNull(newClock, "newClock"), ids);
    }

    /**
     * Returns a copy that takes the UUID of each message id from a source, for reproducible tests.
     *
     * @param source the source, called once per mail sent; it must not repeat a value
     * @return the copy
     */
    public JakartaMailSender withMessageIds(Supplier<UUID> source) {
        return new JakartaMailSender(settings, log, templates, clock, Objects.requireNonNull(source, "source"));
    }

    /**
     * Returns the settings this sender connects with.
     *
     * @return the settings
     */
    public SmtpSettings settings() {
        return settings;
    }

    @Override
    public SendResult send(OutgoingMail mail) {
        return deliver(Objects.requireNonNull(mail, "mail"), false);
    }

    @Override
    public SendResult resend(OutgoingMail mail) {
        return deliver(Objects.requireNonNull(mail, "mail"), true);
    }

    private SendResult deliver(OutgoingMail mail, boolean resend) {
        String key = mail.document().documentKey();
        return locks.withLock(key, () -> {
            List<SentRecord> history = log.history(key);
            if (!history.isEmpty() && !resend) {
                SentRecord earlier = history.get(history.size() - 1);
                LOG.debug("{} already sent as {} on {}: not sent again", key, earlier.messageId(), earlier.sentAt());
                return new SendResult(SendResult.Status.ALREADY_SENT, earlier);
            }
            List<String> earlierIds =
                    history.stream().map(SentRecord::messageId).toList();
            MailContent content = templates.render(mail.document());
            String messageId = "<" + ids.get() + "@" + settings.from().domain() + ">";
            transmit(mail, content, messageId, earlierIds, key);
            SentRecord record = new SentRecord(
                    key,
                    messageId,
                    clock.instant(),
                    mail.allRecipients(),
                    earlierIds.isEmpty() ? Optional.empty() : Optional.of(earlierIds.get(earlierIds.size() - 1)));
            try {
                log.record(record);
            } catch (RuntimeException e) {
                LOG.warn("{} was sent as {} but the sent log failed to record it", key, messageId, e);
                throw new MailDeliveryException(
                        MailDeliveryException.Reason.NOT_RECORDED,
                        key,
                        settings.server(),
                        -1,
                        messageId,
                        "the server accepted " + messageId + "; record it: " + e.getMessage(),
                        e);
            }
            LOG.debug("{} sent as {} to {}", key, messageId, record.recipients());
            return new SendResult(earlierIds.isEmpty() ? SendResult.Status.SENT : SendResult.Status.RESENT, record);
        });
    }

    private void transmit(
            OutgoingMail mail, MailContent content, String messageId, List<String> earlierIds, String key) {
        Instant now = clock.instant();
        Transport transport = null;
        try {
            MimeMessage message = MimeMessages.build(
                    session,
                    settings,
                    mail,
                    content,
                    messageId,
                    earlierIds,
                    ZonedDateTime.ofInstant(now, clock.getZone()));
            transport = session.getTransport("smtp");
            Optional<SmtpCredentials> credentials = settings.credentials();
            transport.connect(
                    settings.host(),
                    settings.port(),
                    credentials.map(SmtpCredentials::username).orElse(null),
                    credentials.map(SmtpCredentials::password).orElse(null));
            transport.sendMessage(message, envelope(mail.allRecipients()));
        } catch (MessagingException e) {
            MailDeliveryException failure = Failures.classify(e, key, settings.server(), lastReplyCode(transport));
            LOG.debug("{} not sent: {}", key, failure.getMessage());
            throw failure;
        } finally {
            close(transport, key);
        }
    }

    private static Address[] envelope(List<EmailAddress> recipients) throws MessagingException {
        Address[] addresses = new Address[recipients.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(recipients.get(i).toString(), true);
        }
        return addresses;
    }

    private static int lastReplyCode(Transport transport) {
        return transport instanceof SMTPTransport smtp ? smtp.getLastReturnCode() : -1;
    }

    private static void close(Transport transport, String key) {
        if (transport == null || !transport.isConnected()) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // the server answered the message already: a failed QUIT changes nothing
            LOG.debug("{}: closing the SMTP connection failed", key, e);
        }
    }

    /**
     * Returns the server and the sender's address, never the password.
     *
     * @return a description for logs
     */
    @Override
    public String toString() {
        return "JakartaMailSender[" + settings.server() + ", " + settings.security() + ", from " + settings.from()
                + "]";
    }
}
