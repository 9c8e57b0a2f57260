package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.read.StatedVatGroup;

/**
 * Reads a UN/CEFACT Cross Industry Invoice (D16B, the XML of Factur-X) into a {@link DocumentDraft}, following the
 * EN 16931 CII syntax binding. Unknown elements are ignored. Not API.
 */
final class CiiMapper {
    private final XmlElement root;
    private final DocumentDraft d;
    private final Values values;

    private CiiMapper(XmlElement root, Values values) {
        this.root = root;
        this.values = values;
        this.d = new DocumentDraft(Syntax.CII, values);
    }

    static DocumentDraft map(XmlElement root, Values values) {
        CiiMapper mapper = new CiiMapper(root, values);
        mapper.read();
        return mapper.d;
    }

    private void read() {
        d.businessProcess =
                root.textAt("ExchangedDocumentContext", "BusinessProcessSpecifiedDocumentContextParameter", "ID");
        d.specificationId = root.textAt("ExchangedDocumentContext", "GuidelineSpecifiedDocumentContextParameter", "ID");
        XmlElement document = required(root, "ExchangedDocument");
        XmlElement transaction = required(root, "SupplyChainTradeTransaction");
        XmlElement agreement = required(transaction, "ApplicableHeaderTradeAgreement");
        XmlElement settlement = required(transaction, "ApplicableHeaderTradeSettlement");
        Optional<XmlElement> delivery = transaction.child("ApplicableHeaderTradeDelivery");

        Header.currencies(d, values, settlement.child("InvoiceCurrencyCode"), settlement.child("TaxCurrencyCode"));
        Header.type(d, document.child("TypeCode"));
        d.number = document.textAt("ID");
        d.issueDate = document.path("IssueDateTime", "DateTimeString").map(values::ciiDate);
        for (XmlElement note : document.children("IncludedNote")) {
            note.textAt("Content")
                    .ifPresent(text -> d.invoiceNotes.add(new InvoiceNote(note.textAt("SubjectCode"), text)));
        }

        d.buyerReference = agreement.textAt("BuyerReference");
        d.purchaseOrderReference = agreement.textAt("BuyerOrderReferencedDocument", "IssuerAssignedID");
        Optional<XmlElement> seller = agreement.child("SellerTradeParty");
        Optional<XmlElement> buyer = agreement.child("BuyerTradeParty");
        if (seller.isEmpty()) {
            d.refuse("BR-06", "seller", "the seller (SellerTradeParty) is missing");
        }
        if (buyer.isEmpty()) {
            d.refuse("BR-07", "buyer", "the buyer (BuyerTradeParty) is missing");
        }
        seller.flatMap(p -> Parts.party(d, "seller", "BR-06", party(p))).ifPresent(p -> d.seller = p);
        buyer.flatMap(p -> Parts.party(d, "buyer", "BR-07", party(p))).ifPresent(p -> d.buyer = p);
        settlement.child("PayeeTradeParty").ifPresent(p -> d.payee = Parts.party(d, "payee", "BR-17", party(p)));

        delivery.ifPresent(del -> {
            d.deliveryDate = del.path("ActualDeliverySupplyChainEvent", "OccurrenceDateTime", "DateTimeString")
                    .map(values::ciiDate);
            d.deliverTo = del.path("ShipToTradeParty", "PostalTradeAddress")
                    .flatMap(a -> Parts.address(d, "deliverTo", address(a)));
        });

        settlement(settlement);
        List<XmlElement> items = transaction.children("IncludedSupplyChainTradeLineItem");
        for (int i = 0; i < items.size(); i++) {
            d.lines.add(line(items.get(i), "lines[" + i + "]"));
        }
    }

