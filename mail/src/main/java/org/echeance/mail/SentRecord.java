package org.echeance.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.EmailAddress;

/**
 * A mail the SMTP server accepted: which document, under which message id, when and to whom, and which earlier
 * message it resends.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param documentKey the key of the document ({@link MailDocument#documentKey()})
 * @param messageId the {@code Message-ID} header of the mail, with its angle brackets, such as {@code
 *     <5f0c…@example.com>}
 * @param sentAt when the server accepted it, from the sender's clock
 * @param recipients the addresses the server accepted it for
 * @param resendOf the message id of the earlier mail of the same document this one resends, if any
 */
public record SentRecord(
        String documentKey,
        String messageId,
        Instant sentAt,
        List<EmailAddress> recipients,
        Optional<String> resendOf) {
    /**
     * Creates a record.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the message id is not in angle brackets, or there is no recipient
     */
    public SentRecord {
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sentAt, "sentAt");
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        Objects.requireNonNull(resendOf, "resendOf");
        if (!messageId.startsWith("<") || !messageId.endsWith(">")) {
            throw new IllegalArgumentException("messageId: " + messageId + " is not in angle brackets (RFC 5322)");
        }
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("recipients: empty; a sent mail has at least one");
        }
    }
}
