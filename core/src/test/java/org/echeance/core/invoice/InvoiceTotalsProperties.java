package org.echeance.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.invoice.InvoiceArbitraries.AcDraft;
import org.echeance.core.invoice.InvoiceArbitraries.Draft;
import org.echeance.core.invoice.InvoiceArbitraries.LineDraft;
import org.echeance.core.money.Amounts;

/**
 * The EN 16931 calculation rules (BR-CO-10 to BR-CO-17, BR-S-08 and its siblings) and the symmetries of the totals,
 * over generated invoices (see {@link InvoiceArbitraries}). Expected values are computed here with independent
 * code (java.util.Currency for the scale, {@code BigDecimal.setScale(…, HALF_UP)} for the rounding), never with
 * the calculator's helpers.
 */
class InvoiceTotalsProperties {

    @Provide
    Arbitrary<Draft> invoices() {
        return InvoiceArbitraries.invoices();
    }

    @Provide
    Arbitrary<Draft> netInvoices() {
        return InvoiceArbitraries.netInvoices();
    }

    @Provide
    Arbitrary<Draft> vatInclusiveInvoices() {
        return InvoiceArbitraries.vatInclusiveInvoices();
    }

    // ---------------------------------------------------------------------------------------------------------
    // BR-CO rules, on net and VAT-inclusive invoices alike
    // ---------------------------------------------------------------------------------------------------------

    @Property
    void sumOfLineNetAmountsIsBrCo10(@ForAll("invoices") Draft draft) {
        InvoiceTotals totals = draft.build().totals();

        BigDecimal sum = BigDecimal.ZERO;
        for (LineAmounts line : totals.lines()) {
            sum = sum.add(dec(line.netAmount()));
        }
        assertThat(dec(totals.sumOfLineNetAmounts())).isEqualByComparingTo(sum);
    }

    @Property
    void allowanceAndChargeTotalsAreBrCo11AndBrCo12(@ForAll("invoices") Draft draft) {
        Invoice invoice = draft.build();
        InvoiceTotals totals = invoice.totals();

        BigDecimal allowances = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        for (int j = 0; j < invoice.allowancesCharges().size(); j++) {
            AllowanceCharge ac = invoice.allowancesCharges().get(j);
            BigDecimal net = dec(totals.allowanceChargeNetAmounts().get(j));
            if (ac.isCharge()) {
                charges = charges.add(net);
            } else {
                allowances = allowances.add(net);
            }
            if (draft.entry() == PriceEntry.NET) {
                assertThat(net).as("BT-92/BT-99 as entered").isEqualByComparingTo(dec(ac.amount()));
            }
        }
        assertThat(dec(totals.allowanceTotal())).as("BR-CO-11").isEqualByComparingTo(allowances);
        assertThat(dec(totals.chargeTotal())).as("BR-CO-12").isEqualByComparingTo(charges);
    }

    @Property
    void taxExclusiveAmountIsBrCo13(@ForAll("invoices") Draft draft) {
        InvoiceTotals t = draft.build().totals();

        assertThat(dec(t.taxExclusiveAmount()))
                .isEqualByComparingTo(dec(t.sumOfLineNetAmounts())
                        .subtract(dec(t.allowanceTotal()))
                        .add(dec(t.chargeTotal())));
    }

    @Property
    void vatTotalIsSumOfGroupVatBrCo14(@ForAll("invoices") Draft draft) {
        InvoiceTotals t = draft.build().totals();

        BigDecimal sum = BigDecimal.ZERO;
        for (VatBreakdown group : t.vatBreakdown()) {
            sum = sum.add(dec(group.vatAmount()));
        }
        assertThat(dec(t.vatTotal())).isEqualByComparingTo(sum);
    }

    @Property
    void grandTotalIsBrCo15(@ForAll("invoices") Draft draft) {
        InvoiceTotals t = draft.build().totals();

        assertThat(dec(t.taxInclusiveAmount()))
                .isEqualByComparingTo(dec(t.taxExclusiveAmount()).add(dec(t.vatTotal())));
    }

    @Property
    void amountDueIsBrCo16(@ForAll("invoices") Draft draft) {
        InvoiceTotals t = draft.build().totals();

        assertThat(dec(t.prepaidAmount())).as("BT-113 as given").isEqualByComparingTo(draft.prepaid());
        if (draft.entry() == PriceEntry.NET) {
            assertThat(dec(t.roundingAmount())).as("BT-114 as given").isEqualByComparingTo(draft.rounding());
        }
        assertThat(dec(t.amountDue()))
                .isEqualByComparingTo(dec(t.taxInclusiveAmount())
                        .subtract(dec(t.prepaidAmount()))
                        .add(dec(t.roundingAmount())));
    }

