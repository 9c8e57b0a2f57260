package org.echeance.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.echeance.core.EcheanceException;

/**
 * Reports a mail the SMTP server did not accept, or accepted without the {@link SentLog} recording it: the reason,
 * the document, the server and, when the server answered, its SMTP reply code.
 *
 * <p>Except for {@link Reason#NOT_RECORDED}, the message was not sent and nothing was recorded: sending again later
 * is safe. With {@link Reason#NOT_RECORDED} the server accepted the message but the log failed; {@link #messageId()}
 * gives the id of the message sent, for the application to record it.
 *
 * <p>The message reads {@code DOCUMENT: REASON TEXT (smtp HOST:PORT[, reply CODE]): DETAIL}, for example {@code
 * invoice/seller-A/380/FA-2026-00042: authentication refused (smtp mail.example.com:587, reply 535): 535 5.7.8
 * Authentication credentials invalid}. The password is never part of it.
 */
public final class MailDeliveryException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /** Why a mail was not delivered. */
    public enum Reason {
        /** The server could not be reached: connection refused, unknown host, network unreachable. */
        CONNECTION_FAILED("server unreachable"),
        /** The server did not answer within the connect or read timeout. */
        TIMEOUT("server did not answer in time"),
        /** The TLS handshake failed, or the server does not offer the STARTTLS the settings require. */
        TLS_FAILED("secure connection failed"),
        /** The server refused the credentials. */
        AUTHENTICATION_FAILED("authentication refused"),
        /** The server refused the sender address. */
        SENDER_REFUSED("sender refused"),
        /** The server refused a recipient address; no recipient got the message. */
        RECIPIENT_REFUSED("recipient refused"),
        /** The server refused the message itself (size, content, policy). */
        MESSAGE_REFUSED("message refused"),
        /** The server accepted the message but the sent log failed to record it. */
        NOT_RECORDED("sent but not recorded"),
        /** Any other failure of the mail transport. */
        OTHER("delivery failed");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /**
         * Returns the reason in words, as the exception message writes it.
         *
         * @return the words, such as {@code "authentication refused"}
         */
        public String text() {
            return text;
        }
    }

    private final Reason reason;
    private final String documentKey;
    private final String server;
    private final Integer smtpReplyCode;
    private final String messageId;

    /**
     * Creates the exception.
     *
     * @param reason why the mail was not delivered
     * @param documentKey the key of the document ({@link MailDocument#documentKey()})
     * @param server the server as {@code host:port}
     * @param smtpReplyCode the server's SMTP reply code, or -1 if it gave none
     * @param messageId the id of the message the server accepted, for {@link Reason#NOT_RECORDED} only, else null
     * @param detail what the transport said, a sentence fragment
     * @param cause the underlying failure
     * @throws NullPointerException if the reason, document key, server or detail is null
     */
    public MailDeliveryException(
            Reason reason,
            String documentKey,
            String server,
            int smtpReplyCode,
            String messageId,
            String detail,
            Throwable cause) {
        super(message(reason, documentKey, server, smtpReplyCode, detail), cause);
        this.reason = reason;
        this.documentKey = documentKey;
        this.server = server;
        this.smtpReplyCode = smtpReplyCode < 0 ? null : smtpReplyCode;
        this.messageId = messageId;
    }

    private static String message(Reason reason, String documentKey, String server, int code, String detail) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(detail, "detail");
        return documentKey + ": " + reason.text() + " (smtp " + server + (code < 0 ? "" : ", reply " + code) + ")"
                + (detail.isBlank() ? "" : ": " + detail);
    }

    /**
     * Returns why the mail was not delivered.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the key of the document the mail carried.
     *
     * @return the document key
     */
    public String documentKey() {
        return documentKey;
    }

    /**
     * Returns the server the sender talked to, as {@code host:port}.
     *
     * @return the server
     */
    public String server() {
        return server;
    }

    /**
     * Returns the SMTP reply code the server refused with, such as 535 or 550.
     *
     * @return the code, or empty if the server gave none (unreachable, timeout, TLS failure)
     */
    public OptionalInt smtpReplyCode() {
        return smtpReplyCode == null ? OptionalInt.empty() : OptionalInt.of(smtpReplyCode);
    }

    /**
     * Returns the id of the message the server accepted when the log failed ({@link Reason#NOT_RECORDED}).
     *
     * @return the message id, with its angle brackets; empty for every other reason
     */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    /**
     * Checks if the message was sent, which only happens with {@link Reason#NOT_RECORDED}.
     *
     * @return true if the server accepted the message
     */
    public boolean wasSent() {
        return reason == Reason.NOT_RECORDED;
    }
}
