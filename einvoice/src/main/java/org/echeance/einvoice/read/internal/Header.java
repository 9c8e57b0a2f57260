package org.echeance.einvoice.read.internal;

import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import org.echeance.core.invoice.DocumentType;

/** Header values both syntaxes read the same way: currencies, the type code, the VAT totals. Not API. */
final class Header {
    private Header() {}

    /**
     * Reads the invoice currency (BT-5), without which no amount can be read, and the VAT accounting currency
     * (BT-6), kept only when it differs from BT-5.
     */
    static void currencies(
            DocumentDraft d, Values values, Optional<XmlElement> invoiceCurrency, Optional<XmlElement> taxCurrency) {
        XmlElement code = invoiceCurrency.orElseThrow(() -> new org.echeance.einvoice.EInvoiceReadException(
                values.source(), -1, -1, "the invoice currency code (BT-5) is missing"));
        d.currency = currency(code.text())
                .orElseThrow(() -> values.refused(
                        code,
                        "<" + code.qualifiedName() + "> " + Values.quote(code.text())
                                + " is not an ISO 4217 currency code (BT-5)"));
        if (taxCurrency.isPresent()) {
            String text = taxCurrency.get().text();
            Optional<CurrencyUnit> tax = currency(text);
            if (tax.isEmpty()) {
                d.note("BT-6", "taxCurrency", "left out: " + Values.quote(text) + " is not an ISO 4217 currency code");
            } else if (tax.get().equals(d.currency)) {
                d.note("BT-6", "taxCurrency", "left out: it equals the invoice currency " + text);
            } else {
                d.taxCurrency = tax;
            }
        }
    }

    private static Optional<CurrencyUnit> currency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Monetary.getCurrency(code));
        } catch (MonetaryException e) {
            return Optional.empty();
        }
    }

    /** Reads the document type code (BT-3); a code the model does not support is a refusal. */
    static void type(DocumentDraft d, Optional<XmlElement> code) {
        if (code.isEmpty() || code.get().text().isEmpty()) {
            d.refuse("BR-04", "documentType", "the invoice type code is missing");
            return;
        }
        d.required("documentType", () -> DocumentType.fromCode(code.get().text()))
                .ifPresent(t -> d.type = t);
    }

    /**
     * Reads a VAT total amount: BT-110 when its currency is the invoice currency, BT-111 when it is the VAT
     * accounting currency. The currency decides, never the position.
     */
    static void taxTotal(DocumentDraft d, Values values, XmlElement amount) {
        Optional<String> currencyId = amount.attribute("currencyID").map(String::strip);
        String code = d.currency.getCurrencyCode();
        String term;
        if (currencyId.isEmpty()) {
            term = "BT-110";
            d.note(
                    "BT-110",
                    "totals.vatTotal",
                    "<" + amount.qualifiedName() + "> at line " + amount.line()
                            + " has no currencyID; read as the invoice currency " + code);
        } else if (currencyId.get().equals(code)) {
            term = "BT-110";
        } else if (d.taxCurrency.isPresent()
                && currencyId.get().equals(d.taxCurrency.get().getCurrencyCode())) {
            term = "BT-111";
        } else {
            d.note(
                    "BT-111",
                    "totals.vatTotalInTaxCurrency",
                    "a VAT total in " + currencyId.get() + " is neither in the invoice currency " + code
                            + " nor in the VAT accounting currency; ignored");
            return;
        }
        if (d.stated.containsKey(term)) {
            d.note(term, "totals", "a second VAT total in " + currencyId.orElse(code) + " is ignored");
            return;
        }
        d.stated.put(term, values.decimal(amount));
    }

    /** Reads an indicator: {@code true}, {@code false}, {@code 1} or {@code 0}. */
    static boolean bool(Values values, XmlElement element) {
        switch (element.text()) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw values.refused(
                        element,
                        "<" + element.qualifiedName() + "> " + Values.quote(element.text()) + " is not true or false");
        }
    }

    /**
     * Refuses an amount whose currencyID is not the invoice currency (UBL writes one on every amount): currencies
     * are never mixed silently.
     */
    static void checkCurrency(DocumentDraft d, XmlElement amount, String businessTerm, String path) {
        Optional<String> id = amount.attribute("currencyID").map(String::strip);
        if (id.isPresent() && !id.get().equals(d.currency.getCurrencyCode())) {
            d.refuse(
                    "ECH-CUR-01",
                    path,
                    businessTerm + " at line " + amount.line() + " is in " + id.get() + ", not in the invoice currency "
                            + d.currency.getCurrencyCode());
        }
    }
}