    @Property
    void groupVatIsRoundedRateOfGroupBasisBrCo17(@ForAll("invoices") Draft draft) {
        Invoice invoice = draft.build();
        int digits = fractionDigits(invoice.currency());

        for (VatBreakdown group : invoice.totals().vatBreakdown()) {
            BigDecimal expected = dec(group.taxableAmount())
                    .multiply(group.vatRate().percent())
                    .divide(BigDecimal.valueOf(100))
                    .setScale(digits, RoundingMode.HALF_UP);
            assertThat(dec(group.vatAmount()))
                    .as("BT-117 of %s", group.vatRate())
                    .isEqualByComparingTo(expected);
        }
    }

    @Property
    void groupBasisIsItsLinesPlusChargesMinusAllowancesBrS08(@ForAll("invoices") Draft draft) {
        Invoice invoice = draft.build();
        InvoiceTotals t = invoice.totals();

        Map<VatRate, BigDecimal> expected = new LinkedHashMap<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            expected.merge(
                    invoice.lines().get(i).vatRate(), dec(t.lines().get(i).netAmount()), BigDecimal::add);
        }
        for (int j = 0; j < invoice.allowancesCharges().size(); j++) {
            AllowanceCharge ac = invoice.allowancesCharges().get(j);
            BigDecimal net = dec(t.allowanceChargeNetAmounts().get(j));
            expected.merge(ac.vatRate().orElseThrow(), ac.isCharge() ? net : net.negate(), BigDecimal::add);
        }

