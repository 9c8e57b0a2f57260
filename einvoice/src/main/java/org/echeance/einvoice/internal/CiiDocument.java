package org.echeance.einvoice.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.LineAmounts;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Contact;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.internal.XmlOut.Ns;

/**
 * Writes an invoice as a UN/CEFACT Cross Industry Invoice D16B document, in the element order of the D16B schema
 * and with the prefixes of the official examples ({@code rsm}, {@code ram}, {@code qdt}, {@code udt}).
 *
 * <p>Only the VAT totals carry {@code currencyID} (CII-DT-031): BT-110 in the invoice currency and, when the VAT
 * accounting currency differs, BT-111 in that currency.
 */
public final class CiiDocument {
    /** The root namespace. */
    public static final Ns RSM = new Ns("rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
    /** The reusable aggregates namespace. */
    public static final Ns RAM =
            new Ns("ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");
    /** The qualified data types namespace. */
    public static final Ns QDT = new Ns("qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100");
    /** The unqualified data types namespace. */
    public static final Ns UDT = new Ns("udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");

    private final Invoice invoice;
    private final Profile profile;
    private final InvoiceTotals totals;
    private final XmlOut xml;

    private CiiDocument(Invoice invoice, Profile profile, XmlOut xml) {
        this.invoice = invoice;
        this.profile = profile;
        this.totals = invoice.totals();
        this.xml = xml;
    }

    /**
     * Writes an invoice already checked by {@link ProfileCheck}.
     *
     * @param invoice the issued invoice
     * @param profile the profile
     * @param out the stream, not closed
     */
    public static void write(Invoice invoice, Profile profile, OutputStream out) {
        XmlOut xml = XmlOut.open(out);
        new CiiDocument(invoice, profile, xml).document();
        xml.finish();
    }

    private void document() {
        xml.root(RSM, "CrossIndustryInvoice", RSM, QDT, RAM, UDT);
        xml.start(RSM, "ExchangedDocumentContext");
        profile.businessProcess().ifPresent(bp -> {
            xml.start(RAM, "BusinessProcessSpecifiedDocumentContextParameter");
            xml.leaf(RAM, "ID", bp);
            xml.end();
        });
        xml.start(RAM, "GuidelineSpecifiedDocumentContextParameter");
        xml.leaf(RAM, "ID", profile.specificationId());
        xml.end();
        xml.end();

        xml.start(RSM, "ExchangedDocument");
        xml.leaf(RAM, "ID", invoice.number().orElseThrow());
        xml.leaf(RAM, "TypeCode", invoice.documentType().code());
        dateTime("IssueDateTime", invoice.issueDate().orElseThrow());
        for (InvoiceNote note : invoice.notes()) {
            xml.start(RAM, "IncludedNote");
            xml.leaf(RAM, "Content", note.text());
            note.subjectCode().ifPresent(code -> xml.leaf(RAM, "SubjectCode", code));
            xml.end();
        }
        xml.end();

        xml.start(RSM, "SupplyChainTradeTransaction");
        if (profile.allows("BG-25")) {
            for (int i = 0; i < invoice.lines().size(); i++) {
                line(invoice.lines().get(i), totals.lines().get(i));
            }
        }
        agreement();
        delivery();
        settlement();
        xml.end();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Lines (BG-25)
    // ------------------------------------------------------------------------------------------------------------

    private void line(InvoiceLine line, LineAmounts amounts) {
        xml.start(RAM, "IncludedSupplyChainTradeLineItem");
        xml.start(RAM, "AssociatedDocumentLineDocument");
        xml.leaf(RAM, "LineID", line.id());
        line.note().ifPresent(note -> {
            xml.start(RAM, "IncludedNote");
            xml.leaf(RAM, "Content", note);
            xml.end();
        });
        xml.end();

        xml.start(RAM, "SpecifiedTradeProduct");
        line.sellerItemId().ifPresent(id -> xml.leaf(RAM, "SellerAssignedID", id));
        xml.leaf(RAM, "Name", line.itemName());
        line.description().ifPresent(d -> xml.leaf(RAM, "Description", d));
        xml.end();

        xml.start(RAM, "SpecifiedLineTradeAgreement");
        line.orderLineReference().ifPresent(ref -> {
            xml.start(RAM, "BuyerOrderReferencedDocument");
            xml.leaf(RAM, "LineID", ref);
            xml.end();
        });
        Optional<BigDecimal> base = line.price().baseQuantity();
        String unit = line.unit().code();
        boolean net = invoice.priceEntry() == PriceEntry.NET;
        if (net && line.price().grossPrice().isPresent()) {
            xml.start(RAM, "GrossPriceProductTradePrice");
            xml.leaf(
                    RAM, "ChargeAmount", Formats.price(line.price().grossPrice().get()));
            base.ifPresent(q -> xml.leaf(RAM, "BasisQuantity", Formats.quantity(q), "unitCode", unit));
            line.price().discount().ifPresent(discount -> {
                xml.start(RAM, "AppliedTradeAllowanceCharge");
                indicator(false);
                xml.leaf(RAM, "ActualAmount", Formats.price(discount));
                xml.end();
            });
            xml.end();
        }
        xml.start(RAM, "NetPriceProductTradePrice");
        xml.leaf(RAM, "ChargeAmount", Formats.price(amounts.netPrice()));
        base.ifPresent(q -> xml.leaf(RAM, "BasisQuantity", Formats.quantity(q), "unitCode", unit));
        xml.end();
        xml.end();

        xml.start(RAM, "SpecifiedLineTradeDelivery");
        xml.leaf(RAM, "BilledQuantity", Formats.quantity(line.quantity()), "unitCode", unit);
        xml.end();

        xml.start(RAM, "SpecifiedLineTradeSettlement");
        tax(line.vatRate());
        line.period().ifPresent(this::period);
        for (AllowanceCharge ac : line.allowancesCharges()) {
            allowanceCharge(ac, LineAllowances.amount(invoice, line, ac), LineAllowances.isNet(invoice), null);
        }
        xml.start(RAM, "SpecifiedTradeSettlementLineMonetarySummation");
        xml.leaf(RAM, "LineTotalAmount", Formats.amount(amounts.netAmount()));
        xml.end();
        xml.end();
        xml.end();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Header: agreement (parties, references), delivery, settlement
    // ------------------------------------------------------------------------------------------------------------

    private void agreement() {
        xml.start(RAM, "ApplicableHeaderTradeAgreement");
        invoice.buyerReference().ifPresent(ref -> xml.leaf(RAM, "BuyerReference", ref));
        party("SellerTradeParty", invoice.seller(), true);
        party("BuyerTradeParty", invoice.buyer(), false);
        invoice.purchaseOrderReference().ifPresent(ref -> {
            xml.start(RAM, "BuyerOrderReferencedDocument");
            xml.leaf(RAM, "IssuerAssignedID", ref);
            xml.end();
        });
        xml.end();
    }

    private void party(String element, Party party, boolean seller) {
        xml.start(RAM, element);
        identifiers(party.identifiers());
        xml.leaf(RAM, "Name", party.legalName());
        if (seller) {
            party.legalInformation().ifPresent(info -> xml.leaf(RAM, "Description", info));
        }
        if (party.legalRegistration().isPresent() || party.tradingName().isPresent()) {
            xml.start(RAM, "SpecifiedLegalOrganization");
            party.legalRegistration().ifPresent(id -> schemeLeaf("ID", id));
            party.tradingName().ifPresent(name -> xml.leaf(RAM, "TradingBusinessName", name));
            xml.end();
        }
        if (ProfileCheck.hasEn16931Contact(party)) {
            contact(party.contact().orElseThrow());
        }
        party.address().ifPresent(address -> {
            if (seller) {
                address(address, profile.allows("BT-35"));
            } else if (profile.allows("BG-8")) {
                address(address, true);
            }
        });
        party.electronicAddress().ifPresent(e -> {
            xml.start(RAM, "URIUniversalCommunication");
            xml.leaf(RAM, "URIID", e.value(), "schemeID", e.schemeId());
            xml.end();
        });
        party.vatNumber().ifPresent(vat -> taxRegistration(vat.toString(), "VA"));
        if (seller) {
            party.taxRegistration().ifPresent(id -> taxRegistration(id, "FC"));
        }
        xml.end();
    }

    private void identifiers(List<PartyIdentifier> identifiers) {
        for (PartyIdentifier id : identifiers) {
            if (id.schemeId().isEmpty()) {
                xml.leaf(RAM, "ID", id.value());
            }
        }
        for (PartyIdentifier id : identifiers) {
            if (id.schemeId().isPresent()) {
                xml.leaf(RAM, "GlobalID", id.value(), "schemeID", id.schemeId().get());
            }
        }
    }

    private void schemeLeaf(String element, PartyIdentifier id) {
        if (id.schemeId().isPresent()) {
            xml.leaf(RAM, element, id.value(), "schemeID", id.schemeId().get());
        } else {
            xml.leaf(RAM, element, id.value());
        }
    }

    private void contact(Contact contact) {
        xml.start(RAM, "DefinedTradeContact");
        contact.name().ifPresent(name -> xml.leaf(RAM, "PersonName", name));
        contact.phone().ifPresent(phone -> {
            xml.start(RAM, "TelephoneUniversalCommunication");
            xml.leaf(RAM, "CompleteNumber", phone.toString());
            xml.end();
        });
        contact.email().ifPresent(email -> {
            xml.start(RAM, "EmailURIUniversalCommunication");
            xml.leaf(RAM, "URIID", email.toString());
            xml.end();
        });
        xml.end();
    }

    private void address(PostalAddress address, boolean details) {
        xml.start(RAM, "PostalTradeAddress");
        if (details) {
            address.postCode().ifPresent(pc -> xml.leaf(RAM, "PostcodeCode", pc));
            String[] names = {"LineOne", "LineTwo", "LineThree"};
            for (int i = 0; i < address.lines().size(); i++) {
                xml.leaf(RAM, names[i], address.lines().get(i));
            }
            address.city().ifPresent(city -> xml.leaf(RAM, "CityName", city));
        }
        xml.leaf(RAM, "CountryID", address.countryCode());
        if (details) {
            address.subdivision().ifPresent(s -> xml.leaf(RAM, "CountrySubDivisionName", s));
        }
        xml.end();
    }

    private void taxRegistration(String id, String scheme) {
        xml.start(RAM, "SpecifiedTaxRegistration");
        xml.leaf(RAM, "ID", id, "schemeID", scheme);
        xml.end();
    }

    private void delivery() {
        xml.start(RAM, "ApplicableHeaderTradeDelivery");
        invoice.deliverTo().ifPresent(address -> {
            xml.start(RAM, "ShipToTradeParty");
            address(address, true);
            xml.end();
        });
        invoice.deliveryDate().ifPresent(date -> {
            xml.start(RAM, "ActualDeliverySupplyChainEvent");
            dateTime("OccurrenceDateTime", date);
            xml.end();
        });
        xml.end();
    }

    private void settlement() {
        xml.start(RAM, "ApplicableHeaderTradeSettlement");
        Optional<PaymentInstructions> payment = invoice.paymentInstructions();
        payment.flatMap(PaymentInstructions::creditorId).ifPresent(id -> xml.leaf(RAM, "CreditorReferenceID", id));
        payment.flatMap(PaymentInstructions::remittanceInformation)
                .ifPresent(ref -> xml.leaf(RAM, "PaymentReference", ref));
        invoice.taxExchangeRate()
                .ifPresent(rate ->
                        xml.leaf(RAM, "TaxCurrencyCode", rate.taxCurrency().getCurrencyCode()));
        xml.leaf(RAM, "InvoiceCurrencyCode", invoice.currency().getCurrencyCode());
        invoice.payee().ifPresent(this::payee);
        payment.ifPresent(this::paymentMeans);
        if (profile.allows("BG-23")) {
            for (VatBreakdown group : totals.vatBreakdown()) {
                breakdown(group);
            }
        }
        invoice.invoicingPeriod().ifPresent(this::period);
        if (profile.allows("BG-20")) {
            List<AllowanceCharge> acs = invoice.allowancesCharges();
            boolean net = invoice.priceEntry() == PriceEntry.NET;
            for (int j = 0; j < acs.size(); j++) {
                AllowanceCharge ac = acs.get(j);
                MonetaryAmount amount =
                        totals.allowanceChargeNetAmounts().get(j).abs();
                allowanceCharge(ac, amount, net, ac.vatRate().orElseThrow());
            }
        }
        paymentTerms();
        summation();
        for (InvoiceReference ref : invoice.precedingInvoices()) {
            xml.start(RAM, "InvoiceReferencedDocument");
            xml.leaf(RAM, "IssuerAssignedID", ref.number());
            ref.issueDate().ifPresent(date -> {
                xml.start(RAM, "FormattedIssueDateTime");
                xml.leaf(QDT, "DateTimeString", Formats.ciiDate(date), "format", "102");
                xml.end();
            });
            xml.end();
        }
        xml.end();
    }

    private void payee(Party payee) {
        xml.start(RAM, "PayeeTradeParty");
        identifiers(payee.identifiers());
        xml.leaf(RAM, "Name", payee.legalName());
        payee.legalRegistration().ifPresent(id -> {
            xml.start(RAM, "SpecifiedLegalOrganization");
            schemeLeaf("ID", id);
            xml.end();
        });
        xml.end();
    }

    private void paymentMeans(PaymentInstructions p) {
        xml.start(RAM, "SpecifiedTradeSettlementPaymentMeans");
        xml.leaf(RAM, "TypeCode", p.means().code());
        p.debitedAccount().ifPresent(iban -> {
            xml.start(RAM, "PayerPartyDebtorFinancialAccount");
            xml.leaf(RAM, "IBANID", iban.toString());
            xml.end();
        });
        if (p.account().isPresent() || p.accountName().isPresent()) {
            xml.start(RAM, "PayeePartyCreditorFinancialAccount");
            p.account().ifPresent(iban -> xml.leaf(RAM, "IBANID", iban.toString()));
            p.accountName().ifPresent(name -> xml.leaf(RAM, "AccountName", name));
            xml.end();
        }
        p.bic().ifPresent(bic -> {
            xml.start(RAM, "PayeeSpecifiedCreditorFinancialInstitution");
            xml.leaf(RAM, "BICID", bic.toString());
            xml.end();
        });
        xml.end();
    }

    private void breakdown(VatBreakdown group) {
        VatRate rate = group.vatRate();
        xml.start(RAM, "ApplicableTradeTax");
        xml.leaf(RAM, "CalculatedAmount", Formats.amount(group.vatAmount()));
        xml.leaf(RAM, "TypeCode", "VAT");
        group.exemptionReason().ifPresent(r -> xml.leaf(RAM, "ExemptionReason", r));
        xml.leaf(RAM, "BasisAmount", Formats.amount(group.taxableAmount()));
        xml.leaf(RAM, "CategoryCode", rate.category().code());
        group.exemptionReasonCode().ifPresent(c -> xml.leaf(RAM, "ExemptionReasonCode", c));
        if (rate.category() != VatCategory.OUTSIDE_SCOPE) {
            xml.leaf(RAM, "RateApplicablePercent", Formats.percent(rate.percent()));
        }
        xml.end();
    }

    private void paymentTerms() {
        Optional<String> mandate = invoice.paymentInstructions().flatMap(PaymentInstructions::mandateReference);
        if (invoice.paymentTerms().isEmpty() && invoice.dueDate().isEmpty() && mandate.isEmpty()) {
            return;
        }
        xml.start(RAM, "SpecifiedTradePaymentTerms");
        invoice.paymentTerms().ifPresent(text -> xml.leaf(RAM, "Description", text));
        invoice.dueDate().ifPresent(date -> dateTime("DueDateDateTime", date));
        mandate.ifPresent(id -> xml.leaf(RAM, "DirectDebitMandateID", id));
        xml.end();
    }

    private void summation() {
        xml.start(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation");
        if (profile.allows("BT-106")) {
            xml.leaf(RAM, "LineTotalAmount", Formats.amount(totals.sumOfLineNetAmounts()));
        }
        if (profile.allows("BT-108") && invoice.allowancesCharges().stream().anyMatch(AllowanceCharge::isCharge)) {
            xml.leaf(RAM, "ChargeTotalAmount", Formats.amount(totals.chargeTotal()));
        }
        if (profile.allows("BT-107") && invoice.allowancesCharges().stream().anyMatch(ac -> !ac.isCharge())) {
            xml.leaf(RAM, "AllowanceTotalAmount", Formats.amount(totals.allowanceTotal()));
        }
        xml.leaf(RAM, "TaxBasisTotalAmount", Formats.amount(totals.taxExclusiveAmount()));
        xml.leaf(
                RAM,
                "TaxTotalAmount",
                Formats.amount(totals.vatTotal()),
                "currencyID",
                invoice.currency().getCurrencyCode());
        totals.vatTotalInTaxCurrency()
                .ifPresent(tc -> xml.leaf(
                        RAM,
                        "TaxTotalAmount",
                        Formats.amount(tc),
                        "currencyID",
                        tc.getCurrency().getCurrencyCode()));
        if (profile.allows("BT-114") && totals.roundingAmount().signum() != 0) {
            xml.leaf(RAM, "RoundingAmount", Formats.amount(totals.roundingAmount()));
        }
        xml.leaf(RAM, "GrandTotalAmount", Formats.amount(totals.taxInclusiveAmount()));
        if (profile.allows("BT-113") && totals.prepaidAmount().signum() != 0) {
            xml.leaf(RAM, "TotalPrepaidAmount", Formats.amount(totals.prepaidAmount()));
        }
        xml.leaf(RAM, "DuePayableAmount", Formats.amount(totals.amountDue()));
        xml.end();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Shared pieces
    // ------------------------------------------------------------------------------------------------------------

    /** Writes an allowance or charge; a document-level one has its VAT category, a line-level one has none. */
    private void allowanceCharge(AllowanceCharge ac, MonetaryAmount amount, boolean asEntered, VatRate rate) {
        xml.start(RAM, "SpecifiedTradeAllowanceCharge");
        indicator(ac.isCharge());
        if (asEntered) {
            ac.percentage().ifPresent(p -> xml.leaf(RAM, "CalculationPercent", Formats.percent(p)));
            ac.baseAmount().ifPresent(b -> xml.leaf(RAM, "BasisAmount", Formats.amount(b)));
        }
        xml.leaf(RAM, "ActualAmount", Formats.amount(amount));
        ac.reasonCode().ifPresent(code -> xml.leaf(RAM, "ReasonCode", code));
        ac.reason().ifPresent(reason -> xml.leaf(RAM, "Reason", reason));
        if (rate != null) {
            xml.start(RAM, "CategoryTradeTax");
            xml.leaf(RAM, "TypeCode", "VAT");
            xml.leaf(RAM, "CategoryCode", rate.category().code());
            if (rate.category() != VatCategory.OUTSIDE_SCOPE) {
                xml.leaf(RAM, "RateApplicablePercent", Formats.percent(rate.percent()));
            }
            xml.end();
        }
        xml.end();
    }

    private void tax(VatRate rate) {
        xml.start(RAM, "ApplicableTradeTax");
        xml.leaf(RAM, "TypeCode", "VAT");
        xml.leaf(RAM, "CategoryCode", rate.category().code());
        if (rate.category() != VatCategory.OUTSIDE_SCOPE) {
            xml.leaf(RAM, "RateApplicablePercent", Formats.percent(rate.percent()));
        }
        xml.end();
    }

    private void period(InvoicePeriod period) {
        xml.start(RAM, "BillingSpecifiedPeriod");
        period.startDate().ifPresent(d -> dateTime("StartDateTime", d));
        period.endDate().ifPresent(d -> dateTime("EndDateTime", d));
        xml.end();
    }

    private void indicator(boolean value) {
        xml.start(RAM, "ChargeIndicator");
        xml.leaf(UDT, "Indicator", Boolean.toString(value));
        xml.end();
    }

    private void dateTime(String element, java.time.LocalDate date) {
        xml.start(RAM, element);
        xml.leaf(UDT, "DateTimeString", Formats.ciiDate(date), "format", "102");
        xml.end();
    }
}
