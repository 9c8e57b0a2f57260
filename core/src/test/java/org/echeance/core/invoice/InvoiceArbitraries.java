package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.javamoney.moneta.Money;

/**
 * jqwik generators for invoices, kept in one place for the module (they move to the {@code testkit} later).
 *
 * <p>An invoice is generated as a {@link Draft}, a plain description that builds the {@link Invoice} and can be
 * transformed (lines shuffled, every amount negated) before building, so that properties can compare two
 * related invoices.
 *
 * <p>What is generated: EUR, JPY (no decimals) or BHD (3 decimals); net or VAT-inclusive prices; 1 to 30 lines
 * with quantities of 0 to 4 decimals (a fifth of them negative: returns on a commercial invoice), unit prices of 0
 * to 99999 with 0 to 4 decimals and an optional base quantity; fixed and percentage line allowances and charges;
 * 0 to 5 document-level allowances and charges, each with a VAT rate (usually one of the lines' rates, sometimes
 * a rate no line has); VAT S 20, 10, 5.5, 2.1, 19 or 7 %, Z, E (with exemption reason) and AE (with reason); a
 * prepaid amount and, for net prices, a rounding amount.
 */
final class InvoiceArbitraries {
    static final List<String> CURRENCIES = List.of("EUR", "JPY", "BHD");

    static final List<VatRate> VAT_RATES = List.of(
            VatRate.standard("20"),
            VatRate.standard("10"),
            VatRate.standard("5.5"),
            VatRate.standard("2.1"),
            VatRate.standard("19"),
            VatRate.standard("7"),
            VatRate.zero(VatCategory.ZERO_RATED),
            VatRate.zero(VatCategory.EXEMPT),
            VatRate.zero(VatCategory.REVERSE_CHARGE));

    private static final Party SELLER = Party.builder("Vendeur SARL")
            .address(PostalAddress.of("1 rue de la Paix", "75002", "Paris", "FR"))
            .build();
    private static final Party BUYER = Party.builder("Acheteur SA")
            .address(PostalAddress.of("2 place Bellecour", "69002", "Lyon", "FR"))
            .build();

    private InvoiceArbitraries() {}

    /** Invoices with net or VAT-inclusive prices. */
    static Arbitrary<Draft> invoices() {
        return Arbitraries.of(PriceEntry.values()).flatMap(InvoiceArbitraries::invoices);
    }

    /** Invoices with net prices (the EN 16931 model). */
    static Arbitrary<Draft> netInvoices() {
        return invoices(PriceEntry.NET);
    }

    /** Invoices with VAT-inclusive prices and allowance amounts. */
    static Arbitrary<Draft> vatInclusiveInvoices() {
        return invoices(PriceEntry.VAT_INCLUSIVE);
    }

    private static Arbitrary<Draft> invoices(PriceEntry entry) {
        return Arbitraries.of(CURRENCIES)
                .map(Monetary::getCurrency)
                .flatMap(currency -> VatRateSubset.arbitrary().flatMap(rates -> draft(entry, currency, rates)));
    }

    private static Arbitrary<Draft> draft(PriceEntry entry, CurrencyUnit currency, List<VatRate> rates) {
        int digits = currency.getDefaultFractionDigits();
        Arbitrary<List<LineDraft>> lines =
                line(digits, rates).list().ofMinSize(1).ofMaxSize(30).map(InvoiceArbitraries::numbered);
        Arbitrary<List<AcDraft>> acs =
                documentAllowanceCharge(digits, rates).list().ofMaxSize(5);
        Arbitrary<BigDecimal> prepaid = orZero(minorUnits(0, 5_000_000, digits));
        Arbitrary<BigDecimal> rounding =
                entry == PriceEntry.NET ? orZero(minorUnits(-99, 99, digits)) : Arbitraries.just(BigDecimal.ZERO);
        return Combinators.combine(lines, acs, prepaid, rounding)
                .as((l, a, p, r) -> new Draft(currency, entry, l, a, p, r));
    }

