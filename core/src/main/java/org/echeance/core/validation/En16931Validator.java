package org.echeance.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;

/**
 * Checks an invoice against the business rules of EN 16931-1 that need the whole document, and reports every
 * violation at once.
 *
 * <p>{@link Invoice.Builder#build()} already refuses what is structurally wrong (missing parties, amounts in another
 * currency, a document-level allowance without VAT category BR-32/BR-37…), and the value types refuse what is
 * wrong on its own (a blank legal name, an unknown country, a negative price…). This validator checks the rest,
 * which a draft may still lack:
 *
 * <ul>
 *   <li>header: BR-02 (invoice number), BR-03 (issue date);
 *   <li>parties: BR-06, BR-07 (legal names), BR-08, BR-09 (seller address and country), BR-10, BR-11 (buyer
 *       address and country), BR-17 (payee name), BR-CO-09 (VAT identifier prefixes), BR-CO-26 (a seller
 *       identifier), and the VAT identifiers each category needs: BR-S-02/03/04, BR-Z-02/03/04, BR-E-02/03/04,
 *       BR-AE-02/03/04, BR-IC-02/03/04, BR-G-02/03/04, BR-O-02/03/04, BR-AF-02/03/04 (L) and BR-AG-02/03/04 (M);
 *   <li>delivery: BR-IC-11 (delivery date or invoicing period), BR-IC-12 (deliver-to country);
 *   <li>references: BR-55 (preceding invoice number);
 *   <li>lines: BR-16 (at least one line), BR-42/BR-CO-23 and BR-44/BR-CO-24 (line allowance and charge reasons),
 *       BR-O-12, BR-DEC-23, BR-DEC-24, BR-DEC-25, BR-DEC-27, BR-DEC-28, and the line net amount formula of Peppol
 *       ({@code PEPPOL-EN16931-R120}, see below);
 *   <li>document-level allowances and charges: BR-33/BR-CO-21, BR-38/BR-CO-22 (reasons), BR-O-13, BR-O-14,
 *       BR-DEC-01, BR-DEC-02, BR-DEC-05, BR-DEC-06;
 *   <li>VAT breakdown: BR-CO-18, BR-{S,Z,E,AE,IC,G,O,AF,AG}-01 (a group per category used), -08 (taxable amount
 *       per category and rate), -09 (VAT amount), -10 (exemption reason required for E, AE, K, G and O, forbidden
 *       for S, Z, L and M), BR-O-11, BR-CO-17, BR-DEC-19, BR-DEC-20;
 *   <li>totals: BR-CO-10 to BR-CO-16, BR-DEC-09 to BR-DEC-18;
 *   <li>payment: BR-CO-25 (a positive amount due needs a due date or payment terms; removed from the CEN
 *       artefacts in 1.3.16 but still checked by Peppol BIS 3, so kept here under its id), BR-61 (an account for a
 *       credit transfer).
 * </ul>
 *
 * <p>The totals rules are re-checked with plain {@code BigDecimal} arithmetic on the amounts the document states
 * (line net amounts BT-131, allowance and charge amounts, breakdown groups), independently of the calculator that
 * produced them: they hold by construction for an invoice Echeance computed, and catch an invoice whose amounts
 * came from elsewhere. VAT per group is {@code round(BT-116 × BT-119 / 100)} half-up to the currency's minor unit,
 * exactly: the ±1.00 tolerance of the official artefacts is not granted. For an invoice entered with net prices
 * the line net amount is also re-derived as {@code round(quantity × net price / base quantity)} plus the line
 * charges minus the line allowances, under Peppol's id {@code PEPPOL-EN16931-R120} (the CEN artefacts do not check
 * it); with VAT-inclusive prices the net amounts are spread per VAT rate and no per-line formula applies. The
 * BR-DEC rules allow two decimals, as the standard says, whatever the currency's minor unit.
 *
 * <p>Where the standard states one constraint under two ids (BR-33 and BR-CO-21, BR-42 and BR-CO-23, BR-S-09 and
 * BR-CO-17…), both are reported, as the official artefacts do.
 *
 * <p>Not checked, because the model cannot express the fault or the data: BR-01 (specification identifier, set by
 * the writer), BR-04 and BR-05 (type and currency are required by the builder), BR-12 to BR-15 (totals always
 * exist), BR-21 to BR-28 and BR-CO-04 (refused when a line is built), BR-29, BR-30, BR-CO-19 and BR-CO-20
 * (refused by {@code InvoicePeriod}), BR-31, BR-32, BR-36, BR-37, BR-41 and BR-43 (amounts and document-level VAT
 * categories are required by the model), BR-49 to BR-51 (means always present, no payment card), BR-52 and BR-54
 * (no attachments or item attributes), BR-53 (the accounting-currency VAT total exists whenever the rate does),
 * BR-56 and BR-62 to BR-65 (no tax representative, scheme ids always present, no item identifiers or
 * classifications), BR-57 (an address always has a country), BR-CO-03 (no tax point date), BR-CO-05 to BR-CO-08
 * (whether a reason code and its text mean the same thing), the rate rules BR-*-05 to BR-*-07 (refused by
 * {@code VatRate}), BR-B-* (no split payment category) and the code-list rules BR-CL-* (enforced by the enums and
 * value types). BR-06, BR-07, BR-09, BR-11, BR-17, BR-55 and BR-CO-09 are checked although today's value types
 * already guarantee them, so that the validator stays right if those types are relaxed.
 *
 * <p>Violations come in the order of the document: header, seller, buyer, payee, delivery, preceding invoices,
 * lines, document-level allowances and charges, VAT breakdown, totals, payment. This class is immutable and
 * thread-safe.
 */