    private void settlement(XmlElement settlement) {
        List<Parts.PaymentText> means = new ArrayList<>();
        Optional<String> remittance = settlement.textAt("PaymentReference");
        Optional<String> creditorId = settlement.textAt("CreditorReferenceID");
        Optional<String> mandate = settlement.textAt("SpecifiedTradePaymentTerms", "DirectDebitMandateID");
        for (XmlElement m : settlement.children("SpecifiedTradeSettlementPaymentMeans")) {
            Parts.PaymentText p = new Parts.PaymentText();
            p.code = m.textAt("TypeCode");
            p.remittance = remittance;
            p.account = m.textAt("PayeePartyCreditorFinancialAccount", "IBANID")
                    .or(() -> m.textAt("PayeePartyCreditorFinancialAccount", "ProprietaryID"));
            p.accountName = m.textAt("PayeePartyCreditorFinancialAccount", "AccountName");
            p.bic = m.textAt("PayeeSpecifiedCreditorFinancialInstitution", "BICID");
            p.debitedAccount = m.textAt("PayerPartyDebtorFinancialAccount", "IBANID");
            p.mandate = mandate;
            p.creditorId = creditorId;
            means.add(p);
        }
        d.paymentInstructions = Parts.payment(d, means);

        List<XmlElement> terms = settlement.children("SpecifiedTradePaymentTerms");
        for (XmlElement t : terms) {
            t.textAt("Description").ifPresent(text -> d.paymentTerms = Optional.of(text));
            t.path("DueDateDateTime", "DateTimeString")
                    .map(values::ciiDate)
                    .ifPresent(date -> d.dueDate = Optional.of(date));
        }

        for (XmlElement tax : settlement.children("ApplicableTradeTax")) {
            d.statedVat.add(new StatedVatGroup(
                    tax.textAt("CategoryCode").orElse(""),
                    tax.child("RateApplicablePercent").map(values::decimal),
                    tax.child("BasisAmount").map(values::decimal).map(d::money),
                    tax.child("CalculatedAmount").map(values::decimal).map(d::money),
                    tax.textAt("ExemptionReason"),
                    tax.textAt("ExemptionReasonCode")));
        }
        d.period = Parts.period(
                d,
                "invoicingPeriod",
                settlement
                        .path("BillingSpecifiedPeriod", "StartDateTime", "DateTimeString")
                        .map(values::ciiDate),
                settlement
                        .path("BillingSpecifiedPeriod", "EndDateTime", "DateTimeString")
                        .map(values::ciiDate));

        List<XmlElement> acs = settlement.children("SpecifiedTradeAllowanceCharge");
        for (int i = 0; i < acs.size(); i++) {
            Parts.allowanceCharge(d, "allowancesCharges[" + i + "]", allowanceCharge(acs.get(i)), true)
                    .ifPresent(d.allowancesCharges::add);
        }

        for (XmlElement ref : settlement.children("InvoiceReferencedDocument")) {
            Optional<String> number = ref.textAt("IssuerAssignedID");
            Optional<LocalDate> date =
                    ref.path("FormattedIssueDateTime", "DateTimeString").map(values::ciiDate);
            number.flatMap(n -> d.optional("BT-25", "precedingInvoices", () -> new InvoiceReference(n, date)))
                    .ifPresent(d.precedingInvoices::add);
        }

        settlement.child("SpecifiedTradeSettlementHeaderMonetarySummation").ifPresent(this::summation);
    }

    private void summation(XmlElement sums) {
        stated(sums, "LineTotalAmount", "BT-106");
        stated(sums, "ChargeTotalAmount", "BT-108");
        stated(sums, "AllowanceTotalAmount", "BT-107");
        stated(sums, "TaxBasisTotalAmount", "BT-109");
        stated(sums, "RoundingAmount", "BT-114");
        stated(sums, "GrandTotalAmount", "BT-112");
        stated(sums, "TotalPrepaidAmount", "BT-113");
        stated(sums, "DuePayableAmount", "BT-115");
        // BT-110 and BT-111 share the element name: only the currency tells them apart (never the order).
        for (XmlElement tax : sums.children("TaxTotalAmount")) {
            Header.taxTotal(d, values, tax);
        }
    }

    private void stated(XmlElement parent, String name, String businessTerm) {
        List<XmlElement> found = parent.children(name);
        if (!found.isEmpty()) {
            d.stated.put(businessTerm, values.decimal(found.get(0)));
        }
    }

