package org.echeance.einvoice.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Contact;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.internal.XmlOut.Ns;

/**
 * Writes an invoice as an OASIS UBL 2.1 {@code Invoice}, or a credit note as a UBL 2.1 {@code CreditNote}, in the
 * element order of the UBL 2.1 schemas and with the prefixes of the official examples (default namespace for the
 * root, {@code cac} and {@code cbc}).
 *
 * <p>Every amount carries {@code currencyID}. The VAT total is written twice when the VAT accounting currency
 * differs from the invoice currency: one {@code TaxTotal} with the breakdown in the invoice currency (BT-110), one
 * with only the amount in the accounting currency (BT-111).
 */
public final class UblDocument {
    /** The root namespace of an invoice. */
    public static final Ns INVOICE = new Ns("", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
    /** The root namespace of a credit note. */
    public static final Ns CREDIT_NOTE = new Ns("", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
    /** The aggregate components namespace. */
    public static final Ns CAC =
            new Ns("cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
    /** The basic components namespace. */
    public static final Ns CBC = new Ns("cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

    /** The tax scheme written for a seller tax registration other than VAT (BT-32). */
    public static final String OTHER_TAX_SCHEME = "FC";

    private final Invoice invoice;
    private final Profile profile;
    private final InvoiceTotals totals;
    private final XmlOut xml;
    private final boolean creditNote;
    private final String currency;

    private UblDocument(Invoice invoice, Profile profile, XmlOut xml) {
        this.invoice = invoice;
        this.profile = profile;
        this.totals = invoice.totals();
        this.xml = xml;
        this.creditNote = invoice.documentType().isCreditNote();
        this.currency = invoice.currency().getCurrencyCode();
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
        new UblDocument(invoice, profile, xml).document();
        xml.finish();
    }

    private void document() {
        Ns root = creditNote ? CREDIT_NOTE : INVOICE;
        xml.root(root, creditNote ? "CreditNote" : "Invoice", root, CAC, CBC);
        xml.leaf(CBC, "CustomizationID", profile.specificationId());
        profile.businessProcess().ifPresent(bp -> xml.leaf(CBC, "ProfileID", bp));
        xml.leaf(CBC, "ID", invoice.number().orElseThrow());
        xml.leaf(CBC, "IssueDate", Formats.ublDate(invoice.issueDate().orElseThrow()));
        if (!creditNote) {
            invoice.dueDate().ifPresent(d -> xml.leaf(CBC, "DueDate", Formats.ublDate(d)));
        }
        xml.leaf(
                CBC,
                creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode",
                invoice.documentType().code());
        for (InvoiceNote note : invoice.notes()) {
            xml.leaf(CBC, "Note", note.subjectCode().map(c -> "#" + c + "#").orElse("") + note.text());
        }
        xml.leaf(CBC, "DocumentCurrencyCode", currency);
        invoice.taxExchangeRate()
                .ifPresent(rate ->
                        xml.leaf(CBC, "TaxCurrencyCode", rate.taxCurrency().getCurrencyCode()));
        invoice.buyerReference().ifPresent(ref -> xml.leaf(CBC, "BuyerReference", ref));
        invoice.invoicingPeriod().ifPresent(this::period);
        invoice.purchaseOrderReference().ifPresent(ref -> {
            xml.start(CAC, "OrderReference");
            xml.leaf(CBC, "ID", ref);
            xml.end();
        });
        for (InvoiceReference ref : invoice.precedingInvoices()) {
            xml.start(CAC, "BillingReference");
            xml.start(CAC, "InvoiceDocumentReference");
            xml.leaf(CBC, "ID", ref.number());
            ref.issueDate().ifPresent(d -> xml.leaf(CBC, "IssueDate", Formats.ublDate(d)));
            xml.end();
            xml.end();
        }
        Optional<String> creditorId = invoice.paymentInstructions().flatMap(PaymentInstructions::creditorId);
        xml.start(CAC, "AccountingSupplierParty");
        party(invoice.seller(), true, invoice.payee().isEmpty() ? creditorId : Optional.empty());
        xml.end();
        xml.start(CAC, "AccountingCustomerParty");
        party(invoice.buyer(), false, Optional.empty());
        xml.end();
        invoice.payee().ifPresent(payee -> payee(payee, creditorId));
        delivery();
        invoice.paymentInstructions().ifPresent(this::paymentMeans);
        invoice.paymentTerms().ifPresent(text -> {
            xml.start(CAC, "PaymentTerms");
            xml.leaf(CBC, "Note", text);
            xml.end();
        });
        List<AllowanceCharge> acs = invoice.allowancesCharges();
        boolean net = invoice.priceEntry() == PriceEntry.NET;
        for (int j = 0; j < acs.size(); j++) {
            AllowanceCharge ac = acs.get(j);
            allowanceCharge(
                    ac,
                    totals.allowanceChargeNetAmounts().get(j).abs(),
                    net,
                    ac.vatRate().orElseThrow());
        }
        taxTotals();
        monetaryTotal();
        for (int i = 0; i < invoice.lines().size(); i++) {
            line(invoice.lines().get(i), totals.lines().get(i));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Parties
    // ------------------------------------------------------------------------------------------------------------

    private void party(Party party, boolean seller, Optional<String> creditorId) {
        xml.start(CAC, "Party");
        party.electronicAddress().ifPresent(e -> xml.leaf(CBC, "EndpointID", e.value(), "schemeID", e.schemeId()));
        for (PartyIdentifier id : party.identifiers()) {
            xml.start(CAC, "PartyIdentification");
            idLeaf("ID", id);
            xml.end();
        }
        creditorId.ifPresent(id -> {
            xml.start(CAC, "PartyIdentification");
            xml.leaf(CBC, "ID", id, "schemeID", "SEPA");
            xml.end();
        });
        party.tradingName().ifPresent(name -> {
            xml.start(CAC, "PartyName");
            xml.leaf(CBC, "Name", name);
            xml.end();
        });
        party.address().ifPresent(a -> address("PostalAddress", a));
        party.vatNumber().ifPresent(vat -> taxScheme(vat.toString(), "VAT"));
        if (seller) {
            party.taxRegistration().ifPresent(id -> taxScheme(id, OTHER_TAX_SCHEME));
        }
        xml.start(CAC, "PartyLegalEntity");
        xml.leaf(CBC, "RegistrationName", party.legalName());
        party.legalRegistration().ifPresent(id -> idLeaf("CompanyID", id));
        if (seller) {
            party.legalInformation().ifPresent(info -> xml.leaf(CBC, "CompanyLegalForm", info));
        }
        xml.end();
        if (ProfileCheck.hasEn16931Contact(party)) {
            contact(party.contact().orElseThrow());
        }
        xml.end();
    }

    private void payee(Party payee, Optional<String> creditorId) {
        xml.start(CAC, "PayeeParty");
        for (PartyIdentifier id : payee.identifiers()) {
            xml.start(CAC, "PartyIdentification");
            idLeaf("ID", id);
            xml.end();
        }
        creditorId.ifPresent(id -> {
            xml.start(CAC, "PartyIdentification");
            xml.leaf(CBC, "ID", id, "schemeID", "SEPA");
            xml.end();
        });
        xml.start(CAC, "PartyName");
        xml.leaf(CBC, "Name", payee.legalName());
        xml.end();
        payee.legalRegistration().ifPresent(id -> {
            xml.start(CAC, "PartyLegalEntity");
            idLeaf("CompanyID", id);
            xml.end();
        });
        xml.end();
    }

    private void idLeaf(String element, PartyIdentifier id) {
        if (id.schemeId().isPresent()) {
            xml.leaf(CBC, element, id.value(), "schemeID", id.schemeId().get());
        } else {
            xml.leaf(CBC, element, id.value());
        }
    }

    private void taxScheme(String companyId, String scheme) {
        xml.start(CAC, "PartyTaxScheme");
        xml.leaf(CBC, "CompanyID", companyId);
        xml.start(CAC, "TaxScheme");
        xml.leaf(CBC, "ID", scheme);
        xml.end();
        xml.end();
    }

    private void contact(Contact contact) {
        xml.start(CAC, "Contact");
        contact.name().ifPresent(name -> xml.leaf(CBC, "Name", name));
        contact.phone().ifPresent(phone -> xml.leaf(CBC, "Telephone", phone.toString()));
        contact.email().ifPresent(email -> xml.leaf(CBC, "ElectronicMail", email.toString()));
        xml.end();
    }

    /** Writes an address: BT-35 street name, BT-36 additional street name, BT-162 address line, city, zone. */
    private void address(String element, PostalAddress address) {
        xml.start(CAC, element);
        List<String> lines = address.lines();
        if (!lines.isEmpty()) {
            xml.leaf(CBC, "StreetName", lines.get(0));
        }
        if (lines.size() > 1) {
            xml.leaf(CBC, "AdditionalStreetName", lines.get(1));
        }
        address.city().ifPresent(city -> xml.leaf(CBC, "CityName", city));
        address.postCode().ifPresent(pc -> xml.leaf(CBC, "PostalZone", pc));
        address.subdivision().ifPresent(s -> xml.leaf(CBC, "CountrySubentity", s));
        if (lines.size() > 2) {
            xml.start(CAC, "AddressLine");
            xml.leaf(CBC, "Line", lines.get(2));
            xml.end();
        }
        xml.start(CAC, "Country");
        xml.leaf(CBC, "IdentificationCode", address.countryCode());
        xml.end();
        xml.end();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Delivery, payment, allowances and charges, totals
    // ------------------------------------------------------------------------------------------------------------

    private void delivery() {
        if (invoice.deliveryDate().isEmpty() && invoice.deliverTo().isEmpty()) {
            return;
        }
        xml.start(CAC, "Delivery");
        invoice.deliveryDate().ifPresent(d -> xml.leaf(CBC, "ActualDeliveryDate", Formats.ublDate(d)));
        invoice.deliverTo().ifPresent(a -> {
            xml.start(CAC, "DeliveryLocation");
            address("Address", a);
            xml.end();
        });
        xml.end();
    }

    private void paymentMeans(PaymentInstructions p) {
        xml.start(CAC, "PaymentMeans");
        xml.leaf(CBC, "PaymentMeansCode", p.means().code());
        if (creditNote) {
            invoice.dueDate().ifPresent(d -> xml.leaf(CBC, "PaymentDueDate", Formats.ublDate(d)));
        }
        p.remittanceInformation().ifPresent(ref -> xml.leaf(CBC, "PaymentID", ref));
        if (p.account().isPresent()) {
            xml.start(CAC, "PayeeFinancialAccount");
            xml.leaf(CBC, "ID", p.account().get().toString());
            p.accountName().ifPresent(name -> xml.leaf(CBC, "Name", name));
            p.bic().ifPresent(bic -> {
                xml.start(CAC, "FinancialInstitutionBranch");
                xml.leaf(CBC, "ID", bic.toString());
                xml.end();
            });
            xml.end();
        }
        if (p.mandateReference().isPresent() || p.debitedAccount().isPresent()) {
            xml.start(CAC, "PaymentMandate");
            p.mandateReference().ifPresent(id -> xml.leaf(CBC, "ID", id));
            p.debitedAccount().ifPresent(iban -> {
                xml.start(CAC, "PayerFinancialAccount");
                xml.leaf(CBC, "ID", iban.toString());
                xml.end();
            });
            xml.end();
        }
        xml.end();
    }

    private void allowanceCharge(AllowanceCharge ac, MonetaryAmount amount, boolean asEntered, VatRate rate) {
        xml.start(CAC, "AllowanceCharge");
        xml.leaf(CBC, "ChargeIndicator", Boolean.toString(ac.isCharge()));
        ac.reasonCode().ifPresent(code -> xml.leaf(CBC, "AllowanceChargeReasonCode", code));
        ac.reason().ifPresent(reason -> xml.leaf(CBC, "AllowanceChargeReason", reason));
        if (asEntered) {
            ac.percentage().ifPresent(p -> xml.leaf(CBC, "MultiplierFactorNumeric", Formats.percent(p)));
        }
        amount("Amount", amount);
        if (asEntered) {
            ac.baseAmount().ifPresent(b -> amount("BaseAmount", b));
        }
        if (rate != null) {
            xml.start(CAC, "TaxCategory");
            category(rate);
            xml.end();
        }
        xml.end();
    }

    private void taxTotals() {
        xml.start(CAC, "TaxTotal");
        amount("TaxAmount", totals.vatTotal());
        for (VatBreakdown group : totals.vatBreakdown()) {
            xml.start(CAC, "TaxSubtotal");
            amount("TaxableAmount", group.taxableAmount());
            amount("TaxAmount", group.vatAmount());
            xml.start(CAC, "TaxCategory");
            VatRate rate = group.vatRate();
            xml.leaf(CBC, "ID", rate.category().code());
            if (rate.category() != VatCategory.OUTSIDE_SCOPE) {
                xml.leaf(CBC, "Percent", Formats.percent(rate.percent()));
            }
            group.exemptionReasonCode().ifPresent(c -> xml.leaf(CBC, "TaxExemptionReasonCode", c));
            group.exemptionReason().ifPresent(r -> xml.leaf(CBC, "TaxExemptionReason", r));
            vatScheme();
            xml.end();
            xml.end();
        }
        xml.end();
        totals.vatTotalInTaxCurrency().ifPresent(tc -> {
            xml.start(CAC, "TaxTotal");
            xml.leaf(
                    CBC,
                    "TaxAmount",
                    Formats.amount(tc),
                    "currencyID",
                    tc.getCurrency().getCurrencyCode());
            xml.end();
        });
    }

    private void monetaryTotal() {
        xml.start(CAC, "LegalMonetaryTotal");
        amount("LineExtensionAmount", totals.sumOfLineNetAmounts());
        amount("TaxExclusiveAmount", totals.taxExclusiveAmount());
        amount("TaxInclusiveAmount", totals.taxInclusiveAmount());
        if (invoice.allowancesCharges().stream().anyMatch(ac -> !ac.isCharge())) {
            amount("AllowanceTotalAmount", totals.allowanceTotal());
        }
        if (invoice.allowancesCharges().stream().anyMatch(AllowanceCharge::isCharge)) {
            amount("ChargeTotalAmount", totals.chargeTotal());
        }
        if (totals.prepaidAmount().signum() != 0) {
            amount("PrepaidAmount", totals.prepaidAmount());
        }
        if (totals.roundingAmount().signum() != 0) {
            amount("PayableRoundingAmount", totals.roundingAmount());
        }
        amount("PayableAmount", totals.amountDue());
        xml.end();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Lines
    // ------------------------------------------------------------------------------------------------------------

    private void line(InvoiceLine line, LineAmounts amounts) {
        xml.start(CAC, creditNote ? "CreditNoteLine" : "InvoiceLine");
        xml.leaf(CBC, "ID", line.id());
        line.note().ifPresent(note -> xml.leaf(CBC, "Note", note));
        String unit = line.unit().code();
        xml.leaf(
                CBC,
                creditNote ? "CreditedQuantity" : "InvoicedQuantity",
                Formats.quantity(line.quantity()),
                "unitCode",
                unit);
        amount("LineExtensionAmount", amounts.netAmount());
        line.period().ifPresent(this::period);
        line.orderLineReference().ifPresent(ref -> {
            xml.start(CAC, "OrderLineReference");
            xml.leaf(CBC, "LineID", ref);
            xml.end();
        });
        for (AllowanceCharge ac : line.allowancesCharges()) {
            allowanceCharge(ac, LineAllowances.amount(invoice, line, ac), LineAllowances.isNet(invoice), null);
        }
        xml.start(CAC, "Item");
        line.description().ifPresent(d -> xml.leaf(CBC, "Description", d));
        xml.leaf(CBC, "Name", line.itemName());
        line.sellerItemId().ifPresent(id -> {
            xml.start(CAC, "SellersItemIdentification");
            xml.leaf(CBC, "ID", id);
            xml.end();
        });
        xml.start(CAC, "ClassifiedTaxCategory");
        category(line.vatRate());
        xml.end();
        xml.end();

        xml.start(CAC, "Price");
        xml.leaf(CBC, "PriceAmount", Formats.price(amounts.netPrice()), "currencyID", currency);
        Optional<BigDecimal> base = line.price().baseQuantity();
        base.ifPresent(q -> xml.leaf(CBC, "BaseQuantity", Formats.quantity(q), "unitCode", unit));
        if (invoice.priceEntry() == PriceEntry.NET && line.price().grossPrice().isPresent()) {
            xml.start(CAC, "AllowanceCharge");
            xml.leaf(CBC, "ChargeIndicator", "false");
            MonetaryAmount discount = line.price().discount().orElse(Amounts.zero(invoice.currency()));
            xml.leaf(CBC, "Amount", Formats.price(discount), "currencyID", currency);
            xml.leaf(CBC, "BaseAmount", Formats.price(line.price().grossPrice().get()), "currencyID", currency);
            xml.end();
        }
        xml.end();
        xml.end();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Shared pieces
    // ------------------------------------------------------------------------------------------------------------

    private void category(VatRate rate) {
        xml.leaf(CBC, "ID", rate.category().code());
        if (rate.category() != VatCategory.OUTSIDE_SCOPE) {
            xml.leaf(CBC, "Percent", Formats.percent(rate.percent()));
        }
        vatScheme();
    }

    private void vatScheme() {
        xml.start(CAC, "TaxScheme");
        xml.leaf(CBC, "ID", "VAT");
        xml.end();
    }

    private void period(InvoicePeriod period) {
        xml.start(CAC, "InvoicePeriod");
        period.startDate().ifPresent(d -> date("StartDate", d));
        period.endDate().ifPresent(d -> date("EndDate", d));
        xml.end();
    }

    private void date(String element, LocalDate date) {
        xml.leaf(CBC, element, Formats.ublDate(date));
    }

    private void amount(String element, MonetaryAmount amount) {
        xml.leaf(
                CBC,
                element,
                Formats.amount(amount),
                "currencyID",
                amount.getCurrency().getCurrencyCode());
    }
}
