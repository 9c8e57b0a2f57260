package org.echeance.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;

/**
 * Re-checks the amounts an invoice states, for {@link En16931Validator}: line net amounts, the VAT breakdown and
 * the document totals (BR-CO-10 to BR-CO-18, the per-category -01, -08, -09 and -10 rules, BR-DEC rules), with
 * plain {@code BigDecimal} arithmetic and independently of the calculator that produced them.
 *
 * <p>Not API. One instance serves one validation run and adds to its list of violations; it is not thread-safe.
 */
final class AmountRules {
    /** Peppol BIS 3 rule id of the line net amount formula, which the CEN artefacts do not check. */
    static final String LINE_NET_AMOUNT_RULE = "PEPPOL-EN16931-R120";

    private static final int MAX_DECIMALS = 2;
    private static final MathContext DIVISION = MathContext.DECIMAL128;
    private static final Set<VatCategory> POSITIVE_RATE_CATEGORIES =
            EnumSet.of(VatCategory.STANDARD, VatCategory.CANARY_ISLANDS, VatCategory.CEUTA_MELILLA);
    private static final Set<VatCategory> SINGLE_GROUP_CATEGORIES = EnumSet.of(
            VatCategory.ZERO_RATED,
            VatCategory.EXEMPT,
            VatCategory.REVERSE_CHARGE,
            VatCategory.INTRA_COMMUNITY,
            VatCategory.EXPORT,
            VatCategory.OUTSIDE_SCOPE);

    private final Invoice invoice;
    private final InvoiceTotals totals;
    private final CurrencyUnit currency;
    private final Set<VatCategory> used;
    private final List<Violation> violations;

    /**
     * Prepares the checks of one invoice.
     *
     * @param invoice the invoice
     * @param totals the totals to check, normally the invoice's own
     * @param used the VAT categories of the lines and document-level allowances and charges
     * @param violations where violations are added
     */
    AmountRules(Invoice invoice, InvoiceTotals totals, Set<VatCategory> used, List<Violation> violations) {
        this.invoice = invoice;
        this.totals = totals;
        this.currency = invoice.currency();
        this.used = used;
        this.violations = violations;
    }

    private void add(String ruleId, String path, String message) {
        violations.add(new Violation(ruleId, path, message));
    }

    /**
     * Checks the stated net amount of a line: two decimals at most and, for net prices, the Peppol formula.
     *
     * @param index the line's index
     */
    void lineNetAmount(int index) {
        Optional<BigDecimal> netAmount = statedLineNetAmount(index);
        if (netAmount.isEmpty()) {
            return;
        }
        String path = "lines[" + index + "].netAmount";
        decimals(netAmount.get(), path, "BR-DEC-23", "line net amount");
        if (invoice.priceEntry() == PriceEntry.NET) {
            BigDecimal expected = expectedLineNetAmount(invoice.lines().get(index));
            if (expected.compareTo(netAmount.get()) != 0) {
                add(
                        LINE_NET_AMOUNT_RULE,
                        path,
                        money(netAmount.get()) + " is not quantity × net price / base quantity + charges"
                                + " − allowances = " + money(expected));
            }
        }
    }

