/**
 * Payment means, the payment instructions printed on invoices, payment methods and the payments customers make.
 *
 * <p>{@link org.echeance.core.payment.PaymentMethod} is the closed family of ways to pay (bank transfer, SEPA direct
 * debit, card, cheque, cash, payment link), each mapped to its UNTDID 4461 {@link
 * org.echeance.core.payment.PaymentMeansCode}. {@link org.echeance.core.payment.Payment} is money received, as a bank,
 * a payment service provider or a cashier reports it, with the caller's idempotency key. {@link
 * org.echeance.core.payment.PaymentInstructions} is what an invoice asks for (EN 16931 BG-16). {@link
 * org.echeance.core.payment.PaymentLinkProvider} is the extension point that creates online payment links.
 *
 * <p>Echeance's own rules in this package:
 *
 * <ul>
 *   <li>ECH-PAY-01: an amount received or to pay through a link is positive;
 *   <li>ECH-PAY-02: such an amount has no more decimals than its currency's minor unit;
 *   <li>ECH-PAY-03: an idempotency key has 1 to 200 characters, no control character and no space at either end;
 *   <li>ECH-PAY-04: a SEPA mandate reference has 1 to 35 characters of the SEPA character set;
 *   <li>ECH-PAY-05: a SEPA creditor identifier is well formed, from a SEPA country and passes its check digits;
 *   <li>ECH-PAY-06: the account a SEPA direct debit collects from is in a SEPA country;
 *   <li>ECH-PAY-07: card details are the last four digits only, never a card number (PCI DSS);
 *   <li>ECH-PAY-08: a payment link is an absolute https URL without user information;
 *   <li>ECH-PAY-09: free text (references, names, ids) is not blank, has no control character and fits its length.
 * </ul>
 */
package org.echeance.core.payment;