        assertThat(t.vatBreakdown())
                .extracting(VatBreakdown::vatRate)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (VatBreakdown group : t.vatBreakdown()) {
            assertThat(dec(group.taxableAmount()))
                    .as("BT-116 of %s", group.vatRate())
                    .isEqualByComparingTo(expected.get(group.vatRate()));
        }
    }

    @Property
    void exemptGroupsCarryTheReasonOfTheirLines(@ForAll("invoices") Draft draft) {
        Invoice invoice = draft.build();

        for (InvoiceLine line : invoice.lines()) {
            if (line.vatRate().category().requiresExemptionReason()) {
                VatBreakdown group =
                        invoice.totals().breakdownOf(line.vatRate()).orElseThrow();
                assertThat(group.exemptionReason()).as("BT-120").isEqualTo(line.exemptionReason());
                assertThat(group.exemptionReasonCode()).as("BT-121").isEqualTo(line.exemptionReasonCode());
            }
        }
    }

    @Property
    void everyAmountHasTheCurrencyScale(@ForAll("invoices") Draft draft) {
        Invoice invoice = draft.build();
        CurrencyUnit currency = invoice.currency();
        int digits = fractionDigits(currency);

        for (MonetaryAmount amount : amounts(invoice.totals())) {
            assertThat(amount.getCurrency()).isEqualTo(currency);
            BigDecimal value = dec(amount);
            // Moneta's Money drops trailing zeros (10.00 is held as 10), so the scale is checked as "a whole
            // number of minor units", and the rendered form as "exactly the currency's decimals".
            assertThat(value.stripTrailingZeros().scale()).as("%s", amount).isLessThanOrEqualTo(digits);
            String plain = Amounts.toPlainString(amount);
            int decimals = plain.indexOf('.') < 0 ? 0 : plain.length() - plain.indexOf('.') - 1;
            assertThat(decimals).as("decimals of %s", plain).isEqualTo(digits);
        }
    }

    @Property
    void lineNetAmountIsRoundedQuantityTimesPricePlusChargesMinusAllowances(@ForAll("netInvoices") Draft draft) {
        InvoiceTotals t = draft.build().totals();

        for (int i = 0; i < draft.lines().size(); i++) {
            assertThat(dec(t.lines().get(i).netAmount()))
                    .as("BT-131 of line %d", i + 1)
                    .isEqualByComparingTo(expectedLineAmount(draft.lines().get(i), draft.digits()));
            assertThat(t.lines().get(i).vatInclusiveAmount()).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Symmetries
    // ---------------------------------------------------------------------------------------------------------

    @Property
    void totalsDoNotDependOnLineOrder(@ForAll("invoices") Draft draft, @ForAll long seed) {
        Draft shuffled = draft.shuffled(seed);
        InvoiceTotals a = draft.build().totals();
        InvoiceTotals b = shuffled.build().totals();

        assertThat(documentFigures(b)).isEqualTo(documentFigures(a));
        if (draft.entry() == PriceEntry.NET) {
            // Net line amounts depend on the line alone; VAT-inclusive ones may receive a spread cent, which goes
            // to the largest line of the group and, between equal lines, to the first.
            assertThat(lineFiguresById(shuffled, b)).isEqualTo(lineFiguresById(draft, a));
        }
    }

    @Property
    void negatingEveryQuantityAndAmountNegatesEveryTotal(@ForAll("invoices") Draft draft) {
        List<BigDecimal> figures = allFigures(draft.build().totals());
        List<BigDecimal> mirrored = allFigures(draft.negated().build().totals());

        List<BigDecimal> negated = new ArrayList<>();
        for (BigDecimal figure : figures) {
            negated.add(figure.negate());
        }
        assertThat(mirrored).isEqualTo(negated);
    }

    @Property
    void buildingTwiceGivesEqualInvoices(@ForAll("invoices") Draft draft) {
        Invoice first = draft.build();
        Invoice second = draft.build();

        assertThat(second).isEqualTo(first);
        assertThat(second.hashCode()).isEqualTo(first.hashCode());
        assertThat(allFigures(second.totals())).isEqualTo(allFigures(first.totals()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // VAT-inclusive prices
    // ---------------------------------------------------------------------------------------------------------

    @Property
    void vatInclusiveInvoicesKeepBrCo10To17(@ForAll("vatInclusiveInvoices") Draft draft) {
        sumOfLineNetAmountsIsBrCo10(draft);
        allowanceAndChargeTotalsAreBrCo11AndBrCo12(draft);
        taxExclusiveAmountIsBrCo13(draft);
        vatTotalIsSumOfGroupVatBrCo14(draft);
        grandTotalIsBrCo15(draft);
        amountDueIsBrCo16(draft);
        groupVatIsRoundedRateOfGroupBasisBrCo17(draft);
        groupBasisIsItsLinesPlusChargesMinusAllowancesBrS08(draft);
    }

    @Property
    void vatInclusiveLineAmountIsRoundedQuantityTimesPricePlusChargesMinusAllowances(
            @ForAll("vatInclusiveInvoices") Draft draft) {
        InvoiceTotals t = draft.build().totals();

        for (int i = 0; i < draft.lines().size(); i++) {
            BigDecimal expected = expectedLineAmount(draft.lines().get(i), draft.digits());
            assertThat(t.lines().get(i).vatInclusiveAmount())
                    .as("VAT-inclusive amount of line %d", i + 1)
                    .hasValueSatisfying(amount -> assertThat(dec(amount)).isEqualByComparingTo(expected));
        }
    }

    @Property
    void vatInclusiveAmountDueIsWhatTheBuyerWasQuoted(@ForAll("vatInclusiveInvoices") Draft draft) {
        Invoice invoice = draft.build();
        InvoiceTotals t = invoice.totals();

        BigDecimal quoted = BigDecimal.ZERO;
        for (LineAmounts line : t.lines()) {
            quoted = quoted.add(dec(line.vatInclusiveAmount().orElseThrow()));
        }
        for (AllowanceCharge ac : invoice.allowancesCharges()) {
            quoted = ac.isCharge() ? quoted.add(dec(ac.amount())) : quoted.subtract(dec(ac.amount()));
        }
        quoted = quoted.subtract(draft.prepaid());

        assertThat(dec(t.amountDue())).isEqualByComparingTo(quoted);
    }

    /**
     * Bound on BT-114 with VAT-inclusive prices. Per VAT group of gross G at rate r (0 ≤ r < 1) and minor unit u,
     * the net is N = round(G / (1 + r)) = G / (1 + r) + e1 and the VAT is V = round(N × r) = N × r + e2, with
     * |e1|, |e2| ≤ u / 2. The group's residue G − N − V = −e1 × (1 + r) − e2 is then at most u / 2 × (2 + r) < 1.5
     * u in size and is a whole number of minor units, so at most one minor unit; it is zero when r = 0 (N = G, V =
     * 0). Hence |BT-114| ≤ u × (number of groups with a positive rate) ≤ u × (number of VAT groups): 0.01 per group
     * in EUR, 1 in JPY, 0.001 in BHD.
     */
    @Property
    void vatInclusiveRoundingAmountIsAtMostOneMinorUnitPerVatGroup(@ForAll("vatInclusiveInvoices") Draft draft) {
        Invoice invoice = draft.build();
        InvoiceTotals t = invoice.totals();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(fractionDigits(invoice.currency()));
        long taxedGroups = t.vatBreakdown().stream()
                .filter(g -> g.vatRate().percent().signum() > 0)
                .count();

        BigDecimal rounding = dec(t.roundingAmount()).abs();
        assertThat(rounding).isLessThanOrEqualTo(unit.multiply(BigDecimal.valueOf(taxedGroups)));
        assertThat(rounding)
                .isLessThanOrEqualTo(
                        unit.multiply(BigDecimal.valueOf(t.vatBreakdown().size())));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    /** round(quantity × price / base quantity) + Σ charges − Σ allowances, computed from the draft. */
    private static BigDecimal expectedLineAmount(LineDraft line, int digits) {
        BigDecimal base = line.quantity()
                .multiply(line.price())
                .divide(line.baseQuantity().orElse(BigDecimal.ONE), digits, RoundingMode.HALF_UP);
        BigDecimal amount = base;
        for (AcDraft ac : line.allowancesCharges()) {
            BigDecimal value = ac.percentage().isPresent()
                    ? base.multiply(ac.percentage().get())
                            .divide(BigDecimal.valueOf(100))
                            .setScale(digits, RoundingMode.HALF_UP)
                    : ac.amount();
            amount = ac.charge() ? amount.add(value) : amount.subtract(value);
        }
        return amount;
    }

    private static int fractionDigits(CurrencyUnit currency) {
        return Currency.getInstance(currency.getCurrencyCode()).getDefaultFractionDigits();
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }

    private static BigDecimal norm(MonetaryAmount amount) {
        BigDecimal value = dec(amount);
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static List<MonetaryAmount> amounts(InvoiceTotals t) {
        List<MonetaryAmount> all = new ArrayList<>();
        for (LineAmounts line : t.lines()) {
            all.add(line.netAmount());
            line.vatInclusiveAmount().ifPresent(all::add);
        }
        all.addAll(t.allowanceChargeNetAmounts());
        all.addAll(List.of(
                t.sumOfLineNetAmounts(),
                t.allowanceTotal(),
                t.chargeTotal(),
                t.taxExclusiveAmount(),
                t.vatTotal(),
                t.taxInclusiveAmount(),
                t.prepaidAmount(),
                t.roundingAmount(),
                t.amountDue()));
        for (VatBreakdown group : t.vatBreakdown()) {
            all.add(group.taxableAmount());
            all.add(group.vatAmount());
        }
        return all;
    }

    /** The document-level figures: BT-92/99 as computed, BT-106 … BT-115 and the breakdown, in order. */
    private static List<Object> documentFigures(InvoiceTotals t) {
        List<Object> figures = new ArrayList<>();
        for (MonetaryAmount ac : t.allowanceChargeNetAmounts()) {
            figures.add(norm(ac));
        }
        for (MonetaryAmount amount : List.of(
                t.sumOfLineNetAmounts(),
                t.allowanceTotal(),
                t.chargeTotal(),
                t.taxExclusiveAmount(),
                t.vatTotal(),
                t.taxInclusiveAmount(),
                t.prepaidAmount(),
                t.roundingAmount(),
                t.amountDue())) {
            figures.add(norm(amount));
        }
        for (VatBreakdown group : t.vatBreakdown()) {
            figures.add(group.vatRate());
            figures.add(norm(group.taxableAmount()));
            figures.add(norm(group.vatAmount()));
        }
        return figures;
    }

    /** Every amount of the totals, line amounts first, in order (without the VAT rates). */
    private static List<BigDecimal> allFigures(InvoiceTotals t) {
        List<BigDecimal> figures = new ArrayList<>();
        for (MonetaryAmount amount : amounts(t)) {
            figures.add(norm(amount));
        }
        return figures;
    }

    private static Map<String, List<BigDecimal>> lineFiguresById(Draft draft, InvoiceTotals t) {
        Map<String, List<BigDecimal>> byId = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            String id = draft.lines().get(i).id();
            assertThat(seen.add(id)).isTrue();
            byId.put(id, List.of(norm(t.lines().get(i).netAmount())));
        }
        return new java.util.TreeMap<>(byId);
    }
}
