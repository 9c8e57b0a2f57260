package org.echeance.core.invoice.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.ExchangeRate;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.LineAmounts;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;

/**
 * Computes EN 16931 totals on {@code BigDecimal}, converting to {@code MonetaryAmount} only at the end.
 *
 * <p>Order and rounding (half-up to the currency's minor unit): each line net amount BT-131 = round(quantity ×
 * net price / base quantity) + line charges − line allowances; BT-106 = Σ BT-131; BT-109 = BT-106 − BT-107 +
 * BT-108; per VAT category and rate BT-116 = Σ line nets + charges − allowances and BT-117 = round(BT-116 ×
 * rate / 100); BT-110 = Σ BT-117; BT-112 = BT-109 + BT-110; BT-115 = BT-112 − BT-113 + BT-114.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class TotalsCalculator {
    /** Scale kept at least on a unit price derived from a VAT-inclusive price. */
    public static final int DERIVED_PRICE_SCALE = 4;

    private static final MathContext DIVISION = MathContext.DECIMAL128;
    private static final Comparator<VatRate> BREAKDOWN_ORDER = Comparator.<VatRate>comparingInt(
                    r -> r.category().ordinal())
            .thenComparing(VatRate::percent, Comparator.reverseOrder());

    private TotalsCalculator() {}

    /**
     * Computes the totals of an invoice's parts, already checked for currency and structure.
     *
     * @param currency the invoice currency
     * @param entry how prices were entered
     * @param lines the lines
     * @param documentAllowancesCharges the document-level allowances and charges, each with a VAT rate
     * @param prepaid the paid amount (BT-113)
     * @param rounding the rounding amount given by the caller (BT-114); must be zero for VAT-inclusive entry
     * @param exchangeRate the VAT accounting currency rate, if any
     * @param exemptions the exemption reason (text, code) per VAT rate, taken from the lines
     * @return the totals
     */
    public static InvoiceTotals compute(
            CurrencyUnit currency,
            PriceEntry entry,
            List<InvoiceLine> lines,
            List<AllowanceCharge> documentAllowancesCharges,
            BigDecimal prepaid,
            BigDecimal rounding,
            Optional<ExchangeRate> exchangeRate,
            Map<VatRate, Exemption> exemptions) {
        int n = lines.size();
        BigDecimal[] lineNet = new BigDecimal[n];
        BigDecimal[] lineGross = new BigDecimal[n];
        BigDecimal[] acNet = new BigDecimal[documentAllowancesCharges.size()];
        BigDecimal roundingAmount = rounding;

        if (entry == PriceEntry.NET) {
            for (int i = 0; i < n; i++) {
                lineNet[i] = lineAmount(lines.get(i), currency);
            }
            for (int j = 0; j < acNet.length; j++) {
                acNet[j] = documentAllowancesCharges.get(j).signedAmount();
            }
        } else {
            roundingAmount = deriveNetFromGross(currency, lines, documentAllowancesCharges, lineNet, lineGross, acNet);
        }

        Map<VatRate, BigDecimal> taxable = new TreeMap<>(BREAKDOWN_ORDER);
        BigDecimal sumLines = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            sumLines = sumLines.add(lineNet[i]);
            taxable.merge(lines.get(i).vatRate(), lineNet[i], BigDecimal::add);
        }
        BigDecimal allowances = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        for (int j = 0; j < acNet.length; j++) {
            AllowanceCharge ac = documentAllowancesCharges.get(j);
            if (ac.isCharge()) {
                charges = charges.add(acNet[j]);
            } else {
                allowances = allowances.add(acNet[j].negate());
            }
            taxable.merge(ac.vatRate().orElseThrow(), acNet[j], BigDecimal::add);
        }
        BigDecimal taxExclusive = sumLines.subtract(allowances).add(charges);

        List<VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal vatTotal = BigDecimal.ZERO;
        BigDecimal vatTotalTc = BigDecimal.ZERO;
        for (Map.Entry<VatRate, BigDecimal> group : taxable.entrySet()) {
            VatRate rate = group.getKey();
            BigDecimal base = group.getValue();
            BigDecimal vat = Amounts.round(base.multiply(rate.fraction()), currency);
            vatTotal = vatTotal.add(vat);
            Optional<MonetaryAmount> vatTc = Optional.empty();
            if (exchangeRate.isPresent()) {
                ExchangeRate xr = exchangeRate.get();
                BigDecimal converted =
                        Amounts.round(base.multiply(xr.rate()).multiply(rate.fraction()), xr.taxCurrency());
                vatTotalTc = vatTotalTc.add(converted);
                vatTc = Optional.of(Amounts.money(converted, xr.taxCurrency()));
            }
            Exemption exemption = exemptions.getOrDefault(rate, Exemption.NONE);
            breakdown.add(new VatBreakdown(
                    rate,
                    Amounts.money(base, currency),
                    Amounts.money(vat, currency),
                    exemption.text(),
                    exemption.code(),
                    vatTc));
        }
        BigDecimal taxInclusive = taxExclusive.add(vatTotal);
        BigDecimal due = taxInclusive.subtract(prepaid).add(roundingAmount);
        BigDecimal taxCurrencyTotal = vatTotalTc;

        List<LineAmounts> lineAmounts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            InvoiceLine line = lines.get(i);
            MonetaryAmount netPrice =
                    entry == PriceEntry.NET ? line.price().netPrice() : Amounts.money(derivedNetPrice(line), currency);
            lineAmounts.add(new LineAmounts(
                    netPrice,
                    Amounts.money(lineNet[i], currency),
                    entry == PriceEntry.NET ? Optional.empty() : Optional.of(Amounts.money(lineGross[i], currency))));
        }
        List<MonetaryAmount> acAmounts = new ArrayList<>(acNet.length);
        for (int j = 0; j < acNet.length; j++) {
            BigDecimal value = acNet[j];
            acAmounts.add(
                    Amounts.money(documentAllowancesCharges.get(j).isCharge() ? value : value.negate(), currency));
        }
        return new InvoiceTotals(
                lineAmounts,
                acAmounts,
                Amounts.money(sumLines, currency),
                Amounts.money(allowances, currency),
                Amounts.money(charges, currency),
                Amounts.money(taxExclusive, currency),
                breakdown,
                Amounts.money(vatTotal, currency),
                exchangeRate.map(xr -> Amounts.money(taxCurrencyTotal, xr.taxCurrency())),
                Amounts.money(taxInclusive, currency),
                Amounts.money(prepaid, currency),
                Amounts.money(roundingAmount, currency),
                Amounts.money(due, currency));
    }

    /**
     * Returns a line's amount: round(quantity × price / base quantity) + charges − allowances, rounded to the
     * currency (the net amount BT-131 for net prices, the VAT-inclusive amount otherwise).
     *
     * @param line the line
     * @param currency the currency
     * @return the rounded amount
     */
    public static BigDecimal lineAmount(InvoiceLine line, CurrencyUnit currency) {
        BigDecimal price = Amounts.decimal(line.price().netPrice());
        BigDecimal raw = line.quantity().multiply(price);
        BigDecimal base = line.price().effectiveBaseQuantity();
        if (base.compareTo(BigDecimal.ONE) != 0) {
            raw = raw.divide(base, DIVISION);
        }
        BigDecimal amount = Amounts.round(raw, currency);
        for (AllowanceCharge ac : line.allowancesCharges()) {
            amount = amount.add(ac.signedAmount());
        }
        return amount;
    }

    /**
     * Derives net amounts from VAT-inclusive entry, per VAT rate, and returns the rounding amount (BT-114) that
     * makes the amount due equal the VAT-inclusive total.
     */
    private static BigDecimal deriveNetFromGross(
            CurrencyUnit currency,
            List<InvoiceLine> lines,
            List<AllowanceCharge> acs,
            BigDecimal[] lineNet,
            BigDecimal[] lineGross,
            BigDecimal[] acNet) {
        Map<VatRate, List<Integer>> linesByRate = new LinkedHashMap<>();
        Map<VatRate, BigDecimal> grossByRate = new LinkedHashMap<>();
        Map<VatRate, BigDecimal> acNetByRate = new LinkedHashMap<>();
        Map<VatRate, List<Integer>> acsByRate = new LinkedHashMap<>();
        BigDecimal[] acGross = new BigDecimal[acs.size()];
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            lineGross[i] = lineAmount(line, currency);
            linesByRate.computeIfAbsent(line.vatRate(), r -> new ArrayList<>()).add(i);
            grossByRate.merge(line.vatRate(), lineGross[i], BigDecimal::add);
        }
        for (int j = 0; j < acs.size(); j++) {
            AllowanceCharge ac = acs.get(j);
            VatRate rate = ac.vatRate().orElseThrow();
            BigDecimal gross = ac.signedAmount();
            acGross[j] = gross;
            acNet[j] = netOf(gross, rate, currency);
            acsByRate.computeIfAbsent(rate, r -> new ArrayList<>()).add(j);
            grossByRate.merge(rate, gross, BigDecimal::add);
            acNetByRate.merge(rate, acNet[j], BigDecimal::add);
        }
        BigDecimal rounding = BigDecimal.ZERO;
        for (Map.Entry<VatRate, BigDecimal> group : grossByRate.entrySet()) {
            VatRate rate = group.getKey();
            BigDecimal gross = group.getValue();
            BigDecimal net = netOf(gross, rate, currency);
            BigDecimal vat = Amounts.round(net.multiply(rate.fraction()), currency);
            rounding = rounding.add(gross.subtract(net).subtract(vat));
            List<Integer> indexes = linesByRate.getOrDefault(rate, List.of());
            if (indexes.isEmpty()) {
                // A group of document allowances and charges only: they carry the group's net, as lines would.
                spread(net, acsByRate.get(rate), acGross, acNet, rate, currency);
            } else {
                BigDecimal linesNet = net.subtract(acNetByRate.getOrDefault(rate, BigDecimal.ZERO));
                spread(linesNet, indexes, lineGross, lineNet, rate, currency);
            }
        }
        return rounding;
    }

    /** Spreads a net total over lines: each line's own net, then one minor unit at a time to the largest lines. */
    private static void spread(
            BigDecimal total,
            List<Integer> indexes,
            BigDecimal[] lineGross,
            BigDecimal[] lineNet,
            VatRate rate,
            CurrencyUnit currency) {
        if (indexes.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i : indexes) {
            lineNet[i] = netOf(lineGross[i], rate, currency);
            sum = sum.add(lineNet[i]);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Amounts.minorUnitDigits(currency));
        BigDecimal residue = total.subtract(sum);
        if (residue.signum() == 0) {
            return;
        }
        List<Integer> byWeight = new ArrayList<>(indexes);
        byWeight.sort(Comparator.<Integer, BigDecimal>comparing(i -> lineGross[i].abs())
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        BigDecimal step = residue.signum() > 0 ? unit : unit.negate();
        int k = 0;
        while (residue.signum() != 0) {
            int i = byWeight.get(k % byWeight.size());
            lineNet[i] = lineNet[i].add(step);
            residue = residue.subtract(step);
            k++;
        }
    }

    private static BigDecimal netOf(BigDecimal gross, VatRate rate, CurrencyUnit currency) {
        return Amounts.round(gross.divide(BigDecimal.ONE.add(rate.fraction()), DIVISION), currency);
    }

    private static BigDecimal derivedNetPrice(InvoiceLine line) {
        BigDecimal gross = Amounts.decimal(line.price().netPrice());
        int scale = Math.max(DERIVED_PRICE_SCALE, gross.scale());
        return gross.divide(BigDecimal.ONE.add(line.vatRate().fraction()), scale, RoundingMode.HALF_UP);
    }

    /**
     * The exemption reason of a VAT rate group, taken from its lines.
     *
     * @param text the reason text (BT-120), if any
     * @param code the reason code (BT-121), if any
     */
    public record Exemption(Optional<String> text, Optional<String> code) {
        /** No exemption reason. */
        public static final Exemption NONE = new Exemption(Optional.empty(), Optional.empty());
    }
}
