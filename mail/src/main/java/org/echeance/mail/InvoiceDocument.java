package org.echeance.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Contact;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentLinkProvider;
import org.echeance.core.payment.PaymentLinkRequest;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.mail.internal.DocumentKeys;
import org.echeance.mail.internal.MailChecks;

/**
 * An issued invoice or credit note to send, with the link the customer may pay it through.
 *
 * <p>The mail states the number, the issue date, the total with VAT (BT-112), the amount due (BT-115) and the due
 * date (BT-9) when there is one, and the payment link when one is given. The PDF itself travels as a {@link
 * MailAttachment} of the {@link OutgoingMail}.
 *
 * <p>The rules: the seller id has 1 to 200 characters without control characters ({@code ECH-MAIL-12}); the invoice
 * is issued, with a number (BT-1) and an issue date (BT-2) ({@code ECH-MAIL-10}); a payment link is given only for an
 * invoice with something due, never for a credit note ({@code ECH-MAIL-11}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sellerId the application's id of the seller, the scope of invoice numbers (as in {@link PaymentLinkRequest})
 * @param invoice the issued invoice or credit note
 * @param locale the language of the mail, usually the customer's ({@code Customer.language()})
 * @param paymentLink the link to pay the invoice online, if any
 */
public record InvoiceDocument(String sellerId, Invoice invoice, Locale locale, Optional<PaymentLink> paymentLink)
        implements MailDocument {
    private static final int MAX_ID_LENGTH = 200;

    /**
     * Creates the document.
     *
     * @throws NullPointerException if a part is null; an absent link is an empty {@code Optional}
     * @throws ValidationException with every rule broken ({@code ECH-MAIL-10}, {@code ECH-MAIL-11}, {@code
     *     ECH-MAIL-12})
     */
    public InvoiceDocument {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(paymentLink, "paymentLink");
        List<Violation> violations = new ArrayList<>();
        MailChecks.text("ECH-MAIL-12", "sellerId", sellerId, MAX_ID_LENGTH).ifPresent(violations::add);
        if (invoice.number().isEmpty()) {
            violations.add(new Violation(
                    "ECH-MAIL-10",
                    "invoice.number",
                    "a draft has no number (BT-1); issue the invoice before sending it"));
        }
        if (invoice.issueDate().isEmpty()) {
            violations.add(new Violation(
                    "ECH-MAIL-10",
                    "invoice.issueDate",
                    "a draft has no issue date (BT-2); issue the invoice before sending it"));
        }
        if (paymentLink.isPresent()) {
            linkViolation(invoice).ifPresent(violations::add);
        }
        MailChecks.throwIfAny(violations);
    }

    /**
     * Returns the document of an issued invoice, without a payment link.
     *
     * @param sellerId the application's id of the seller
     * @param invoice the issued invoice or credit note
     * @param locale the language of the mail
     * @return the document
     * @throws NullPointerException if an argument is null
     * @throws ValidationException as the canonical constructor does
     */
    public static InvoiceDocument of(String sellerId, Invoice invoice, Locale locale) {
        return new InvoiceDocument(sellerId, invoice, locale, Optional.empty());
    }

    /**
     * Returns a copy with a payment link, stated in the body of the mail.
     *
     * @param link the link
     * @return the copy
     * @throws ValidationException if the invoice is a credit note or has nothing due ({@code ECH-MAIL-11})
     */
    public InvoiceDocument withPaymentLink(PaymentLink link) {
        return new InvoiceDocument(sellerId, invoice, locale, Optional.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Returns a copy with the link a provider gives for this invoice: the request names the seller, the invoice
     * number, the amount due (BT-115), the due date (BT-9) and the buyer's contact email when the invoice has one.
     *
     * <p>The provider may do network I/O; it is idempotent per invoice ({@link PaymentLinkProvider}), so a resend
     * states the same link.
     *
     * @param provider the payment link provider
     * @return the copy
     * @throws ValidationException if the invoice is a credit note, has nothing due or has no due date ({@code
     *     ECH-MAIL-11})
     */
    public InvoiceDocument withPaymentLinkFrom(PaymentLinkProvider provider) {
        Objects.requireNonNull(provider, "provider");
        linkViolation(invoice).ifPresent(violation -> {
            throw new ValidationException(List.of(violation));
        });
        if (invoice.dueDate().isEmpty()) {
            throw ValidationException.of(
                    "ECH-MAIL-11", "invoice.dueDate", "a payment link needs the invoice's due date (BT-9)");
        }
        PaymentLinkRequest request = new PaymentLinkRequest(
                sellerId,
                invoice.number().orElseThrow(),
                invoice.totals().amountDue(),
                invoice.dueDate().orElseThrow(),
                invoice.buyer().contact().flatMap(Contact::email).map(Object::toString));
        return withPaymentLink(provider.linkFor(request));
    }

    private static Optional<Violation> linkViolation(Invoice invoice) {
        if (invoice.isCreditNote()) {
            return Optional.of(new Violation(
                    "ECH-MAIL-11", "paymentLink", "a credit note has nothing to pay; send it without a link"));
        }
        if (Amounts.decimal(invoice.totals().amountDue()).signum() <= 0) {
            return Optional.of(new Violation(
                    "ECH-MAIL-11",
                    "paymentLink",
                    "the invoice has nothing due (BT-115 is "
                            + Amounts.toPlainString(invoice.totals().amountDue()) + " "
                            + invoice.currency().getCurrencyCode() + "); send it without a link"));
        }
        return Optional.empty();
    }

    /**
     * Returns {@code invoice/SELLER/TYPE/NUMBER}, the type being the UNTDID 1001 code (380, 381…), since credit notes
     * may have their own series whose numbers repeat those of invoices.
     *
     * @return the key, such as {@code invoice/seller-A/380/FA-2026-00042}
     */
    @Override
    public String documentKey() {
        return DocumentKeys.of(
                "invoice",
                sellerId,
                invoice.documentType().code(),
                invoice.number().orElseThrow());
    }
}
