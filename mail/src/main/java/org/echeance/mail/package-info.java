/**
 * Sending invoices, credit notes, reminders and customer statements by email.
 *
 * <p>{@link org.echeance.mail.InvoiceSender} is the extension point; {@link org.echeance.mail.JakartaMailSender}
 * sends through an SMTP server described by {@link org.echeance.mail.SmtpSettings}. A mail ({@link
 * org.echeance.mail.OutgoingMail}) carries one document ({@link org.echeance.mail.InvoiceDocument}, {@link
 * org.echeance.mail.ReminderDocument}, {@link org.echeance.mail.StatementDocument}), its recipients and its
 * attachments, given as bytes ({@link org.echeance.mail.MailAttachment}): this module renders no PDF. The wording,
 * French and English, comes from {@link org.echeance.mail.MailTemplates}. A {@link org.echeance.mail.SentLog} records
 * the message id of each mail the server accepted, so that sending a document twice is detected; failures are {@link
 * org.echeance.mail.MailDeliveryException}s with a reason. See the module's README.
 */
package org.echeance.mail;
