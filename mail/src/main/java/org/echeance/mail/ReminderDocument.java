package org.echeance.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentLinkProvider;
import org.echeance.core.payment.PaymentLinkRequest;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderTemplates;

/**
 * A reminder to send, with the link the customer may pay through.
 *
 * <p>The subject and the body are the reminder's own, as the {@link ReminderTemplates} of the scheduling module
 * rendered them in the customer's language: the mail module does not word reminders again. When a payment link is
 * given, the mail adds it after the body ({@code clause.paymentLink} of {@link MailTemplates}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reminder the reminder, from the reminder engine
 * @param paymentLink the link to pay online, if any
 */
public record ReminderDocument(Reminder reminder, Optional<PaymentLink> paymentLink) implements MailDocument {
    /**
     * Creates the document.
     *
     * @throws NullPointerException if a part is null; an absent link is an empty {@code Optional}
     */
    public ReminderDocument {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(paymentLink, "paymentLink");
    }

    /**
     * Returns the document of a reminder, without a payment link.
     *
     * @param reminder the reminder
     * @return the document
     */
    public static ReminderDocument of(Reminder reminder) {
        return new ReminderDocument(reminder, Optional.empty());
    }

    /**
     * Returns a copy with a payment link.
     *
     * @param link the link
     * @return the copy
     */
    public ReminderDocument withPaymentLink(PaymentLink link) {
        return new ReminderDocument(reminder, Optional.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Returns a copy with the link a provider gives for the reminded invoice: the request names the seller, the
     * invoice number, the amount the reminder asks for and the installment's due date.
     *
     * @param provider the payment link provider, idempotent per invoice
     * @return the copy
     */
    public ReminderDocument withPaymentLinkFrom(PaymentLinkProvider provider) {
        Objects.requireNonNull(provider, "provider");
        return withPaymentLink(provider.linkFor(PaymentLinkRequest.of(
                reminder.sellerId(), reminder.invoiceNumber(), reminder.amountDue(), reminder.dueDate())));
    }

    /**
     * Returns {@code reminder/} followed by the reminder's key ({@code ReminderKey.id()}): one step for one
     * installment is one document.
     *
     * @return the key, such as {@code reminder/seller-A/C1/FA-2026-00042/1/first-reminder}
     */
    @Override
    public String documentKey() {
        return "reminder/" + reminder.key().id();
    }

    /**
     * Returns the reminder's seller.
     *
     * @return the seller id
     */
    @Override
    public String sellerId() {
        return reminder.sellerId();
    }

    /**
     * Returns the language the reminder's text was rendered in.
     *
     * @return the reminder's locale
     */
    @Override
    public Locale locale() {
        return reminder.locale();
    }
}
