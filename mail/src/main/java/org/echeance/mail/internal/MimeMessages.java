package org.echeance.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.mail.MailAttachment;
import org.echeance.mail.MailContent;
import org.echeance.mail.OutgoingMail;
import org.echeance.mail.SmtpSettings;

/**
 * Builds the MIME message of a mail: headers, a UTF-8 plain-text body and the attachments.
 *
 * <p>The message is {@code multipart/mixed} when it has attachments (the text first, then each file with its media
 * type, file name and {@code Content-Disposition: attachment}, in base64 when binary), a single {@code text/plain}
 * part otherwise. Headers: {@code From} (with the display name), {@code To}, {@code Cc}, {@code Reply-To}, {@code
 * Subject} (RFC 2047 encoded when not ASCII), {@code Date} (written from the sender's clock in its zone, not the JVM's
 * default zone), {@code Message-ID} (ours, never the one Jakarta Mail would make), {@code Content-Language}, and on a
 * resend {@code References} (every earlier message id) and {@code X-Echeance-Resend-Of} (the latest). {@code Bcc}
 * recipients are in the SMTP envelope only.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class MimeMessages {
    /** The header naming the message a resend repeats. */
    public static final String RESEND_OF_HEADER = "X-Echeance-Resend-Of";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private MimeMessages() {}

    /**
     * Builds the message.
     *
     * @param session the session
     * @param settings the sender's settings
     * @param mail the recipients and attachments
     * @param content the subject and body
     * @param messageId the message id, with angle brackets
     * @param earlierIds the ids of the earlier mails of the document, oldest first; empty for a first send
     * @param date the date written in the {@code Date} header
     * @return the message, its headers saved
     * @throws MessagingException if Jakarta Mail refuses a part
     */
    public static MimeMessage build(
            Session session,
            SmtpSettings settings,
            OutgoingMail mail,
            MailContent content,
            String messageId,
            List<String> earlierIds,
            ZonedDateTime date)
            throws MessagingException {
        MimeMessage message = new IdentifiedMimeMessage(session, messageId);
        message.setFrom(address(settings.from(), settings.fromName().orElse(null)));
        message.setRecipients(Message.RecipientType.TO, addresses(mail.to()));
        if (!mail.cc().isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, addresses(mail.cc()));
        }
        if (!mail.bcc().isEmpty()) {
            message.setRecipients(Message.RecipientType.BCC, addresses(mail.bcc()));
        }
        if (mail.replyTo().isPresent()) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo().get(), null)});
        }
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Date", DATE.format(date));
        message.setHeader("Content-Language", content.language());
        if (!earlierIds.isEmpty()) {
            message.setHeader("References", String.join(" ", earlierIds));
            message.setHeader(RESEND_OF_HEADER, earlierIds.get(earlierIds.size() - 1));
        }
        if (mail.attachments().isEmpty()) {
            message.setText(content.body(), StandardCharsets.UTF_8.name(), "plain");
        } else {
            MimeMultipart multipart = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(content.body(), StandardCharsets.UTF_8.name(), "plain");
            multipart.addBodyPart(text);
            for (MailAttachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(Part.ATTACHMENT);
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress[] addresses(List<EmailAddress> list) throws MessagingException {
        InternetAddress[] addresses = new InternetAddress[list.size()];
        for (int i = 0; i < list.size(); i++) {
            addresses[i] = address(list.get(i), null);
        }
        return addresses;
    }

    private static InternetAddress address(EmailAddress address, String name) throws MessagingException {
        try {
            return new InternetAddress(address.toString(), name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }

    /** A message whose {@code Message-ID} is ours: Jakarta Mail would otherwise replace it when saving. */
    private static final class IdentifiedMimeMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