    private LineDraft line(XmlElement item, String path) {
        LineDraft line = new LineDraft(path);
        line.id = item.textAt("AssociatedDocumentLineDocument", "LineID").orElse(null);
        if (line.id == null) {
            d.refuse("BR-21", path + ".id", "the line identifier is missing");
        }
        item.path("AssociatedDocumentLineDocument", "IncludedNote")
                .flatMap(n -> n.textAt("Content"))
                .ifPresent(n -> line.note = Optional.of(n));
        Optional<XmlElement> product = item.child("SpecifiedTradeProduct");
        line.itemName = product.flatMap(p -> p.textAt("Name")).orElse(null);
        if (line.itemName == null) {
            d.refuse("BR-25", path + ".itemName", "the item name is missing");
        }
        line.description = product.flatMap(p -> p.textAt("Description"));
        line.sellerItemId = product.flatMap(p -> p.textAt("SellerAssignedID"));

        Optional<XmlElement> agreement = item.child("SpecifiedLineTradeAgreement");
        line.orderLineReference = agreement.flatMap(a -> a.textAt("BuyerOrderReferencedDocument", "LineID"));
        Optional<XmlElement> net = agreement.flatMap(a -> a.child("NetPriceProductTradePrice"));
        Optional<XmlElement> gross = agreement.flatMap(a -> a.child("GrossPriceProductTradePrice"));
        Optional<BigDecimal> netBase =
                net.flatMap(n -> n.child("BasisQuantity")).map(values::decimal);
        Optional<BigDecimal> grossBase =
                gross.flatMap(n -> n.child("BasisQuantity")).map(values::decimal);
        if (grossBase.isPresent() && grossBase.get().compareTo(netBase.orElse(BigDecimal.ONE)) != 0) {
            d.note(
                    "BT-149",
                    path + ".price.baseQuantity",
                    "the gross price is for " + grossBase.get().toPlainString() + " units and the net price for "
                            + netBase.orElse(BigDecimal.ONE).toPlainString()
                            + "; the model has one base quantity, the net price's is kept");
        }
        Optional<BigDecimal> discount = gross.flatMap(g -> g.child("AppliedTradeAllowanceCharge"))
                .flatMap(ac -> ac.child("ActualAmount"))
                .map(values::decimal);
        Parts.price(
                        d,
                        path + ".price",
                        net.flatMap(n -> n.child("ChargeAmount")).map(values::decimal),
                        gross.flatMap(g -> g.child("ChargeAmount")).map(values::decimal),
                        discount,
                        netBase)
                .ifPresent(p -> line.price = p);

        Optional<XmlElement> quantity = item.path("SpecifiedLineTradeDelivery", "BilledQuantity");
        if (quantity.isEmpty()) {
            d.refuse("BR-22", path + ".quantity", "the invoiced quantity is missing");
        } else {
            line.quantity = values.decimal(quantity.get());
            quantity.get()
                    .attribute("unitCode")
                    .flatMap(u -> d.optional("BT-130", path + ".unit", () -> UnitCode.of(u)))
                    .ifPresent(u -> line.unit = u);
        }

        Optional<XmlElement> settlement = item.child("SpecifiedLineTradeSettlement");
        Optional<XmlElement> tax = settlement.flatMap(s -> s.child("ApplicableTradeTax"));
        Parts.vatRate(
                        d,
                        path + ".vatRate",
                        tax.flatMap(t -> t.textAt("CategoryCode")),
                        tax.flatMap(t -> t.child("RateApplicablePercent")).map(values::decimal))
                .ifPresent(r -> line.vatRate = r);
        line.period = Parts.period(
                d,
                path + ".period",
                settlement
                        .flatMap(s -> s.path("BillingSpecifiedPeriod", "StartDateTime", "DateTimeString"))
                        .map(values::ciiDate),
                settlement
                        .flatMap(s -> s.path("BillingSpecifiedPeriod", "EndDateTime", "DateTimeString"))
                        .map(values::ciiDate));
        List<XmlElement> acs =
                settlement.map(s -> s.children("SpecifiedTradeAllowanceCharge")).orElse(List.of());
        for (int j = 0; j < acs.size(); j++) {
            Parts.allowanceCharge(d, path + ".allowancesCharges[" + j + "]", allowanceCharge(acs.get(j)), false)
                    .ifPresent(line.allowancesCharges::add);
        }
        line.statedNetAmount = settlement
                .flatMap(s -> s.path("SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"))
                .map(values::decimal)
                .map(d::money);
        return line;
    }

