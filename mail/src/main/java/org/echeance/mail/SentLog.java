package org.echeance.mail;

import java.util.List;
import java.util.Optional;

/**
 * Remembers which documents were mailed, under which message ids: the extension point that makes sending a document
 * twice a deliberate act.
 *
 * <p>The sender asks {@link #history(String)} before sending, and calls {@link #record(SentRecord)} only after the
 * SMTP server accepted the message; a failed send records nothing. {@link InMemorySentLog} keeps the records in
 * memory; an application that runs on several nodes or restarts implements this interface on its database.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #record(SentRecord)} keeps every record, never replaces one: a resend adds a record. The pair (document
 *       key, message id) is unique; recording the same pair again changes nothing.
 *   <li>{@link #history(String)} returns the records of a document in the order they were recorded.
 *   <li>Keys are scoped by seller already (they start with the kind and the seller id): store them as they are.
 *   <li>Implementations are thread-safe. A database implementation records in its own short transaction: the mail
 *       has left, so the record must not be rolled back with the caller's work.
 *   <li>A failure is reported by an unchecked exception. The sender then reports {@link
 *       MailDeliveryException.Reason#NOT_RECORDED} with the id of the message the server accepted.
 * </ul>
 *
 * <p>The check and the send are not one atomic step across nodes: two nodes sending the same document at the same
 * moment may both send it. {@link JakartaMailSender} serialises sends of one document within its JVM; across nodes,
 * send from one place (an outbox processed by one worker, or a row lock held by the caller).
 */
public interface SentLog {
    /**
     * Returns the records of a document, oldest first.
     *
     * @param documentKey the document key
     * @return the records, empty if the document was never sent
     */
    List<SentRecord> history(String documentKey);

    /**
     * Records a mail the server accepted.
     *
     * @param record the record
     */
    void record(SentRecord record);

    /**
     * Returns the latest record of a document.
     *
     * @param documentKey the document key
     * @return the latest record, empty if the document was never sent
     */
    default Optional<SentRecord> lastSent(String documentKey) {
        List<SentRecord> history = history(documentKey);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
}