    /** Checks the VAT breakdown groups: one per category used, their taxable and VAT amounts, reasons. */
    void vatBreakdown() {
        List<VatBreakdown> groups = totals.vatBreakdown();
        if (groups.isEmpty()) {
            add("BR-CO-18", "totals.vatBreakdown", "the VAT breakdown is empty; an invoice has one group at least");
        }
        for (VatCategory category : VatCategory.values()) {
            if (!used.contains(category)) {
                continue;
            }
            long count = groups.stream()
                    .filter(g -> g.vatRate().category() == category)
                    .count();
            if (count == 0) {
                add(
                        En16931Validator.rulePrefix(category) + "01",
                        "totals.vatBreakdown",
                        "VAT category " + category.code() + " is used but has no VAT breakdown group");
            } else if (count > 1 && SINGLE_GROUP_CATEGORIES.contains(category)) {
                add(
                        En16931Validator.rulePrefix(category) + "01",
                        "totals.vatBreakdown",
                        "VAT category " + category.code() + " has " + count
                                + " VAT breakdown groups; it has exactly one");
            }
        }
        Map<VatRate, BigDecimal> expectedTaxable = expectedTaxableAmounts();
        boolean outsideScope = used.contains(VatCategory.OUTSIDE_SCOPE);
        for (int k = 0; k < groups.size(); k++) {
            VatBreakdown group = groups.get(k);
            String path = "totals.vatBreakdown[" + k + "]";
            VatRate rate = group.vatRate();
            VatCategory category = rate.category();
            String prefix = En16931Validator.rulePrefix(category);
            if (outsideScope && category != VatCategory.OUTSIDE_SCOPE) {
                add(
                        "BR-O-11",
                        path,
                        "a VAT breakdown group for " + rate + " is not allowed next to a group outside the scope"
                                + " of VAT (O)");
            }
            BigDecimal taxable = Amounts.decimal(group.taxableAmount());
            BigDecimal expected = expectedTaxable.getOrDefault(rate, BigDecimal.ZERO);
            if (taxable.compareTo(expected) != 0) {
                add(
                        prefix + "08",
                        path + ".taxableAmount",
                        money(taxable) + " is not the line net amounts plus charges minus allowances in VAT " + rate
                                + ", " + money(expected));
            }
            BigDecimal vat = Amounts.decimal(group.vatAmount());
            BigDecimal expectedVat = round(taxable.multiply(rate.fraction()));
            if (vat.compareTo(expectedVat) != 0) {
                String message = POSITIVE_RATE_CATEGORIES.contains(category)
                        ? money(vat) + " is not " + money(taxable) + " × "
                                + rate.percent().toPlainString() + " % rounded half-up, " + money(expectedVat)
                        : money(vat) + " is not zero, as VAT category " + category.code() + " requires";
                add(prefix + "09", path + ".vatAmount", message);
                add(
                        "BR-CO-17",
                        path + ".vatAmount",
                        money(vat) + " is not the taxable amount " + money(taxable) + " × "
                                + rate.percent().toPlainString() + " % rounded half-up, " + money(expectedVat));
            }
            exemption(group, path, category);
            decimals(taxable, path + ".taxableAmount", "BR-DEC-19", "VAT category taxable amount");
            decimals(vat, path + ".vatAmount", "BR-DEC-20", "VAT category tax amount");
        }
        for (Map.Entry<VatRate, BigDecimal> entry : expectedTaxable.entrySet()) {
            VatRate rate = entry.getKey();
            if (groups.stream().noneMatch(g -> g.vatRate().equals(rate))) {
                add(
                        En16931Validator.rulePrefix(rate.category()) + "08",
                        "totals.vatBreakdown",
                        "no VAT breakdown group for VAT " + rate + ", whose lines, allowances and charges amount"
                                + " to " + money(entry.getValue()));
            }
        }
    }

    private void exemption(VatBreakdown group, String path, VatCategory category) {
        boolean hasReason = group.exemptionReason().filter(s -> !s.isBlank()).isPresent()
                || group.exemptionReasonCode().filter(s -> !s.isBlank()).isPresent();
        if (category.requiresExemptionReason() && !hasReason) {
            add(
                    category.exemptionReasonRule(),
                    path + ".exemptionReason",
                    "VAT category " + category.code() + " needs an exemption reason text (BT-120) or code"
                            + " (BT-121); give it on the lines of that category");
        } else if (!category.requiresExemptionReason() && hasReason) {
            String given =
                    group.exemptionReasonCode().or(group::exemptionReason).orElse("");
            add(
                    En16931Validator.rulePrefix(category) + "10",
                    path + ".exemptionReason",
                    "exemption reason \"" + given + "\" is not allowed in VAT category " + category.code());
        }
    }

    /** Checks the document totals BT-106 to BT-115 against the amounts they sum. */
    void documentTotals() {
        BigDecimal sumOfLines = BigDecimal.ZERO;
        for (int i = 0; i < invoice.lines().size(); i++) {
            sumOfLines = sumOfLines.add(statedLineNetAmount(i).orElse(BigDecimal.ZERO));
        }
        BigDecimal allowances = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        for (int j = 0; j < invoice.allowancesCharges().size(); j++) {
            BigDecimal amount = documentAmount(j).orElse(BigDecimal.ZERO);
            if (invoice.allowancesCharges().get(j).isCharge()) {
                charges = charges.add(amount);
            } else {
                allowances = allowances.add(amount);
            }
        }
        BigDecimal vatSum = BigDecimal.ZERO;
        for (VatBreakdown group : totals.vatBreakdown()) {
            vatSum = vatSum.add(Amounts.decimal(group.vatAmount()));
        }
        BigDecimal lineTotal = Amounts.decimal(totals.sumOfLineNetAmounts());
        BigDecimal allowanceTotal = Amounts.decimal(totals.allowanceTotal());
        BigDecimal chargeTotal = Amounts.decimal(totals.chargeTotal());
        BigDecimal taxExclusive = Amounts.decimal(totals.taxExclusiveAmount());
        BigDecimal vatTotal = Amounts.decimal(totals.vatTotal());
        BigDecimal taxInclusive = Amounts.decimal(totals.taxInclusiveAmount());
        BigDecimal prepaid = Amounts.decimal(totals.prepaidAmount());
        BigDecimal rounding = Amounts.decimal(totals.roundingAmount());
        BigDecimal due = Amounts.decimal(totals.amountDue());

        total("BR-CO-10", "totals.sumOfLineNetAmounts", lineTotal, sumOfLines, "the sum of the line net amounts");
        total("BR-CO-11", "totals.allowanceTotal", allowanceTotal, allowances, "the sum of the allowances");
        total("BR-CO-12", "totals.chargeTotal", chargeTotal, charges, "the sum of the charges");
        total(
                "BR-CO-13",
                "totals.taxExclusiveAmount",
                taxExclusive,
                lineTotal.subtract(allowanceTotal).add(chargeTotal),
                "the line total minus allowances plus charges");
        total("BR-CO-14", "totals.vatTotal", vatTotal, vatSum, "the sum of the VAT breakdown amounts");
        total(
                "BR-CO-15",
                "totals.taxInclusiveAmount",
                taxInclusive,
                taxExclusive.add(vatTotal),
                "the total without VAT plus the VAT");
        total(
                "BR-CO-16",
                "totals.amountDue",
                due,
                taxInclusive.subtract(prepaid).add(rounding),
                "the total with VAT minus the paid amount plus the rounding amount");

        decimals(lineTotal, "totals.sumOfLineNetAmounts", "BR-DEC-09", "sum of line net amounts");
        decimals(allowanceTotal, "totals.allowanceTotal", "BR-DEC-10", "sum of allowances");
        decimals(chargeTotal, "totals.chargeTotal", "BR-DEC-11", "sum of charges");
        decimals(taxExclusive, "totals.taxExclusiveAmount", "BR-DEC-12", "total without VAT");
        decimals(vatTotal, "totals.vatTotal", "BR-DEC-13", "total VAT");
        decimals(taxInclusive, "totals.taxInclusiveAmount", "BR-DEC-14", "total with VAT");
        totals.vatTotalInTaxCurrency()
                .ifPresent(amount -> decimals(
                        Amounts.decimal(amount),
                        "totals.vatTotalInTaxCurrency",
                        "BR-DEC-15",
                        "total VAT in accounting currency"));
        decimals(prepaid, "totals.prepaidAmount", "BR-DEC-16", "paid amount");
        decimals(rounding, "totals.roundingAmount", "BR-DEC-17", "rounding amount");
        decimals(due, "totals.amountDue", "BR-DEC-18", "amount due");
    }

