package org.echeance.mail;

import java.util.Objects;

/**
 * What sending a document did: sent it, resent it, or found it sent before and sent nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status what happened
 * @param record the mail sent now, or, for {@link Status#ALREADY_SENT}, the latest mail sent before
 */
public record SendResult(Status status, SentRecord record) {
    /** What sending a document did. */
    public enum Status {
        /** The document had never been sent; the server accepted it and it is recorded. */
        SENT,
        /** The document had been sent; as asked, it was sent again under a new message id, recorded. */
        RESENT,
        /** The document had been sent; nothing was sent, the result holds the earlier mail. */
        ALREADY_SENT
    }

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a part is null
     */
    public SendResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(record, "record");
    }

    /**
     * Returns the message id of the mail sent now, or of the earlier mail when nothing was sent.
     *
     * @return the message id, with its angle brackets
     */
    public String messageId() {
        return record.messageId();
    }

    /**
     * Checks if a mail left with this call.
     *
     * @return true for {@link Status#SENT} and {@link Status#RESENT}
     */
    public boolean wasSent() {
        return status != Status.ALREADY_SENT;
    }
}
