package org.echeance.mail;

import java.util.Locale;

/**
 * A document sent by email: an issued invoice or credit note, a reminder, or a customer statement.
 *
 * <p>Each document has a stable key that names it within its seller, so that the {@link SentLog} knows whether it was
 * sent before, and a language its mail is written in.
 */
public sealed interface MailDocument permits InvoiceDocument, ReminderDocument, StatementDocument {
    /**
     * Returns the key that names this document, the same each time the same document is sent.
     *
     * <p>For example {@code invoice/seller-A/380/FA-2026-00042}, {@code
     * reminder/seller-A/C1/FA-2026-00042/1/first-reminder} or {@code statement/seller-A/C1/2026-01-01/2026-03-31/2026-04-01}:
     * the kind, the seller, then what names the document within the seller; a {@code /} or {@code %} inside a part is
     * written {@code %2F} or {@code %25}.
     *
     * @return the key
     */
    String documentKey();

    /**
     * Returns the application's id of the seller the document is from.
     *
     * @return the seller id
     */
    String sellerId();

    /**
     * Returns the language the mail is to be written in.
     *
     * @return the locale; only its language counts
     */
    Locale locale();
}
