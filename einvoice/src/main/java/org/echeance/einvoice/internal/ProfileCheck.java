package org.echeance.einvoice.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.validation.ValidationException;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;
import org.echeance.einvoice.Syntax;

/**
 * Checks, before a single byte is written, that an invoice can be written in a profile and syntax: it is issued
 * (number BT-1 and issue date BT-2), it breaks none of the Peppol rules its data can break when the profile is
 * Peppol BIS 3 ({@link PeppolCheck}), and every business term it has is one the profile carries or leaves out by
 * rule.
 */
public final class ProfileCheck {
    private ProfileCheck() {}

    /**
     * Checks an invoice against a profile and syntax.
     *
     * @param invoice the invoice
     * @param profile the profile
     * @param syntax the syntax
     * @throws ValidationException if the invoice is a draft (BR-02, BR-03)
     * @throws ProfileViolationException naming the first term the profile cannot carry, and listing all of them
     */
    public static void check(Invoice invoice, Profile profile, Syntax syntax) {
        if (invoice.number().isEmpty()) {
            throw ValidationException.of("BR-02", "number", "a draft has no invoice number (BT-1); issue it first");
        }
        if (invoice.issueDate().isEmpty()) {
            throw ValidationException.of("BR-03", "issueDate", "a draft has no issue date (BT-2); issue it first");
        }
        if (profile == Profile.PEPPOL_BIS_3) {
            PeppolCheck.check(invoice);
        }
        if (syntax == Syntax.UBL
                && invoice.documentType().isCreditNote()
                && invoice.dueDate().isPresent()
                && invoice.paymentInstructions().isEmpty()) {
            throw new ProfileViolationException(
                    "BT-9",
                    profile,
                    "BT-9 (payment due date) of a UBL credit note is written in the payment means (BG-16): add payment"
                            + " instructions or remove the due date");
        }
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> term : presentTerms(invoice).entrySet()) {
            if (!profile.omitsByRule(term.getKey()) && !profile.allows(term.getKey())) {
                refused.add(term.getKey() + " (" + term.getValue() + ")");
            }
        }
        if (!refused.isEmpty()) {
            String first = refused.get(0);
            throw new ProfileViolationException(
                    first.substring(0, first.indexOf(' ')),
                    profile,
                    String.join(", ", refused) + (refused.size() == 1 ? " is" : " are")
                            + " not allowed in profile " + profile + ": choose a profile that carries "
                            + (refused.size() == 1 ? "it" : "them") + " or remove "
                            + (refused.size() == 1 ? "it" : "them") + " from the invoice");
        }
    }

    /** Returns the business terms the invoice has a value for, in document order, with a short name. */
    static Map<String, String> presentTerms(Invoice invoice) {
        Map<String, String> t = new LinkedHashMap<>();
        if (!invoice.notes().isEmpty()) {
            t.put("BG-1", "invoice note");
        }
        if (!invoice.precedingInvoices().isEmpty()) {
            t.put("BG-3", "preceding invoice reference");
        }
        if (invoice.taxExchangeRate().isPresent()) {
            t.put("BT-6", "VAT accounting currency");
        }
        if (invoice.dueDate().isPresent()) {
            t.put("BT-9", "payment due date");
        }
        if (invoice.paymentTerms().isPresent()) {
            t.put("BT-20", "payment terms");
        }
        party(t, invoice.seller(), true);
        party(t, invoice.buyer(), false);
        if (invoice.payee().isPresent()) {
            t.put("BG-10", "payee");
        }
        if (invoice.deliveryDate().isPresent()) {
            t.put("BT-72", "actual delivery date");
        }
        if (invoice.deliverTo().isPresent()) {
            t.put("BG-15", "deliver to address");
        }
        if (invoice.invoicingPeriod().isPresent()) {
            t.put("BG-14", "invoicing period");
        }
        invoice.paymentInstructions().ifPresent(p -> payment(t, p));
        if (invoice.allowancesCharges().stream().anyMatch(ac -> !ac.isCharge())) {
            t.put("BG-20", "document level allowance");
        }
        if (invoice.allowancesCharges().stream().anyMatch(ac -> ac.isCharge())) {
            t.put("BG-21", "document level charge");
        }
        if (Amounts.decimal(invoice.totals().prepaidAmount()).signum() != 0) {
            t.put("BT-113", "paid amount");
        }
        if (Amounts.decimal(invoice.totals().roundingAmount()).signum() != 0) {
            t.put("BT-114", "rounding amount");
        }
        t.put("BG-23", "VAT breakdown");
        if (!invoice.lines().isEmpty()) {
            t.put("BG-25", "invoice line");
        }
        for (InvoiceLine line : invoice.lines()) {
            line(t, line);
        }
        return t;
    }

    private static void party(Map<String, String> t, Party p, boolean seller) {
        String who = seller ? "seller " : "buyer ";
        if (p.tradingName().isPresent()) {
            t.put(seller ? "BT-28" : "BT-45", who + "trading name");
        }
        if (!p.identifiers().isEmpty()) {
            t.put(seller ? "BT-29" : "BT-46", who + "identifier");
        }
        if (p.vatNumber().isPresent() && !seller) {
            t.put("BT-48", "buyer VAT identifier");
        }
        if (p.legalInformation().isPresent() && seller) {
            t.put("BT-33", "seller additional legal information");
        }
        if (p.electronicAddress().isPresent()) {
            t.put(seller ? "BT-34" : "BT-49", who + "electronic address");
        }
        if (p.address().isPresent()) {
            PostalAddress a = p.address().get();
            boolean details = !a.lines().isEmpty()
                    || a.postCode().isPresent()
                    || a.city().isPresent()
                    || a.subdivision().isPresent();
            if (seller && details) {
                t.put("BT-35", "seller address details");
            }
            if (!seller) {
                t.put("BG-8", "buyer postal address");
            }
        }
        if (p.contact().isPresent() && hasEn16931Contact(p)) {
            t.put(seller ? "BG-6" : "BG-9", who + "contact");
        }
    }

    /** A contact with only an alternate phone carries nothing EN 16931 has. */
    static boolean hasEn16931Contact(Party p) {
        return p.contact()
                .map(c -> c.name().isPresent()
                        || c.email().isPresent()
                        || c.phone().isPresent())
                .orElse(false);
    }

    private static void payment(Map<String, String> t, PaymentInstructions p) {
        t.put("BG-16", "payment instructions");
        if (p.remittanceInformation().isPresent()) {
            t.put("BT-83", "remittance information");
        }
        if (p.account().isPresent()) {
            t.put("BT-84", "payment account identifier");
        }
        if (p.accountName().isPresent()) {
            t.put("BT-85", "payment account name");
        }
        if (p.bic().isPresent()) {
            t.put("BT-86", "payment service provider identifier");
        }
        if (p.mandateReference().isPresent()) {
            t.put("BT-89", "mandate reference identifier");
        }
        if (p.creditorId().isPresent()) {
            t.put("BT-90", "bank assigned creditor identifier");
        }
        if (p.debitedAccount().isPresent()) {
            t.put("BT-91", "debited account identifier");
        }
    }

    private static void line(Map<String, String> t, InvoiceLine line) {
        if (line.note().isPresent()) {
            t.put("BT-127", "invoice line note");
        }
        if (line.description().isPresent()) {
            t.put("BT-154", "item description");
        }
        if (line.sellerItemId().isPresent()) {
            t.put("BT-155", "item seller's identifier");
        }
        if (line.orderLineReference().isPresent()) {
            t.put("BT-132", "referenced purchase order line reference");
        }
        if (line.period().isPresent()) {
            t.put("BG-26", "invoice line period");
        }
        if (line.allowancesCharges().stream().anyMatch(ac -> !ac.isCharge())) {
            t.put("BG-27", "invoice line allowance");
        }
        if (line.allowancesCharges().stream().anyMatch(ac -> ac.isCharge())) {
            t.put("BG-28", "invoice line charge");
        }
        if (line.price().grossPrice().isPresent()) {
            t.put("BT-148", "item gross price");
        }
        if (line.price().baseQuantity().isPresent()
                && line.price().baseQuantity().get().compareTo(BigDecimal.ONE) != 0) {
            t.put("BT-149", "item price base quantity");
        }
    }
}
