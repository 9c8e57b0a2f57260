package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.read.StatedVatGroup;

/**
 * Reads an OASIS UBL 2.1 {@code Invoice} or {@code CreditNote} into a {@link DocumentDraft}, following the
 * EN 16931 UBL syntax binding and Peppol BIS Billing 3.0. Unknown elements (extensions) are ignored. Not API.
 */
final class UblMapper {
    /** A note with a UNTDID 4451 subject code, written {@code #AAI#text} by Peppol and XRechnung. */
    private static final Pattern CODED_NOTE = Pattern.compile("#([A-Z]{3})#(.*)", Pattern.DOTALL);

    private final XmlElement root;
    private final DocumentDraft d;
    private final Values values;
    private final boolean creditNote;

    private UblMapper(XmlElement root, Values values) {
        this.root = root;
        this.values = values;
        this.d = new DocumentDraft(Syntax.UBL, values);
        this.creditNote = root.localName().equals("CreditNote");
    }

    static DocumentDraft map(XmlElement root, Values values) {
        UblMapper mapper = new UblMapper(root, values);
        mapper.read();
        return mapper.d;
    }

    private void read() {
        d.specificationId = root.textAt("CustomizationID");
        d.businessProcess = root.textAt("ProfileID");
        Header.currencies(d, values, root.child("DocumentCurrencyCode"), root.child("TaxCurrencyCode"));
        Header.type(d, root.child(creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode"));
        d.number = root.textAt("ID");
        d.issueDate = root.child("IssueDate").map(values::isoDate);
        d.dueDate = root.child("DueDate").map(values::isoDate);
        for (XmlElement note : root.children("Note")) {
            String text = note.text();
            if (text.isEmpty()) {
                continue;
            }
            Matcher coded = CODED_NOTE.matcher(text);
            if (coded.matches() && !coded.group(2).isBlank()) {
                d.invoiceNotes.add(InvoiceNote.of(coded.group(1), coded.group(2)));
            } else {
                d.invoiceNotes.add(InvoiceNote.of(text));
            }
        }
        d.buyerReference = root.textAt("BuyerReference");
        d.purchaseOrderReference = root.textAt("OrderReference", "ID");
        d.period = Parts.period(
                d,
                "invoicingPeriod",
                root.path("InvoicePeriod", "StartDate").map(values::isoDate),
                root.path("InvoicePeriod", "EndDate").map(values::isoDate));
        for (XmlElement ref : root.children("BillingReference")) {
            ref.child("InvoiceDocumentReference").ifPresent(doc -> {
                Optional<LocalDate> date = doc.child("IssueDate").map(values::isoDate);
                doc.textAt("ID")
                        .flatMap(n -> d.optional("BT-25", "precedingInvoices", () -> new InvoiceReference(n, date)))
                        .ifPresent(d.precedingInvoices::add);
            });
        }

        Optional<XmlElement> seller = root.path("AccountingSupplierParty", "Party");
        Optional<XmlElement> buyer = root.path("AccountingCustomerParty", "Party");
        if (seller.isEmpty()) {
            d.refuse("BR-06", "seller", "the seller (AccountingSupplierParty) is missing");
        }
        if (buyer.isEmpty()) {
            d.refuse("BR-07", "buyer", "the buyer (AccountingCustomerParty) is missing");
        }
        seller.flatMap(p -> Parts.party(d, "seller", "BR-06", party(p, false))).ifPresent(p -> d.seller = p);
        buyer.flatMap(p -> Parts.party(d, "buyer", "BR-07", party(p, false))).ifPresent(p -> d.buyer = p);
        root.child("PayeeParty").ifPresent(p -> d.payee = Parts.party(d, "payee", "BR-17", party(p, true)));

        root.child("Delivery").ifPresent(del -> {
            d.deliveryDate = del.child("ActualDeliveryDate").map(values::isoDate);
            d.deliverTo =
                    del.path("DeliveryLocation", "Address").flatMap(a -> Parts.address(d, "deliverTo", address(a)));
        });

        payment(seller);
        d.paymentTerms = root.textAt("PaymentTerms", "Note");

        List<XmlElement> acs = root.children("AllowanceCharge");
        for (int i = 0; i < acs.size(); i++) {
            String path = "allowancesCharges[" + i + "]";
            Parts.allowanceCharge(d, path, allowanceCharge(acs.get(i), path), true)
                    .ifPresent(d.allowancesCharges::add);
        }

        for (XmlElement taxTotal : root.children("TaxTotal")) {
            taxTotal.child("TaxAmount").ifPresent(amount -> Header.taxTotal(d, values, amount));
            for (XmlElement sub : taxTotal.children("TaxSubtotal")) {
                Optional<XmlElement> category = sub.child("TaxCategory");
                d.statedVat.add(new StatedVatGroup(
                        category.flatMap(c -> c.textAt("ID")).orElse(""),
                        category.flatMap(c -> c.child("Percent")).map(values::decimal),
                        sub.child("TaxableAmount").map(this::amount).map(d::money),
                        sub.child("TaxAmount").map(this::amount).map(d::money),
                        category.flatMap(c -> c.textAt("TaxExemptionReason")),
                        category.flatMap(c -> c.textAt("TaxExemptionReasonCode"))));
            }
        }

        root.child("LegalMonetaryTotal").ifPresent(sums -> {
            stated(sums, "LineExtensionAmount", "BT-106");
            stated(sums, "AllowanceTotalAmount", "BT-107");
            stated(sums, "ChargeTotalAmount", "BT-108");
            stated(sums, "TaxExclusiveAmount", "BT-109");
            stated(sums, "TaxInclusiveAmount", "BT-112");
            stated(sums, "PrepaidAmount", "BT-113");
            stated(sums, "PayableRoundingAmount", "BT-114");
            stated(sums, "PayableAmount", "BT-115");
        });

        List<XmlElement> lines = root.children(creditNote ? "CreditNoteLine" : "InvoiceLine");
        for (int i = 0; i < lines.size(); i++) {
            d.lines.add(line(lines.get(i), "lines[" + i + "]"));
        }
    }

    private void payment(Optional<XmlElement> seller) {
        Optional<String> creditorId = creditorId(seller).or(() -> creditorId(root.child("PayeeParty")));
        List<Parts.PaymentText> means = new ArrayList<>();
        for (XmlElement m : root.children("PaymentMeans")) {
            Parts.PaymentText p = new Parts.PaymentText();
            p.code = m.textAt("PaymentMeansCode");
            p.remittance = m.textAt("PaymentID");
            p.account = m.textAt("PayeeFinancialAccount", "ID");
            p.accountName = m.textAt("PayeeFinancialAccount", "Name");
            p.bic = m.textAt("PayeeFinancialAccount", "FinancialInstitutionBranch", "ID");
            p.mandate = m.textAt("PaymentMandate", "ID");
            p.debitedAccount = m.textAt("PaymentMandate", "PayerFinancialAccount", "ID");
            p.creditorId = creditorId;
            means.add(p);
            if (creditNote && d.dueDate.isEmpty()) {
                d.dueDate = m.child("PaymentDueDate").map(values::isoDate);
            }
        }
        d.paymentInstructions = Parts.payment(d, means);
    }

    /** Returns the SEPA creditor identifier (BT-90), a party identification with scheme SEPA. */
    private static Optional<String> creditorId(Optional<XmlElement> party) {
        if (party.isEmpty()) {
            return Optional.empty();
        }
        for (XmlElement id : party.get().children("PartyIdentification")) {
            Optional<XmlElement> value = id.child("ID");
            if (value.isPresent()
                    && value.get().attribute("schemeID").orElse("").equals("SEPA")) {
                return Optional.of(value.get().text());
            }
        }
        return Optional.empty();
    }

    private void stated(XmlElement parent, String name, String businessTerm) {
        parent.child(name).ifPresent(e -> {
            Header.checkCurrency(d, e, businessTerm, "totals");
            d.stated.put(businessTerm, values.decimal(e));
        });
    }

    private BigDecimal amount(XmlElement element) {
        return values.decimal(element);
    }

    private LineDraft line(XmlElement l, String path) {
        LineDraft line = new LineDraft(path);
        line.id = l.textAt("ID").orElse(null);
        if (line.id == null) {
            d.refuse("BR-21", path + ".id", "the line identifier is missing");
        }
        line.note = l.textAt("Note");
        Optional<XmlElement> item = l.child("Item");
        line.itemName = item.flatMap(i -> i.textAt("Name")).orElse(null);
        if (line.itemName == null) {
            d.refuse("BR-25", path + ".itemName", "the item name is missing");
        }
        line.description = item.flatMap(i -> i.textAt("Description"));
        line.sellerItemId = item.flatMap(i -> i.textAt("SellersItemIdentification", "ID"));
        line.orderLineReference = l.textAt("OrderLineReference", "LineID");

        Optional<XmlElement> quantity = l.child(creditNote ? "CreditedQuantity" : "InvoicedQuantity");
        if (quantity.isEmpty()) {
            d.refuse("BR-22", path + ".quantity", "the invoiced quantity is missing");
        } else {
            line.quantity = values.decimal(quantity.get());
            quantity.get()
                    .attribute("unitCode")
                    .flatMap(u -> d.optional("BT-130", path + ".unit", () -> UnitCode.of(u)))
                    .ifPresent(u -> line.unit = u);
        }
        l.child("LineExtensionAmount").ifPresent(a -> {
            Header.checkCurrency(d, a, "BT-131", path + ".netAmount");
            line.statedNetAmount = Optional.of(d.money(values.decimal(a)));
        });
        line.period = Parts.period(
                d,
                path + ".period",
                l.path("InvoicePeriod", "StartDate").map(values::isoDate),
                l.path("InvoicePeriod", "EndDate").map(values::isoDate));

        Optional<XmlElement> tax = item.flatMap(i -> i.child("ClassifiedTaxCategory"));
        Parts.vatRate(
                        d,
                        path + ".vatRate",
                        tax.flatMap(t -> t.textAt("ID")),
                        tax.flatMap(t -> t.child("Percent")).map(values::decimal))
                .ifPresent(r -> line.vatRate = r);

        Optional<XmlElement> price = l.child("Price");
        Optional<XmlElement> priceAc = price.flatMap(p -> p.child("AllowanceCharge"));
        price.flatMap(p -> p.child("PriceAmount"))
                .ifPresent(a -> Header.checkCurrency(d, a, "BT-146", path + ".price"));
        Parts.price(
                        d,
                        path + ".price",
                        price.flatMap(p -> p.child("PriceAmount")).map(values::decimal),
                        priceAc.flatMap(ac -> ac.child("BaseAmount")).map(values::decimal),
                        priceAc.flatMap(ac -> ac.child("Amount")).map(values::decimal),
                        price.flatMap(p -> p.child("BaseQuantity")).map(values::decimal))
                .ifPresent(p -> line.price = p);

        List<XmlElement> acs = l.children("AllowanceCharge");
        for (int j = 0; j < acs.size(); j++) {
            String acPath = path + ".allowancesCharges[" + j + "]";
            Parts.allowanceCharge(d, acPath, allowanceCharge(acs.get(j), acPath), false)
                    .ifPresent(line.allowancesCharges::add);
        }
        return line;
    }

    private Parts.AllowanceChargeText allowanceCharge(XmlElement ac, String path) {
        Parts.AllowanceChargeText t = new Parts.AllowanceChargeText();
        t.charge = ac.child("ChargeIndicator").map(i -> Header.bool(values, i)).orElse(false);
        ac.child("Amount").ifPresent(a -> {
            Header.checkCurrency(d, a, "BT-92", path + ".amount");
            t.amount = Optional.of(values.decimal(a));
        });
        t.baseAmount = ac.child("BaseAmount").map(values::decimal);
        t.percentage = ac.child("MultiplierFactorNumeric").map(values::decimal);
        t.reasonCode = ac.textAt("AllowanceChargeReasonCode");
        t.reason = ac.textAt("AllowanceChargeReason");
        t.categoryCode = ac.textAt("TaxCategory", "ID");
        t.rate = ac.path("TaxCategory", "Percent").map(values::decimal);
        return t;
    }

    private PartyText party(XmlElement p, boolean payee) {
        PartyText t = new PartyText();
        Optional<String> partyName = p.textAt("PartyName", "Name");
        if (payee) {
            t.name = partyName;
        } else {
            t.name = p.textAt("PartyLegalEntity", "RegistrationName").or(() -> partyName);
            t.tradingName = p.textAt("PartyLegalEntity", "RegistrationName").isPresent() ? partyName : Optional.empty();
        }
        p.child("EndpointID")
                .filter(e -> !e.text().isEmpty())
                .ifPresent(e -> t.electronicAddress = Optional.of(new PartyText.Id(e.text(), e.attribute("schemeID"))));
        for (XmlElement id : p.children("PartyIdentification")) {
            id.child("ID").filter(v -> !v.text().isEmpty()).ifPresent(v -> {
                Optional<String> scheme = v.attribute("schemeID");
                if (!scheme.orElse("").equals("SEPA")) {
                    t.identifiers.add(new PartyText.Id(v.text(), scheme));
                }
            });
        }
        t.address = p.child("PostalAddress").map(this::address);
        for (XmlElement scheme : p.children("PartyTaxScheme")) {
            Optional<String> company = scheme.textAt("CompanyID");
            if (company.isEmpty()) {
                continue;
            }
            if (scheme.textAt("TaxScheme", "ID").orElse("").equals("VAT")) {
                t.vatNumber = company;
            } else {
                t.taxRegistration = company;
            }
        }
        p.child("PartyLegalEntity").ifPresent(legal -> {
            legal.child("CompanyID")
                    .filter(id -> !id.text().isEmpty())
                    .ifPresent(id ->
                            t.legalRegistration = Optional.of(new PartyText.Id(id.text(), id.attribute("schemeID"))));
            t.legalInformation = legal.textAt("CompanyLegalForm");
        });
        p.child("Contact").ifPresent(c -> {
            t.contactName = c.textAt("Name");
            t.phone = c.textAt("Telephone");
            t.email = c.textAt("ElectronicMail");
        });
        return t;
    }

    private AddressText address(XmlElement a) {
        AddressText t = new AddressText();
        a.textAt("StreetName").ifPresent(t.lines::add);
        a.textAt("AdditionalStreetName").ifPresent(t.lines::add);
        a.textAt("AddressLine", "Line").ifPresent(t.lines::add);
        t.postCode = a.textAt("PostalZone");
        t.city = a.textAt("CityName");
        t.subdivision = a.textAt("CountrySubentity");
        t.countryCode = a.textAt("Country", "IdentificationCode");
        return t;
    }
}
