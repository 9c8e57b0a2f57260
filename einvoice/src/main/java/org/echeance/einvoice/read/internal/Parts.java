package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;

/**
 * Turns the texts both syntaxes read into Echeance's model values, the same way for CII and UBL: what the model
 * refuses becomes a note (optional parts) or a refusal (required parts). Not API.
 */
final class Parts {
    private Parts() {}

    /** The texts of a payment means as read. */
    static final class PaymentText {
        Optional<String> code = Optional.empty();
        Optional<String> remittance = Optional.empty();
        Optional<String> account = Optional.empty();
        Optional<String> accountName = Optional.empty();
        Optional<String> bic = Optional.empty();
        Optional<String> mandate = Optional.empty();
        Optional<String> creditorId = Optional.empty();
        Optional<String> debitedAccount = Optional.empty();
    }

    /** The values of an allowance or charge as read. */
    static final class AllowanceChargeText {
        boolean charge;
        Optional<BigDecimal> amount = Optional.empty();
        Optional<BigDecimal> baseAmount = Optional.empty();
        Optional<BigDecimal> percentage = Optional.empty();
        Optional<String> reasonCode = Optional.empty();
        Optional<String> reason = Optional.empty();
        Optional<String> categoryCode = Optional.empty();
        Optional<BigDecimal> rate = Optional.empty();
    }

    /** Builds a party; a party the model refuses (no name) is a refusal. */
    static Optional<Party> party(DocumentDraft d, String path, String nameTerm, PartyText t) {
        if (t.name.isEmpty()) {
            d.refuse(nameTerm, path + ".legalName", "the name is missing");
            return Optional.empty();
        }
        Optional<Party.Builder> builder = d.required(path, () -> Party.builder(t.name.get()));
        if (builder.isEmpty()) {
            return Optional.empty();
        }
        Party.Builder b = builder.get();
        t.tradingName.ifPresent(b::tradingName);
        for (PartyText.Id id : t.identifiers) {
            d.optional("BT-29", path + ".identifiers", () -> new PartyIdentifier(id.value(), id.scheme()))
                    .ifPresent(b::identifier);
        }
        t.legalRegistration
                .flatMap(id -> d.optional(
                        "BT-30", path + ".legalRegistration", () -> new PartyIdentifier(id.value(), id.scheme())))
                .ifPresent(b::legalRegistration);
        t.vatNumber.flatMap(v -> d.optional("BT-31", path + ".vatNumber", () -> b.vatNumber(v)));
        t.taxRegistration.ifPresent(b::taxRegistration);
        t.legalInformation.ifPresent(b::legalInformation);
        t.address.flatMap(a -> address(d, path + ".address", a)).ifPresent(b::address);
        contact(d, path + ".contact", t).ifPresent(b::contact);
        t.electronicAddress
                .flatMap(e -> d.optional(
                        "BT-34",
                        path + ".electronicAddress",
                        () -> ElectronicAddress.of(e.scheme().orElse(""), e.value())))
                .ifPresent(b::electronicAddress);
        return Optional.of(b.build());
    }

    private static Optional<Contact> contact(DocumentDraft d, String path, PartyText t) {
        if (t.contactName.isEmpty() && t.phone.isEmpty() && t.email.isEmpty()) {
            return Optional.empty();
        }
        Contact contact = Contact.empty();
        if (t.contactName.isPresent()) {
            contact = contact.withName(t.contactName.get());
        }
        Contact named = contact;
        contact = t.phone
                .flatMap(p -> d.optional("BT-42", path + ".phone", () -> named.withPhone(p)))
                .orElse(contact);
        Contact withPhone = contact;
        contact = t.email
                .flatMap(e -> d.optional("BT-43", path + ".email", () -> withPhone.withEmail(e)))
                .orElse(contact);
        return contact.equals(Contact.empty()) ? Optional.empty() : Optional.of(contact);
    }

