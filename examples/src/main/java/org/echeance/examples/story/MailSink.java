package org.echeance.examples.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.party.Contact;
import org.echeance.mail.InMemorySentLog;
import org.echeance.mail.InvoiceDocument;
import org.echeance.mail.InvoiceSender;
import org.echeance.mail.JakartaMailSender;
import org.echeance.mail.MailAttachment;
import org.echeance.mail.MailDeliveryException;
import org.echeance.mail.MailDocument;
import org.echeance.mail.OutgoingMail;
import org.echeance.mail.ReminderDocument;
import org.echeance.mail.SmtpSecurity;
import org.echeance.scheduling.reminder.Reminder;

/**
 * Sends the story's invoices, credit notes and reminders by mail with the {@code mail} module, each to its
 * customer's contact address with its PDF attached: the Factur-X invoice ({@code FA-2026-00001.pdf}) or the
 * reminder letter. Wired only when the demo is given SMTP settings, after the {@link PdfSink}, whose files it
 * attaches.
 *
 * <p>The connection's security follows the port: TLS from the first byte on 465, STARTTLS required on 587, plain
 * SMTP on any other port (a local relay or a test server). A mail the server refuses for its recipient or content is
 * counted and the story goes on; when the server itself fails (unreachable, TLS, authentication), sending stops for
 * the rest of the story and {@link #failure()} says why.
 *
 * <p>This class is not thread-safe: the story calls it from one thread.
 */
public final class MailSink implements StoryListener {
    private final OutputLayout layout;
    private final InvoiceSender sender;
    private final String server;
    private int sent;
    private int refused;
    private Optional<String> failure = Optional.empty();

    private MailSink(OutputLayout layout, InvoiceSender sender, String server) {
        this.layout = layout;
        this.sender = sender;
        this.server = server;
    }

    /**
     * Returns a sink sending through an SMTP server the documents written into an output folder.
     *
     * @param settings the demo's SMTP settings
     * @param layout the output folder's layout, where the PDFs to attach are
     * @return the sink
     */
    public static MailSink sending(SmtpSettings settings, OutputLayout layout) {
        Objects.requireNonNull(settings, "settings");
        SmtpSecurity security = settings.port() == 465
                ? SmtpSecurity.SSL
                : settings.port() == 587 ? SmtpSecurity.STARTTLS : SmtpSecurity.NONE;
        org.echeance.mail.SmtpSettings smtp = org.echeance.mail.SmtpSettings.of(
                        settings.host(), settings.port(), security, settings.from())
                .withFromName("Atelier Durand – Facturation");
        return new MailSink(
                Objects.requireNonNull(layout, "layout"),
                JakartaMailSender.of(smtp, InMemorySentLog.create()),
                smtp.server());
    }

    @Override
    public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
        send(invoice, customer);
    }

    @Override
    public void creditNoteIssued(Invoice creditNote, Customer customer) {
        send(creditNote, customer);
    }

    @Override
    public void reminderProduced(ReminderNotice notice) {
        Reminder reminder = notice.reminder();
        send(ReminderDocument.of(reminder), notice.customer(), layout.reminder(reminder, PdfSink.EXTENSION));
    }

    private void send(Invoice invoice, Customer customer) {
        String number = invoice.number().orElseThrow();
        send(
                InvoiceDocument.of(Cast.SELLER_ID, invoice, customer.language()),
                customer,
                layout.invoice(number, PdfSink.EXTENSION));
    }

    private void send(MailDocument document, Customer customer, Path pdf) {
        Optional<EmailAddress> to = customer.party().contact().flatMap(Contact::email);
        if (failure.isPresent() || to.isEmpty()) {
            return;
        }
        try {
            OutgoingMail mail = OutgoingMail.builder(document)
                    .to(to.get())
                    .attach(MailAttachment.pdf(pdf.getFileName().toString(), Files.readAllBytes(pdf)))
                    .build();
            if (sender.send(mail).wasSent()) {
                sent++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF to attach is missing: is the PdfSink wired before?", e);
        } catch (MailDeliveryException e) {
            if (e.reason() == MailDeliveryException.Reason.RECIPIENT_REFUSED
                    || e.reason() == MailDeliveryException.Reason.MESSAGE_REFUSED) {
                refused++;
            } else {
                failure = Optional.of(e.getMessage());
            }
        }
    }

    /**
     * Returns the number of mails the server accepted.
     *
     * @return the mails sent
     */
    public int sent() {
        return sent;
    }

    /**
     * Returns the number of mails the server refused for their recipient or content.
     *
     * @return the mails refused
     */
    public int refused() {
        return refused;
    }

    /**
     * Returns why sending stopped, if the server failed.
     *
     * @return the failure, or empty
     */
    public Optional<String> failure() {
        return failure;
    }

    /**
     * Describes what was sent, in one line.
     *
     * @return such as {@code "Mail: 283 sent through smtp.example.com:25, 0 refused"}
     */
    public String describe() {
        return "Mail: " + sent + " sent through " + server + ", " + refused + " refused"
                + failure.map(f -> "; stopped: " + f).orElse("");
    }

    @Override
    public String toString() {
        return "MailSink[" + server + ", " + sent + " sent]";
    }
}