    private static Arbitrary<LineDraft> line(int digits, List<VatRate> rates) {
        Arbitrary<BigDecimal> quantity = Combinators.combine(
                        decimals(0, 9999, 4), Arbitraries.integers().between(1, 5))
                .as((magnitude, dice) -> dice == 1 ? magnitude.negate() : magnitude);
        Arbitrary<BigDecimal> price = decimals(0, 99999, 4);
        Arbitrary<Optional<BigDecimal>> baseQuantity = Arbitraries.oneOf(
                        Arbitraries.of("1", "10", "100", "1000", "12").map(BigDecimal::new), decimals(1, 500, 3))
                .optional(0.25);
        Arbitrary<List<AcDraft>> acs = lineAllowanceCharge(digits).list().ofMaxSize(3);
        return Combinators.combine(quantity, price, baseQuantity, Arbitraries.of(rates), acs)
                .as((q, p, b, r, a) -> new LineDraft("", q, p, b, r, a));
    }

    /** A line allowance or charge: fixed, or a percentage of the line's own amount. */
    private static Arbitrary<AcDraft> lineAllowanceCharge(int digits) {
        Arbitrary<Boolean> charge = Arbitraries.of(true, false);
        Arbitrary<Optional<BigDecimal>> percentage = decimals(0, 100, 2).optional(0.5);
        return Combinators.combine(charge, percentage, minorUnits(0, 1_000_000, digits))
                .as((c, p, amount) -> new AcDraft(c, p, amount, Optional.empty()));
    }

    /** A document allowance or charge: fixed or a percentage of a base amount, with a VAT rate. */
    private static Arbitrary<AcDraft> documentAllowanceCharge(int digits, List<VatRate> rates) {
        Arbitrary<Boolean> charge = Arbitraries.of(true, false);
        Arbitrary<Optional<BigDecimal>> percentage = decimals(0, 100, 2).optional(0.5);
        Arbitrary<VatRate> rate = Arbitraries.integers()
                .between(1, 5)
                .flatMap(dice -> dice == 1 ? Arbitraries.of(VAT_RATES) : Arbitraries.of(rates));
        return Combinators.combine(charge, percentage, minorUnits(0, 1_000_000, digits), rate)
                .as((c, p, amount, r) -> new AcDraft(c, p, amount, Optional.of(r)));
    }

