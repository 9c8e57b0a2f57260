package org.echeance.einvoice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;

/**
 * The Peppol BIS Billing 3.0 rules (OpenPeppol release 2026.5, BIS 3.0.21) that an invoice's data can break whatever
 * the writer does, checked before a UBL document is written with {@link Profile#PEPPOL_BIS_3}.
 *
 * <p>What the writer does right by construction is not checked here (R001, R004, R007 identifiers, R053/R054 one
 * tax total with subtotals, R051 currencies, R044/R046 price discounts, R130 units). The checks:
 *
 * <ul>
 *   <li>PEPPOL-EN16931-R020, R010: the seller and the buyer have an electronic address (BT-34, BT-49), with a scheme
 *       from Peppol's EAS list (PEPPOL-EN16931-CL008; {@code EM}, e-mail, is not in it);
 *   <li>PEPPOL-EN16931-R003: a buyer reference (BT-10) or a purchase order reference (BT-13);
 *   <li>PEPPOL-EN16931-R002: at most one note (BG-1), unless seller and buyer are both in Germany;
 *   <li>PEPPOL-EN16931-P0100, P0112: type code 384 (corrected invoice) only between German seller and buyer;
 *   <li>PEPPOL-EN16931-R061: a direct debit (means 49, 59) states its mandate reference (BT-89);
 *   <li>PEPPOL-EN16931-R041, R042: an allowance or charge written with a base amount also has a percentage and
 *       the other way round;
 *   <li>PEPPOL-EN16931-R110, R111: a line period lies within the invoicing period;
 *   <li>PEPPOL-EN16931-P0104 to P0111: a VATEX exemption reason code goes with its VAT category;
 *   <li>PEPPOL-COMMON-R040: an identifier or electronic address with scheme 0088 is a GLN with its check digit.
 * </ul>
 *
 * <p>The national rules of Peppol (DE, DK, GR, IS, IT, NL, NO, SE) and the format checks of other national
 * identifier schemes (PEPPOL-COMMON-R041 to R053) are not checked here; the tests run the official rules.
 */
public final class PeppolCheck {
    /**
     * The Electronic Address Scheme codes Peppol BIS 3 accepts for BT-34 and BT-49 (PEPPOL-EN16931-CL008), as in
     * the OpenPeppol 2026.5 rules.
     */
    public static final Set<String> ELECTRONIC_ADDRESS_SCHEMES = Set.of(
            "0002", "0007", "0009", "0060", "0088", "0096", "0097", "0106", "0130", "0135", "0142", "0151", "0183",
            "0184", "0188", "0190", "0191", "0192", "0195", "0196", "0198", "0199", "0200", "0201", "0204", "0208",
            "0209", "0210", "0211", "0216", "0218", "0221", "0225", "0230", "0235", "0240", "0242", "0244", "0245",
            "0246", "0248", "9910", "9913", "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925",
            "9926", "9927", "9928", "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937", "9938",
            "9939", "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948", "9949", "9950", "9951",
            "9952", "9953", "9957", "9959");

    private static final String GLN = "0088";
    private static final String PEPPOL = "Peppol BIS 3";

    private PeppolCheck() {}

    /** One Peppol rule the invoice would break: the business term, the rule and what is wrong and what to do. */
    record Violation(String term, String rule, String text) {
        @Override
        public String toString() {
            return text + " (" + rule + ")";
        }
    }