    private Parts.AllowanceChargeText allowanceCharge(XmlElement ac) {
        Parts.AllowanceChargeText t = new Parts.AllowanceChargeText();
        t.charge = ac.path("ChargeIndicator", "Indicator").map(this::indicator).orElse(false);
        t.amount = ac.child("ActualAmount").map(values::decimal);
        t.baseAmount = ac.child("BasisAmount").map(values::decimal);
        t.percentage = ac.child("CalculationPercent").map(values::decimal);
        t.reasonCode = ac.textAt("ReasonCode");
        t.reason = ac.textAt("Reason");
        t.categoryCode = ac.textAt("CategoryTradeTax", "CategoryCode");
        t.rate = ac.path("CategoryTradeTax", "RateApplicablePercent").map(values::decimal);
        return t;
    }

    private boolean indicator(XmlElement element) {
        return Header.bool(values, element);
    }

    private PartyText party(XmlElement p) {
        PartyText t = new PartyText();
        t.name = p.textAt("Name");
        for (XmlElement id : p.children("ID")) {
            if (!id.text().isEmpty()) {
                t.identifiers.add(new PartyText.Id(id.text(), id.attribute("schemeID")));
            }
        }
        for (XmlElement id : p.children("GlobalID")) {
            if (!id.text().isEmpty()) {
                t.identifiers.add(new PartyText.Id(id.text(), id.attribute("schemeID")));
            }
        }
        t.legalInformation = p.textAt("Description");
        p.child("SpecifiedLegalOrganization").ifPresent(org -> {
            org.child("ID")
                    .filter(id -> !id.text().isEmpty())
                    .ifPresent(id ->
                            t.legalRegistration = Optional.of(new PartyText.Id(id.text(), id.attribute("schemeID"))));
            t.tradingName = org.textAt("TradingBusinessName");
        });
        p.child("DefinedTradeContact").ifPresent(c -> {
            t.contactName = c.textAt("PersonName").or(() -> c.textAt("DepartmentName"));
            t.phone = c.textAt("TelephoneUniversalCommunication", "CompleteNumber");
            t.email = c.textAt("EmailURIUniversalCommunication", "URIID");
        });
        t.address = p.child("PostalTradeAddress").map(this::address);
        p.child("URIUniversalCommunication")
                .flatMap(u -> u.child("URIID"))
                .filter(u -> !u.text().isEmpty())
                .ifPresent(u -> t.electronicAddress = Optional.of(new PartyText.Id(u.text(), u.attribute("schemeID"))));
        for (XmlElement reg : p.children("SpecifiedTaxRegistration")) {
            reg.child("ID").filter(id -> !id.text().isEmpty()).ifPresent(id -> {
                String scheme = id.attribute("schemeID").orElse("");
                if (scheme.equals("VA")) {
                    t.vatNumber = Optional.of(id.text());
                } else {
                    t.taxRegistration = Optional.of(id.text());
                }
            });
        }
        return t;
    }

    private AddressText address(XmlElement a) {
        AddressText t = new AddressText();
        a.textAt("LineOne").ifPresent(t.lines::add);
        a.textAt("LineTwo").ifPresent(t.lines::add);
        a.textAt("LineThree").ifPresent(t.lines::add);
        t.postCode = a.textAt("PostcodeCode");
        t.city = a.textAt("CityName");
        t.subdivision = a.textAt("CountrySubDivisionName");
        t.countryCode = a.textAt("CountryID");
        return t;
    }

    private XmlElement required(XmlElement parent, String name) {
        return parent.child(name)
                .orElseThrow(() -> values.refused(
                        parent, "<" + parent.qualifiedName() + "> has no " + name + ": not a complete CII invoice"));
    }
}