    private void total(String rule, String path, BigDecimal stated, BigDecimal expected, String what) {
        if (stated.compareTo(expected) != 0) {
            add(rule, path, money(stated) + " is not " + what + ", " + money(expected));
        }
    }

    /** Reports an amount with more decimals than EN 16931 allows. */
    void decimals(BigDecimal value, String path, String rule, String what) {
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            add(rule, path, "the " + what + " " + value.toPlainString() + " has more than two decimals");
        }
    }

    /** Returns the stated line net amount (BT-131) of a line, if the totals have one for it. */
    private Optional<BigDecimal> statedLineNetAmount(int index) {
        return index < totals.lines().size()
                ? Optional.of(Amounts.decimal(totals.lines().get(index).netAmount()))
                : Optional.empty();
    }

    /**
     * Returns the stated amount (BT-92, BT-99) of a document-level allowance or charge: as entered for net
     * prices, as derived from the VAT-inclusive amount otherwise.
     */
    Optional<BigDecimal> documentAmount(int index) {
        if (invoice.priceEntry() == PriceEntry.NET) {
            return Optional.of(
                    Amounts.decimal(invoice.allowancesCharges().get(index).amount()));
        }
        List<MonetaryAmount> derived = totals.allowanceChargeNetAmounts();
        return index < derived.size()
                ? Optional.of(Amounts.decimal(derived.get(index)).abs())
                : Optional.empty();
    }

    private BigDecimal expectedLineNetAmount(InvoiceLine line) {
        BigDecimal product =
                line.quantity().multiply(Amounts.decimal(line.price().netPrice()));
        BigDecimal base = line.price().effectiveBaseQuantity();
        if (base.compareTo(BigDecimal.ONE) != 0) {
            product = product.divide(base, DIVISION);
        }
        BigDecimal amount = round(product);
        for (AllowanceCharge ac : line.allowancesCharges()) {
            amount = amount.add(ac.signedAmount());
        }
        return amount;
    }

    /** Sums the stated line net amounts and document-level allowances and charges per VAT category and rate. */
    private Map<VatRate, BigDecimal> expectedTaxableAmounts() {
        Map<VatRate, BigDecimal> result = new LinkedHashMap<>();
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            result.merge(lines.get(i).vatRate(), statedLineNetAmount(i).orElse(BigDecimal.ZERO), BigDecimal::add);
        }
        List<AllowanceCharge> acs = invoice.allowancesCharges();
        for (int j = 0; j < acs.size(); j++) {
            AllowanceCharge ac = acs.get(j);
            if (ac.vatRate().isEmpty()) {
                continue;
            }
            BigDecimal amount = documentAmount(j).orElse(BigDecimal.ZERO);
            result.merge(ac.vatRate().get(), ac.isCharge() ? amount : amount.negate(), BigDecimal::add);
        }
        return result;
    }

    private BigDecimal round(BigDecimal value) {
        return Amounts.round(value, currency);
    }

    /** Formats an amount with at least the currency's decimals, since Moneta drops trailing zeros. */
    String money(BigDecimal value) {
        int scale = Math.max(value.stripTrailingZeros().scale(), Amounts.minorUnitDigits(currency));
        return value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString() + " " + currency.getCurrencyCode();
    }
}