    /**
     * Checks an invoice against the Peppol BIS 3 rules its data can break.
     *
     * @param invoice the issued invoice
     * @throws ProfileViolationException naming the first rule broken (business term and rule id) and listing all
     */
    public static void check(Invoice invoice) {
        List<Violation> violations = violations(invoice);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            List<String> texts = violations.stream().map(Violation::toString).toList();
            throw new ProfileViolationException(
                    first.term(),
                    first.rule(),
                    Profile.PEPPOL_BIS_3,
                    "not written as " + PEPPOL + ": " + String.join("; ", texts));
        }
    }

    /** Returns every Peppol rule the invoice would break, in document order. */
    static List<Violation> violations(Invoice invoice) {
        List<Violation> v = new ArrayList<>();
        boolean german = isGerman(invoice.seller()) && isGerman(invoice.buyer());
        if (invoice.documentType() == DocumentType.CORRECTED_INVOICE && !german) {
            v.add(new Violation(
                    "BT-3",
                    "PEPPOL-EN16931-P0112",
                    "BT-3 (invoice type code) 384 (corrected invoice) is allowed only between a seller and a buyer in"
                            + " Germany: issue a credit note and a new invoice, or write it with profile EN_16931"));
        }
        if (invoice.notes().size() > 1 && !german) {
            v.add(new Violation(
                    "BG-1",
                    "PEPPOL-EN16931-R002",
                    "BG-1 (invoice note): " + invoice.notes().size() + " notes, at most one is allowed unless seller"
                            + " and buyer are in Germany; put the texts in one note, or the payment terms in BT-20"));
        }
        if (invoice.buyerReference().isEmpty()
                && invoice.purchaseOrderReference().isEmpty()) {
            v.add(new Violation(
                    "BT-10",
                    "PEPPOL-EN16931-R003",
                    "BT-10 (buyer reference) or BT-13 (purchase order reference) is required: set the reference the"
                            + " buyer gave"));
        }
        electronicAddress(v, invoice.seller(), "BT-34", "seller", "PEPPOL-EN16931-R020");
        electronicAddress(v, invoice.buyer(), "BT-49", "buyer", "PEPPOL-EN16931-R010");
        gln(v, invoice.seller(), "seller", "BT-29", "BT-30", "BT-34");
        gln(v, invoice.buyer(), "buyer", "BT-46", "BT-47", "BT-49");
        invoice.payee().ifPresent(p -> gln(v, p, "payee", "BT-60", "BT-61", null));
        invoice.paymentInstructions().ifPresent(p -> mandate(v, p));
        if (invoice.priceEntry() == PriceEntry.NET) {
            for (AllowanceCharge ac : invoice.allowancesCharges()) {
                basePercentage(v, ac, ac.isCharge() ? "BT-100" : "BT-93", ac.isCharge() ? "BT-101" : "BT-94", "");
            }
            for (InvoiceLine line : invoice.lines()) {
                for (AllowanceCharge ac : line.allowancesCharges()) {
                    basePercentage(
                            v,
                            ac,
                            ac.isCharge() ? "BT-142" : "BT-137",
                            ac.isCharge() ? "BT-143" : "BT-138",
                            " of line " + line.id());
                }
            }
        }
        invoice.invoicingPeriod().ifPresent(period -> linePeriods(v, invoice, period));
        for (VatBreakdown group : invoice.totals().vatBreakdown()) {
            group.exemptionReasonCode()
                    .ifPresent(code -> exemption(v, code, group.vatRate().category()));
        }
        return v;
    }

    private static boolean isGerman(Party party) {
        return party.address().map(a -> "DE".equals(a.countryCode())).orElse(false);
    }

    private static void electronicAddress(List<Violation> v, Party party, String term, String who, String rule) {
        Optional<ElectronicAddress> address = party.electronicAddress();
        if (address.isEmpty()) {
            v.add(new Violation(
                    term,
                    rule,
                    term + " (" + who + " electronic address) is required: add the " + who + "'s Peppol address"
                            + " with its scheme, such as 0225 (SIREN) or 0009 (SIRET)"));
        } else if (!ELECTRONIC_ADDRESS_SCHEMES.contains(address.get().schemeId())) {
            v.add(new Violation(
                    term + "-1",
                    "PEPPOL-EN16931-CL008",
                    term + "-1 (" + who + " electronic address scheme) \""
                            + address.get().schemeId()
                            + "\" is not a Peppol Electronic Address Scheme: use the scheme of the " + who
                            + "'s Peppol address, such as 0225 (SIREN) or 0009 (SIRET)"));
        }
    }

    private static void gln(
            List<Violation> v, Party party, String who, String identifierTerm, String legalTerm, String addressTerm) {
        for (PartyIdentifier id : party.identifiers()) {
            glnValue(v, identifierTerm, who + " identifier", id.schemeId(), id.value());
        }
        party.legalRegistration()
                .ifPresent(id -> glnValue(v, legalTerm, who + " legal registration", id.schemeId(), id.value()));
        if (addressTerm != null) {
            party.electronicAddress()
                    .ifPresent(e -> glnValue(
                            v, addressTerm, who + " electronic address", Optional.of(e.schemeId()), e.value()));
        }
    }

    private static void glnValue(List<Violation> v, String term, String name, Optional<String> scheme, String value) {
        if (scheme.isPresent() && scheme.get().equals(GLN) && !isGln(value.strip())) {
            v.add(new Violation(
                    term,
                    "PEPPOL-COMMON-R040",
                    term + " (" + name + ") \"" + value + "\" with scheme 0088 is not a GLN: its GS1 check digit is"
                            + " wrong"));
        }
    }

    /** The GS1 check of PEPPOL-COMMON-R040: digits only, the last one the mod-10 check digit, weights 3, 1 from the right. */
    static boolean isGln(String value) {
        if (value.length() < 2 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        int last = value.length() - 1;
        for (int i = 0; i < last; i++) {
            int digit = value.charAt(last - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10 == value.charAt(last) - '0';
    }

    private static void mandate(List<Violation> v, PaymentInstructions p) {
        boolean directDebit =
                p.means() == PaymentMeansCode.DIRECT_DEBIT || p.means() == PaymentMeansCode.SEPA_DIRECT_DEBIT;
        if (directDebit && p.mandateReference().isEmpty()) {
            v.add(new Violation(
                    "BT-89",
                    "PEPPOL-EN16931-R061",
                    "BT-89 (mandate reference identifier) is required for a direct debit (payment means "
                            + p.means().code() + "): set the mandate reference"));
        }
    }

    private static void basePercentage(
            List<Violation> v, AllowanceCharge ac, String baseTerm, String percentTerm, String where) {
        String kind = ac.isCharge() ? "charge" : "allowance";
        if (ac.baseAmount().isPresent() && ac.percentage().isEmpty()) {
            v.add(new Violation(
                    percentTerm,
                    "PEPPOL-EN16931-R042",
                    percentTerm + " (" + kind + " percentage" + where + ") is required when the base amount " + baseTerm
                            + " is stated: state both or neither"));
        }
        if (ac.percentage().isPresent() && ac.baseAmount().isEmpty()) {
            v.add(new Violation(
                    baseTerm,
                    "PEPPOL-EN16931-R041",
                    baseTerm + " (" + kind + " base amount" + where + ") is required when the percentage " + percentTerm
                            + " is stated: state both or neither"));
        }
    }

    private static void linePeriods(List<Violation> v, Invoice invoice, InvoicePeriod period) {
        for (InvoiceLine line : invoice.lines()) {
            if (line.period().isEmpty()) {
                continue;
            }
            Optional<LocalDate> start = line.period().get().startDate();
            Optional<LocalDate> end = line.period().get().endDate();
            if (start.isPresent()
                    && period.startDate().isPresent()
                    && start.get().isBefore(period.startDate().get())) {
                v.add(new Violation(
                        "BT-134",
                        "PEPPOL-EN16931-R110",
                        "BT-134 (line period start date) " + start.get() + " of line " + line.id()
                                + " is before the invoicing period's start "
                                + period.startDate().get()));
            }
            if (end.isPresent()
                    && period.endDate().isPresent()
                    && end.get().isAfter(period.endDate().get())) {
                v.add(new Violation(
                        "BT-135",
                        "PEPPOL-EN16931-R111",
                        "BT-135 (line period end date) " + end.get() + " of line " + line.id()
                                + " is after the invoicing period's end "
                                + period.endDate().get()));
            }
        }
    }

    private static void exemption(List<Violation> v, String code, VatCategory category) {
        String normalized = code.strip().toUpperCase(java.util.Locale.ROOT);
        String rule;
        VatCategory expected;
        switch (normalized) {
            case "VATEX-EU-G":
                rule = "PEPPOL-EN16931-P0104";
                expected = VatCategory.EXPORT;
                break;
            case "VATEX-EU-O":
                rule = "PEPPOL-EN16931-P0105";
                expected = VatCategory.OUTSIDE_SCOPE;
                break;
            case "VATEX-EU-IC":
                rule = "PEPPOL-EN16931-P0106";
                expected = VatCategory.INTRA_COMMUNITY;
                break;
            case "VATEX-EU-AE":
                rule = "PEPPOL-EN16931-P0107";
                expected = VatCategory.REVERSE_CHARGE;
                break;
            case "VATEX-EU-D":
                rule = "PEPPOL-EN16931-P0108";
                expected = VatCategory.EXEMPT;
                break;
            case "VATEX-EU-F":
                rule = "PEPPOL-EN16931-P0109";
                expected = VatCategory.EXEMPT;
                break;
            case "VATEX-EU-I":
                rule = "PEPPOL-EN16931-P0110";
                expected = VatCategory.EXEMPT;
                break;
            case "VATEX-EU-J":
                rule = "PEPPOL-EN16931-P0111";
                expected = VatCategory.EXEMPT;
                break;
            default:
                return;
        }
        if (category != expected) {
            v.add(new Violation(
                    "BT-121",
                    rule,
                    "BT-121 (VAT exemption reason code) " + code + " requires VAT category " + expected.code()
                            + ", not " + category.code()));
        }
    }
}
