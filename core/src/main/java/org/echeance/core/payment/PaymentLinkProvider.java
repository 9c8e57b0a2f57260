package org.echeance.core.payment;

/**
 * Creates the link a customer pays an invoice through, on a payment service provider's checkout page: the extension
 * point for online payment.
 *
 * <p>It is implemented by the application or by an adapter to a payment service provider (PSP), and passed by
 * constructor to what needs links, such as invoice rendering and reminders. Echeance ships no implementation that
 * talks to a network.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li><b>Idempotent per invoice.</b> Asking again for the same seller and invoice number returns the link created
 *       the first time and creates nothing new at the PSP, however many times a reminder run or a retry asks: pass
 *       the seller and invoice number to the PSP as its idempotency key or look the link up before creating one. When
 *       the amount or the due date changed since (a partial payment, a credit note), the provider may return a new
 *       link and should then disable the earlier one where the PSP allows it, so that no customer pays an old amount.
 *   <li><b>Scoped by seller.</b> Two sellers' invoices with the same number get two different links.
 *   <li>The link is an absolute https URL, which {@link PaymentLink} checks.
 *   <li>Implementations are thread-safe. A call may do network I/O; callers do not hold database locks or open
 *       transactions while they wait for it.
 *   <li>A failure is reported by an unchecked exception; the caller decides whether to send the invoice without a
 *       link.
 * </ul>
 */
@FunctionalInterface
public interface PaymentLinkProvider {
    /**
     * Returns the link for an invoice, creating it at the PSP on the first request only.
     *
     * @param request the seller, invoice number, amount, due date and customer email
     * @return the payment link, the same for a repeated request
     */
    PaymentLink linkFor(PaymentLinkRequest request);
}