    /** Builds an address; one the model refuses (no or an unknown country) is left out with a note. */
    static Optional<PostalAddress> address(DocumentDraft d, String path, AddressText a) {
        if (a.countryCode.isEmpty()) {
            d.note("BT-40", path, "left out: the address has no country code");
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(a.lines);
        if (lines.size() > 3) {
            d.note("BT-162", path + ".lines", "only the first three of " + lines.size() + " address lines are kept");
            lines = lines.subList(0, 3);
        }
        List<String> kept = lines;
        return d.optional(
                "BT-40", path, () -> new PostalAddress(kept, a.postCode, a.city, a.subdivision, a.countryCode.get()));
    }

    /** Builds a VAT rate; a missing rate is zero (category O has none). */
    static Optional<VatRate> vatRate(DocumentDraft d, String path, Optional<String> code, Optional<BigDecimal> rate) {
        if (code.isEmpty()) {
            d.refuse("BR-CO-04", path, "the VAT category code is missing");
            return Optional.empty();
        }
        return d.required(path, () -> VatRate.of(VatCategory.fromCode(code.get()), rate.orElse(BigDecimal.ZERO)));
    }

    /**
     * Builds a price. Where the gross price, the discount and the net price the document states do not agree (the
     * model needs net = gross − discount, BR-CO… aside), the net price is kept, the discount is taken as gross −
     * net, and a note says so.
     */
    static Optional<Price> price(
            DocumentDraft d,
            String path,
            Optional<BigDecimal> net,
            Optional<BigDecimal> gross,
            Optional<BigDecimal> discount,
            Optional<BigDecimal> base) {
        if (net.isEmpty()) {
            d.refuse("BR-26", path + ".netPrice", "the item net price is missing");
            return Optional.empty();
        }
        // A discount of zero is no discount (UBL must write an amount where CII may leave the discount out).
        Optional<BigDecimal> discountAmount = discount.filter(amount -> amount.signum() != 0);
        Optional<BigDecimal> grossPrice = gross;
        if (discount.isPresent() && gross.isEmpty()) {
            grossPrice = Optional.of(net.get().add(discount.get()));
            d.note(
                    "BT-148",
                    path + ".grossPrice",
                    "no gross price is stated beside the discount "
                            + discount.get().toPlainString() + "; read as net price + discount = "
                            + grossPrice.get().toPlainString());
        } else if (gross.isPresent()) {
            BigDecimal implied = gross.get().subtract(net.get());
            BigDecimal stated = discountAmount.orElse(BigDecimal.ZERO);
            if (implied.compareTo(stated) != 0) {
                if (implied.signum() >= 0) {
                    discountAmount = Optional.of(implied).filter(amount -> amount.signum() != 0);
                    d.note(
                            "BT-147",
                            path + ".discount",
                            (discount.isPresent() ? "stated " + stated.toPlainString() : "not stated")
                                    + ", but gross price " + gross.get().toPlainString() + " − net price "
                                    + net.get().toPlainString() + " is " + implied.toPlainString()
                                    + "; read as " + implied.toPlainString());
                } else {
                    grossPrice = Optional.empty();
                    discountAmount = Optional.empty();
                    d.note(
                            "BT-148",
                            path + ".grossPrice",
                            "left out: the gross price " + gross.get().toPlainString() + " is below the net price "
                                    + net.get().toPlainString());
                }
            }
        }
        Optional<MonetaryAmount> g = grossPrice.map(d::money);
        Optional<MonetaryAmount> disc = discountAmount.map(d::money);
        return d.required(path, () -> new Price(d.money(net.get()), g, disc, base));
    }

    /**
     * Builds an allowance or charge. When its amount does not agree with base × percentage / 100 (or has too many
     * decimals to be recomputed), the stated amount is kept without base and percentage, and a note says so.
     */
    static Optional<AllowanceCharge> allowanceCharge(
            DocumentDraft d, String path, AllowanceChargeText t, boolean documentLevel) {
        String amountTerm = documentLevel ? (t.charge ? "BT-99" : "BT-92") : (t.charge ? "BT-141" : "BT-136");
        if (t.amount.isEmpty()) {
            d.refuse(amountTerm, path + ".amount", "the amount is missing");
            return Optional.empty();
        }
        Optional<VatRate> rate = Optional.empty();
        if (documentLevel) {
            rate = vatRate(d, path + ".vatRate", t.categoryCode, t.rate);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
        }
        AllowanceCharge.Kind kind = t.charge ? AllowanceCharge.Kind.CHARGE : AllowanceCharge.Kind.ALLOWANCE;
        MonetaryAmount amount = d.money(t.amount.get());
        Optional<MonetaryAmount> base = t.baseAmount.map(d::money);
        Optional<VatRate> vat = rate;
        if (base.isPresent() && t.percentage.isPresent()) {
            BigDecimal expected = Amounts.round(
                    t.baseAmount.get().multiply(t.percentage.get()).movePointLeft(2), d.currency);
            if (expected.compareTo(t.amount.get()) != 0) {
                d.note(
                        amountTerm,
                        path + ".amount",
                        t.amount.get().toPlainString() + " is not base "
                                + t.baseAmount.get().toPlainString()
                                + " × " + t.percentage.get().toPlainString() + " % = " + expected.toPlainString()
                                + "; the stated amount is kept without its base and percentage");
                return d.required(
                        path,
                        () -> new AllowanceCharge(
                                kind, amount, Optional.empty(), Optional.empty(), t.reasonCode, t.reason, vat));
            }
        }
        Optional<MonetaryAmount> baseAmount = base;
        return d.required(
                path, () -> new AllowanceCharge(kind, amount, baseAmount, t.percentage, t.reasonCode, t.reason, vat));
    }

    /** Builds payment instructions; an unknown means code or an invalid account leaves parts out with a note. */
    static Optional<PaymentInstructions> payment(DocumentDraft d, List<PaymentText> means) {
        if (means.isEmpty()) {
            return Optional.empty();
        }
        if (means.size() > 1) {
            d.note(
                    "BG-16",
                    "paymentInstructions",
                    "the document gives " + means.size() + " payment means; the first is kept");
        }
        PaymentText p = means.get(0);
        String path = "paymentInstructions";
        if (p.code.isEmpty()) {
            d.note("BT-81", path, "left out: the payment means has no type code");
            return Optional.empty();
        }
        Optional<PaymentMeansCode> code =
                d.optional("BT-81", path + ".means", () -> PaymentMeansCode.fromCode(p.code.get()));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Iban> account = p.account.flatMap(a -> d.optional("BT-84", path + ".account", () -> Iban.parse(a)));
        Optional<Bic> bic = p.bic.flatMap(a -> d.optional("BT-86", path + ".bic", () -> Bic.parse(a)));
        Optional<Iban> debited =
                p.debitedAccount.flatMap(a -> d.optional("BT-91", path + ".debitedAccount", () -> Iban.parse(a)));
        return d.optional(
                "BG-16",
                path,
                () -> new PaymentInstructions(
                        code.get(), p.remittance, account, p.accountName, bic, p.mandate, p.creditorId, debited));
    }

    /** Builds a period; one the model refuses (end before start) is left out with a note. */
    static Optional<InvoicePeriod> period(
            DocumentDraft d, String path, Optional<java.time.LocalDate> start, Optional<java.time.LocalDate> end) {
        if (start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        return d.optional("BG-14", path, () -> new InvoicePeriod(start, end));
    }
}