public final class En16931Validator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private En16931Validator() {}

    /**
     * Returns every EN 16931 business rule the invoice breaks, in document order.
     *
     * <p>For example, a draft without number gives {@code number: the invoice number is missing (BR-02)}.
     *
     * @param invoice the invoice or credit note
     * @return the violations, empty when the invoice passes every rule checked
     * @throws NullPointerException if {@code invoice} is null
     */
    public static List<Violation> validate(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        return validate(invoice, invoice.totals());
    }

    /**
     * Checks that the invoice passes every EN 16931 business rule checked by {@link #validate(Invoice)}.
     *
     * @param invoice the invoice or credit note
     * @throws NullPointerException if {@code invoice} is null
     * @throws InvoiceValidationException listing every violation, if there is at least one
     */
    public static void check(Invoice invoice) {
        List<Violation> violations = validate(invoice);
        if (!violations.isEmpty()) {
            throw new InvoiceValidationException(violations);
        }
    }

    /** Validates an invoice against totals that may differ from its own, so that tests can feed wrong amounts. */
    static List<Violation> validate(Invoice invoice, InvoiceTotals totals) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(totals, "totals");
        Run run = new Run(invoice, totals);
        run.header();
        run.seller();
        run.buyer();
        run.payee();
        run.delivery();
        run.precedingInvoices();
        run.lines();
        run.documentAllowancesCharges();
        run.amounts.vatBreakdown();
        run.amounts.documentTotals();
        run.payment();
        return List.copyOf(run.violations);
    }

    /** Where a VAT category is used: the suffix of the rule ids that constrain each use. */
    private enum Use {
        LINE("02", "lines in VAT category %s need", "lines in VAT category %s do not allow"),
        ALLOWANCE(
                "03",
                "a document-level allowance in VAT category %s needs",
                "a document-level allowance in VAT category %s does not allow"),
        CHARGE(
                "04",
                "a document-level charge in VAT category %s needs",
                "a document-level charge in VAT category %s does not allow");

        private final String ruleSuffix;
        private final String needs;
        private final String forbids;

        Use(String ruleSuffix, String needs, String forbids) {
            this.ruleSuffix = ruleSuffix;
            this.needs = needs;
            this.forbids = forbids;
        }
    }

    /** One validation pass over one invoice; collects violations in document order. */
    private static final class Run {
        private final Invoice invoice;
        private final InvoiceTotals totals;
        private final List<Violation> violations = new ArrayList<>();
        private final Map<Use, Set<VatCategory>> uses = new EnumMap<>(Use.class);
        private final AmountRules amounts;

        Run(Invoice invoice, InvoiceTotals totals) {
            this.invoice = invoice;
            this.totals = totals;
            for (Use use : Use.values()) {
                uses.put(use, EnumSet.noneOf(VatCategory.class));
            }
            for (InvoiceLine line : invoice.lines()) {
                uses.get(Use.LINE).add(line.vatRate().category());
            }
            for (AllowanceCharge ac : invoice.allowancesCharges()) {
                ac.vatRate()
                        .ifPresent(rate -> uses.get(ac.isCharge() ? Use.CHARGE : Use.ALLOWANCE)
                                .add(rate.category()));
            }
            Set<VatCategory> used = EnumSet.noneOf(VatCategory.class);
            uses.values().forEach(used::addAll);
            this.amounts = new AmountRules(invoice, totals, used, violations);
        }

        private boolean uses(VatCategory category) {
            return uses.values().stream().anyMatch(set -> set.contains(category));
        }

        private void add(String ruleId, String path, String message) {
            violations.add(new Violation(ruleId, path, message));
        }

        void header() {
            if (invoice.number().isEmpty() || invoice.number().get().isBlank()) {
                add("BR-02", "number", "the invoice number is missing; a draft gets its number when it is issued");
            }
            if (invoice.issueDate().isEmpty()) {
                add("BR-03", "issueDate", "the issue date is missing");
            }
        }

        void seller() {
            Party seller = invoice.seller();
            legalName(seller, "seller", "BR-06");
            if (seller.address().isEmpty()) {
                add("BR-08", "seller.address", "the seller's postal address is missing");
            } else {
                country(seller.address().get(), "seller.address.countryCode", "BR-09");
            }
            vatPrefix(seller, "seller.vatNumber");
            if (seller.vatNumber().isEmpty()
                    && seller.legalRegistration().isEmpty()
                    && seller.identifiers().isEmpty()) {
                add(
                        "BR-CO-26",
                        "seller",
                        "the seller has no VAT identifier (BT-31), legal registration identifier (BT-30) or seller"
                                + " identifier (BT-29); give at least one");
            }
            for (VatCategory category : VatCategory.values()) {
                for (Use use : Use.values()) {
                    if (uses.get(use).contains(category)) {
                        sellerVatRule(seller, category, use);
                    }
                }
            }
        }

        private void sellerVatRule(Party seller, VatCategory category, Use use) {
            String rule = rulePrefix(category) + use.ruleSuffix;
            String subject = String.format(Locale.ROOT, use.needs, category.code());
            switch (category) {
                case OUTSIDE_SCOPE ->
                    seller.vatNumber()
                            .ifPresent(vat -> add(
                                    rule,
                                    "seller.vatNumber",
                                    String.format(Locale.ROOT, use.forbids, category.code())
                                            + " the seller's VAT identifier, found " + vat));
                case INTRA_COMMUNITY, EXPORT -> {
                    if (seller.vatNumber().isEmpty()) {
                        add(rule, "seller.vatNumber", subject + " the seller's VAT identifier (BT-31)");
                    }
                }
                default -> {
                    if (seller.vatNumber().isEmpty() && seller.taxRegistration().isEmpty()) {
                        add(
                                rule,
                                "seller.vatNumber",
                                subject + " the seller's VAT identifier (BT-31) or tax registration identifier"
                                        + " (BT-32); the seller has neither");
                    }
                }
            }
        }

        void buyer() {
            Party buyer = invoice.buyer();
            legalName(buyer, "buyer", "BR-07");
            if (buyer.address().isEmpty()) {
                add("BR-10", "buyer.address", "the buyer's postal address is missing");
            } else {
                country(buyer.address().get(), "buyer.address.countryCode", "BR-11");
            }
            vatPrefix(buyer, "buyer.vatNumber");
            for (VatCategory category :
                    List.of(VatCategory.REVERSE_CHARGE, VatCategory.INTRA_COMMUNITY, VatCategory.OUTSIDE_SCOPE)) {
                for (Use use : Use.values()) {
                    if (uses.get(use).contains(category)) {
                        buyerVatRule(buyer, category, use);
                    }
                }
            }
        }

        private void buyerVatRule(Party buyer, VatCategory category, Use use) {
            String rule = rulePrefix(category) + use.ruleSuffix;
            String subject = String.format(Locale.ROOT, use.needs, category.code());
            switch (category) {
                case REVERSE_CHARGE -> {
                    if (buyer.vatNumber().isEmpty() && buyer.legalRegistration().isEmpty()) {
                        add(
                                rule,
                                "buyer.vatNumber",
                                subject + " the buyer's VAT identifier (BT-48) or legal registration identifier"
                                        + " (BT-47); the buyer has neither");
                    }
                }
                case INTRA_COMMUNITY -> {
                    if (buyer.vatNumber().isEmpty()) {
                        add(rule, "buyer.vatNumber", subject + " the buyer's VAT identifier (BT-48)");
                    }
                }
                default ->
                    buyer.vatNumber()
                            .ifPresent(vat -> add(
                                    rule,
                                    "buyer.vatNumber",
                                    String.format(Locale.ROOT, use.forbids, category.code())
                                            + " the buyer's VAT identifier, found " + vat));
            }
        }

        void payee() {
            invoice.payee().ifPresent(payee -> legalName(payee, "payee", "BR-17"));
        }

        void delivery() {
            if (!uses(VatCategory.INTRA_COMMUNITY)) {
                return;
            }
            if (invoice.deliveryDate().isEmpty() && invoice.invoicingPeriod().isEmpty()) {
                add(
                        "BR-IC-11",
                        "deliveryDate",
                        "an intra-community supply (VAT category K) needs the actual delivery date (BT-72) or the"
                                + " invoicing period (BG-14)");
            }
            if (invoice.deliverTo().isEmpty()) {
                add(
                        "BR-IC-12",
                        "deliverTo",
                        "an intra-community supply (VAT category K) needs the deliver-to address with its country"
                                + " (BT-80)");
            } else if (invoice.deliverTo().get().countryCode().isBlank()) {
                add("BR-IC-12", "deliverTo.countryCode", "the deliver-to country code is blank");
            }
        }

        void precedingInvoices() {
            List<InvoiceReference> references = invoice.precedingInvoices();
            for (int i = 0; i < references.size(); i++) {
                if (references.get(i).number().isBlank()) {
                    add("BR-55", "precedingInvoices[" + i + "].number", "the preceding invoice number is blank");
                }
            }
        }

        void lines() {
            List<InvoiceLine> lines = invoice.lines();
            if (lines.isEmpty()) {
                add("BR-16", "lines", "the invoice has no line; it needs one at least");
            }
            boolean outsideScope = uses(VatCategory.OUTSIDE_SCOPE);
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                String path = "lines[" + i + "]";
                amounts.lineNetAmount(i);
                if (outsideScope && line.vatRate().category() != VatCategory.OUTSIDE_SCOPE) {
                    add(
                            "BR-O-12",
                            path + ".vatRate",
                            "VAT " + line.vatRate() + " is not allowed on an invoice with lines outside the scope of"
                                    + " VAT (O); an invoice in category O has no other category");
                }
                List<AllowanceCharge> acs = line.allowancesCharges();
                for (int j = 0; j < acs.size(); j++) {
                    lineAllowanceCharge(acs.get(j), path + ".allowancesCharges[" + j + "]");
                }
            }
        }

        private void lineAllowanceCharge(AllowanceCharge ac, String path) {
            boolean charge = ac.isCharge();
            if (!hasReason(ac)) {
                String what = charge ? "line charge" : "line allowance";
                String message = "the " + what + " of " + amounts.money(Amounts.decimal(ac.amount()))
                        + " has neither a reason nor a reason code";
                add(charge ? "BR-44" : "BR-42", path + ".reason", message);
                add(charge ? "BR-CO-24" : "BR-CO-23", path + ".reason", message);
            }
            amounts.decimals(
                    Amounts.decimal(ac.amount()),
                    path + ".amount",
                    charge ? "BR-DEC-27" : "BR-DEC-24",
                    charge ? "line charge amount" : "line allowance amount");
            ac.baseAmount()
                    .ifPresent(base -> amounts.decimals(
                            Amounts.decimal(base),
                            path + ".baseAmount",
                            charge ? "BR-DEC-28" : "BR-DEC-25",
                            charge ? "line charge base amount" : "line allowance base amount"));
        }

        void documentAllowancesCharges() {
            List<AllowanceCharge> acs = invoice.allowancesCharges();
            boolean outsideScope = uses(VatCategory.OUTSIDE_SCOPE);
            for (int j = 0; j < acs.size(); j++) {
                AllowanceCharge ac = acs.get(j);
                boolean charge = ac.isCharge();
                String path = "allowancesCharges[" + j + "]";
                if (!hasReason(ac)) {
                    String message = "the document-level " + (charge ? "charge" : "allowance") + " of "
                            + amounts.money(Amounts.decimal(ac.amount())) + " has neither a reason nor a reason code";
                    add(charge ? "BR-38" : "BR-33", path + ".reason", message);
                    add(charge ? "BR-CO-22" : "BR-CO-21", path + ".reason", message);
                }
                Optional<VatRate> rate = ac.vatRate();
                if (outsideScope && rate.isPresent() && rate.get().category() != VatCategory.OUTSIDE_SCOPE) {
                    add(
                            charge ? "BR-O-14" : "BR-O-13",
                            path + ".vatRate",
                            "VAT " + rate.get() + " is not allowed on an invoice with lines outside the scope of"
                                    + " VAT (O); an invoice in category O has no other category");
                }
                amounts.documentAmount(j)
                        .ifPresent(amount -> amounts.decimals(
                                amount,
                                path + ".amount",
                                charge ? "BR-DEC-05" : "BR-DEC-01",
                                charge ? "document-level charge amount" : "document-level allowance amount"));
                ac.baseAmount()
                        .ifPresent(base -> amounts.decimals(
                                Amounts.decimal(base),
                                path + ".baseAmount",
                                charge ? "BR-DEC-06" : "BR-DEC-02",
                                charge ? "document-level charge base amount" : "document-level allowance base amount"));
            }
        }

        void payment() {
            boolean hasTerms = invoice.paymentTerms().filter(s -> !s.isBlank()).isPresent();
            BigDecimal due = Amounts.decimal(totals.amountDue());
            if (due.signum() > 0 && invoice.dueDate().isEmpty() && !hasTerms) {
                add(
                        "BR-CO-25",
                        "dueDate",
                        "the amount due " + amounts.money(due)
                                + " is positive, but there is neither a due date (BT-9) nor"
                                + " payment terms (BT-20)");
            }
            if (invoice.paymentInstructions().isPresent()) {
                PaymentInstructions instructions = invoice.paymentInstructions().get();
                PaymentMeansCode means = instructions.means();
                boolean transfer =
                        means == PaymentMeansCode.CREDIT_TRANSFER || means == PaymentMeansCode.SEPA_CREDIT_TRANSFER;
                if (transfer && instructions.account().isEmpty()) {
                    add(
                            "BR-61",
                            "paymentInstructions.account",
                            "payment means " + means.code() + " (credit transfer) needs the account to pay into"
                                    + " (BT-84)");
                }
            }
        }

        private void legalName(Party party, String role, String rule) {
            if (party.legalName().isBlank()) {
                add(rule, role + ".legalName", "the " + role + "'s legal name is blank");
            }
        }

        private void country(PostalAddress address, String path, String rule) {
            if (address.countryCode().isBlank()) {
                add(rule, path, "the country code is blank");
            }
        }

        private void vatPrefix(Party party, String path) {
            if (party.vatNumber().isEmpty()) {
                return;
            }
            VatNumber vat = party.vatNumber().get();
            String prefix = vat.countryCode();
            boolean known =
                    COUNTRIES.contains(prefix) && !prefix.equals("GR") || prefix.equals("EL") || prefix.equals("XI");
            if (!known) {
                add("BR-CO-09", path, vat + " does not start with an ISO 3166-1 alpha-2 country code (EL for Greece)");
            }
        }
    }

    private static boolean hasReason(AllowanceCharge ac) {
        return ac.reason().filter(s -> !s.isBlank()).isPresent()
                || ac.reasonCode().filter(s -> !s.isBlank()).isPresent();
    }

    /** Returns the start of a category's rule ids, such as {@code "BR-IC-"}, taken from its rate rule. */
    static String rulePrefix(VatCategory category) {
        String rateRule = category.rateRule();
        return rateRule.substring(0, rateRule.lastIndexOf('-') + 1);
    }
}