    /**
     * A decimal between min and max (both ≥ 0) with 0 to maxScale decimals: drawn with maxScale decimals, then cut
     * to a random scale (no flatMap, which makes generation and shrinking slow).
     */
    static Arbitrary<BigDecimal> decimals(int min, int max, int maxScale) {
        Arbitrary<BigDecimal> full = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(min), BigDecimal.valueOf(max))
                .ofScale(maxScale);
        return Combinators.combine(full, Arbitraries.integers().between(0, maxScale))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN));
    }

    /** Zero three times in four, else a value of the given arbitrary. */
    static Arbitrary<BigDecimal> orZero(Arbitrary<BigDecimal> values) {
        return values.optional(0.25).map(value -> value.orElse(BigDecimal.ZERO));
    }

    /** An amount between min and max minor units, with exactly the currency's scale. */
    static Arbitrary<BigDecimal> minorUnits(long min, long max, int digits) {
        return Arbitraries.longs().between(min, max).map(units -> BigDecimal.valueOf(units, digits));
    }

    private static List<LineDraft> numbered(List<LineDraft> lines) {
        List<LineDraft> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineDraft l = lines.get(i);
            result.add(new LineDraft(
                    "L" + (i + 1), l.quantity(), l.price(), l.baseQuantity(), l.vatRate(), l.allowancesCharges()));
        }
        return result;
    }

    static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency);
    }

    /** A non-empty subset of {@link #VAT_RATES}, 1 to 4 rates, used by one invoice. */
    private static final class VatRateSubset {
        static Arbitrary<List<VatRate>> arbitrary() {
            return Arbitraries.of(VAT_RATES).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        }
    }

    /**
     * An allowance or charge as generated: fixed ({@code amount}) or a percentage of {@code amount} taken as base
     * amount (for a line, of the line's own amount); a VAT rate on document level only.
     */
    record AcDraft(boolean charge, Optional<BigDecimal> percentage, BigDecimal amount, Optional<VatRate> vatRate) {
        AcDraft negated() {
            return new AcDraft(charge, percentage, amount.negate(), vatRate);
        }

        AllowanceCharge build(CurrencyUnit currency, BigDecimal lineBase) {
            AllowanceCharge ac;
            if (percentage.isPresent()) {
                BigDecimal base = lineBase != null ? lineBase : amount;
                ac = charge
                        ? AllowanceCharge.chargeOf(percentage.get(), money(base, currency))
                        : AllowanceCharge.allowanceOf(percentage.get(), money(base, currency));
            } else {
                ac = charge
                        ? AllowanceCharge.charge(money(amount, currency))
                        : AllowanceCharge.allowance(money(amount, currency));
            }
            ac = ac.withReason(charge ? "Fret" : "Remise");
            return vatRate.map(ac::withVatRate).orElse(ac);
        }
    }

    /** A line as generated. */
    record LineDraft(
            String id,
            BigDecimal quantity,
            BigDecimal price,
            Optional<BigDecimal> baseQuantity,
            VatRate vatRate,
            List<AcDraft> allowancesCharges) {

        LineDraft negated() {
            List<AcDraft> acs = new ArrayList<>();
            for (AcDraft ac : allowancesCharges) {
                acs.add(ac.percentage().isPresent() ? ac : ac.negated());
            }
            return new LineDraft(id, quantity.negate(), price, baseQuantity, vatRate, acs);
        }

        /** The line's amount before its allowances and charges, rounded half-up to the currency. */
        BigDecimal baseAmount(int digits) {
            BigDecimal raw = quantity.multiply(price);
            BigDecimal base = baseQuantity.orElse(BigDecimal.ONE);
            return raw.divide(base, digits, RoundingMode.HALF_UP);
        }

        InvoiceLine build(CurrencyUnit currency) {
            Price p = Price.of(money(price, currency));
            if (baseQuantity.isPresent()) {
                p = p.withBaseQuantity(baseQuantity.get());
            }
            InvoiceLine.Builder b = InvoiceLine.builder(id, "Article " + id)
                    .quantity(quantity, UnitCode.ONE)
                    .price(p)
                    .vatRate(vatRate);
            switch (vatRate.category()) {
                case EXEMPT -> b.exemption("VATEX-EU-132", "Exonération de TVA, article 261 du CGI");
                case REVERSE_CHARGE -> b.exemption("VATEX-EU-AE", "Autoliquidation");
                default -> {}
            }
            BigDecimal lineBase = baseAmount(currency.getDefaultFractionDigits());
            for (AcDraft ac : allowancesCharges) {
                b.allowanceCharge(ac.build(currency, lineBase));
            }
            return b.build();
        }
    }

    /** An invoice as generated; {@link #build()} makes the {@link Invoice}. */
    record Draft(
            CurrencyUnit currency,
            PriceEntry entry,
            List<LineDraft> lines,
            List<AcDraft> allowancesCharges,
            BigDecimal prepaid,
            BigDecimal rounding) {

        int digits() {
            return currency.getDefaultFractionDigits();
        }

        Invoice build() {
            Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, currency)
                    .priceEntry(entry)
                    .seller(SELLER)
                    .buyer(BUYER);
            for (LineDraft line : lines) {
                b.line(line.build(currency));
            }
            for (AcDraft ac : allowancesCharges) {
                b.allowanceCharge(ac.build(currency, null));
            }
            if (prepaid.signum() != 0) {
                b.prepaidAmount(money(prepaid, currency));
            }
            if (entry == PriceEntry.NET) {
                b.roundingAmount(money(rounding, currency));
            }
            return b.build();
        }

        /** The same invoice with its lines in another order. */
        Draft shuffled(long seed) {
            List<LineDraft> copy = new ArrayList<>(lines);
            Collections.shuffle(copy, new Random(seed));
            return new Draft(currency, entry, copy, allowancesCharges, prepaid, rounding);
        }

        /**
         * The mirror invoice: every quantity, fixed allowance or charge amount, percentage base amount, prepaid
         * and rounding amount negated (percentage line allowances follow their line's negated amount).
         */
        Draft negated() {
            return new Draft(
                    currency,
                    entry,
                    lines.stream().map(LineDraft::negated).toList(),
                    allowancesCharges.stream().map(AcDraft::negated).toList(),
                    prepaid.negate(),
                    rounding.negate());
        }
    }
}
