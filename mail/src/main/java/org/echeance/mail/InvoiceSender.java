package org.echeance.mail;

import org.echeance.core.validation.ValidationException;

/**
 * Sends invoices, credit notes, reminders and statements by email: the extension point for delivery.
 *
 * <p>{@link JakartaMailSender} sends through an SMTP server; an application may implement this interface on a mail
 * API of its provider, or record mails in tests.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li><b>Once per document.</b> {@link #send(OutgoingMail)} sends a document that was never sent and records it
 *       with its message id; a document sent before is not sent again, and the result gives the earlier message id
 *       ({@link SendResult.Status#ALREADY_SENT}). Only {@link #resend(OutgoingMail)} sends it again.
 *   <li><b>Recorded only when accepted.</b> The message id is recorded after the mail server accepted the message,
 *       never before; a failure records nothing and is reported as a {@link MailDeliveryException} with its reason.
 *   <li>Implementations are thread-safe. A call does network I/O: callers do not hold database locks or open
 *       transactions while they wait for it.
 * </ul>
 */
public interface InvoiceSender {
    /**
     * Sends the mail of a document, unless the document was sent before.
     *
     * @param mail the document, recipients and attachments
     * @return {@link SendResult.Status#SENT} with the new message id, or {@link SendResult.Status#ALREADY_SENT} with
     *     the earlier one
     * @throws MailDeliveryException if the server was not reached or refused the mail; nothing is recorded
     * @throws ValidationException if the document's text cannot be rendered ({@code ECH-MAIL-24})
     */
    SendResult send(OutgoingMail mail);

    /**
     * Sends the mail of a document again, under a new message id that refers to the previous one; a document never
     * sent is simply sent.
     *
     * @param mail the document, recipients and attachments
     * @return {@link SendResult.Status#RESENT}, or {@link SendResult.Status#SENT} for a first send
     * @throws MailDeliveryException if the server was not reached or refused the mail; nothing is recorded
     * @throws ValidationException if the document's text cannot be rendered ({@code ECH-MAIL-24})
     */
    SendResult resend(OutgoingMail mail);
}
