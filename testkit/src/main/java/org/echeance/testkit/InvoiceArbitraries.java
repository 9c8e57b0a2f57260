package org.echeance.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;

/**
 * Generates invoice lines, draft invoices and issued invoices whose totals are consistent by construction (the
 * totals are computed by {@link Invoice.Builder#build()}, never typed in).
 *
 * <p>Lines have quantities of 0 to 9999 with 0 to 4 decimals, a fifth of them negative (returns credited on a
 * commercial invoice), unit prices of 0 to 99999 with 0 to 4 decimals and an optional base quantity, fixed and
 * percentage allowances and charges with reasons, VAT S 20, 10, 5.5 or 2.1 %, Z, E or AE (the last two with an
 * exemption reason). Drafts come in EUR, JPY and TND, with net or VAT-inclusive prices, document-level allowances
 * and charges, prepaid and rounding amounts. Issued invoices ({@link #issuedInvoices()}) are in EUR or JPY and
 * pass both {@link org.echeance.core.validation.En16931Validator} and
 * {@link org.echeance.core.validation.FrenchProfile}: French business parties, the legal payment notes, a due
 * date within 60 days and a SEPA credit transfer account.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceArbitraries {
    /** The VAT rates lines are drawn from. */
    public static final List<VatRate> VAT_RATES = List.of(
            VatRate.standard("20"),
            VatRate.standard("10"),
            VatRate.standard("5.5"),
            VatRate.standard("2.1"),
            VatRate.zero(VatCategory.ZERO_RATED),
            VatRate.zero(VatCategory.EXEMPT),
            VatRate.zero(VatCategory.REVERSE_CHARGE));

    private static final List<UnitCode> UNITS =
            List.of(UnitCode.ONE, UnitCode.HOUR, UnitCode.DAY, UnitCode.KILOGRAM, UnitCode.MONTH, UnitCode.PIECE);

    private InvoiceArbitraries() {}

    /**
     * Returns invoice lines in a currency with VAT rates from {@link #VAT_RATES}, ids {@code "1"}.
     *
     * @param currency the currency of the prices
     * @return lines
     */
    public static Arbitrary<InvoiceLine> lines(CurrencyUnit currency) {
        return lines(currency, VAT_RATES).map(spec -> spec.build("1", currency));
    }

    /**
     * Returns draft invoices (no number) in EUR, JPY or TND, with net or VAT-inclusive prices.
     *
     * @return drafts that {@link Invoice.Builder#build()} accepted
     */
    public static Arbitrary<Invoice> drafts() {
        return MoneyArbitraries.currencies().flatMap(InvoiceArbitraries::drafts);
    }

    /**
     * Returns draft invoices in a currency.
     *
     * @param currency the currency
     * @return drafts
     */
    public static Arbitrary<Invoice> drafts(CurrencyUnit currency) {
        return Combinators.combine(
                        Arbitraries.of(PriceEntry.values()),
                        Arbitraries.of(VAT_RATES)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3)
                                .uniqueElements(),
                        Arbitraries.of(
                                DocumentType.COMMERCIAL_INVOICE,
                                DocumentType.COMMERCIAL_INVOICE,
                                DocumentType.COMMERCIAL_INVOICE,
                                DocumentType.CREDIT_NOTE,
                                DocumentType.CORRECTED_INVOICE,
                                DocumentType.PREPAYMENT_INVOICE),
                        PartyArbitraries.frenchBusinesses(),
                        PartyArbitraries.frenchBusinesses(),
                        ScheduleArbitraries.dates())
                .flatAs((entry, rates, type, seller, buyer, day) -> Combinators.combine(
                                lines(currency, rates).list().ofMinSize(1).ofMaxSize(12),
                                documentAllowanceCharge().list().ofMaxSize(3),
                                MoneyArbitraries.minorUnits(0, 5_000_000).optional(0.25),
                                MoneyArbitraries.minorUnits(-99, 99).optional(0.25),
                                IdentifierArbitraries.frenchIbans().optional(0.6),
                                Arbitraries.of("PO-1234", "Commande n° 7 / « urgent »")
                                        .optional(0.4),
                                TermsArbitraries.latePaymentTerms()
                                        .filter(t -> t.recoveryIndemnity().isPresent()),
                                TermsArbitraries.earlyPaymentDiscounts())
                        .as((lines, acs, prepaid, rounding, iban, order, late, discount) -> {
                            Invoice.Builder b = Invoice.builder(type, currency)
                                    .priceEntry(entry)
                                    .seller(seller)
                                    .buyer(buyer)
                                    .invoicingPeriod(InvoicePeriod.ofClosed(day.withDayOfMonth(1), day))
                                    .paymentNotes(late, discount, Locale.FRANCE);
                            if (type == DocumentType.CREDIT_NOTE || type == DocumentType.CORRECTED_INVOICE) {
                                b.precedingInvoice(InvoiceReference.of("F2019-0001", LocalDate.of(2019, 12, 31)));
                            }
                            boolean credit = type == DocumentType.CREDIT_NOTE;
                            for (int i = 0; i < lines.size(); i++) {
                                LineSpec line = credit ? lines.get(i).positive() : lines.get(i);
                                b.line(line.build(String.valueOf(i + 1), currency));
                            }
                            for (AcSpec ac : acs) {
                                if (!credit || ac.charge()) {
                                    // A document-level rate is one of the lines' rates, so its group has the
                                    // lines' exemption reason (BR-E-10, BR-AE-10).
                                    VatRate rate = lines.get(ac.lineIndex() % lines.size())
                                            .vatRate();
                                    b.allowanceCharge(ac.build(currency, null).withVatRate(rate));
                                }
                            }
                            prepaid.filter(p -> !credit)
                                    .ifPresent(p -> b.prepaidAmount(MoneyArbitraries.ofMinor(p, currency)));
                            if (entry == PriceEntry.NET && !credit) {
                                rounding.ifPresent(r -> b.roundingAmount(MoneyArbitraries.ofMinor(r, currency)));
                            }
                            iban.ifPresent(account -> b.paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                                    account, org.echeance.core.identifier.Bic.parse("BNPAFRPPXXX"), "Facture")));
                            order.ifPresent(b::purchaseOrderReference);
                            return b.build();
                        }));
    }

    /**
     * Returns issued invoices and credit notes in EUR or JPY that pass EN 16931 and the French profile: a number,
     * an issue date and a due date from French-compliant payment terms.
     *
     * @return issued invoices
     */
    public static Arbitrary<Invoice> issuedInvoices() {
        return Combinators.combine(
                        Arbitraries.of("EUR", "EUR", "JPY")
                                .map(Monetary::getCurrency)
                                .flatMap(c -> drafts(c)),
                        Arbitraries.integers().between(1, 99_999),
                        ScheduleArbitraries.dates(),
                        TermsArbitraries.frenchPaymentTerms(),
                        IdentifierArbitraries.frenchIbans())
                .as((draft, n, issueDate, terms, iban) -> {
                    Invoice.Builder b = draft.toBuilder().dueDate(terms.dueDate(issueDate));
                    if (draft.paymentInstructions().isEmpty()) {
                        b.paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                                iban, org.echeance.core.identifier.Bic.parse("AGRIFRPP"), "Facture " + n));
                    }
                    String number = String.format(Locale.ROOT, "F%d-%05d", issueDate.getYear(), n);
                    return b.build().issue(number, issueDate);
                });
    }

    /**
     * Returns the payment terms used to date issued invoices; a shortcut to
     * {@link TermsArbitraries#frenchPaymentTerms()}.
     *
     * @return payment terms
     */
    public static Arbitrary<PaymentTerms> issuingTerms() {
        return TermsArbitraries.frenchPaymentTerms();
    }

    private static Arbitrary<LineSpec> lines(CurrencyUnit currency, List<VatRate> rates) {
        Arbitrary<BigDecimal> quantity = Combinators.combine(
                        decimals(0, 9999, 4), Arbitraries.integers().between(1, 5))
                .as((magnitude, dice) -> dice == 1 ? magnitude.negate() : magnitude)
                .edgeCases(e -> e.add(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate()));
        Arbitrary<BigDecimal> price = decimals(0, 99999, Math.max(Amounts.minorUnitDigits(currency), 4))
                .edgeCases(e -> e.add(BigDecimal.ZERO));
        Arbitrary<Optional<BigDecimal>> baseQuantity =
                Arbitraries.of("1", "10", "100", "12").map(BigDecimal::new).optional(0.2);
        Arbitrary<List<AcSpec>> acs = lineAllowanceCharge(currency).list().ofMaxSize(2);
        return Combinators.combine(
                        quantity,
                        price,
                        baseQuantity,
                        Arbitraries.of(rates),
                        acs,
                        Arbitraries.of(UNITS),
                        Arbitraries.of("Conseil", "Licence « Pro »", "Maintenance\nannuelle", "Café 250 g"))
                .as(LineSpec::new);
    }

    private static Arbitrary<AcSpec> lineAllowanceCharge(CurrencyUnit currency) {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        decimals(0, 100, 2).optional(0.5),
                        MoneyArbitraries.minorUnits(0, 1_000_000))
                .as((charge, percentage, units) -> new AcSpec(charge, percentage, units, 0));
    }

    private static Arbitrary<AcSpec> documentAllowanceCharge() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        decimals(0, 100, 2).optional(0.5),
                        MoneyArbitraries.minorUnits(0, 1_000_000),
                        Arbitraries.integers().between(0, 11))
                .as(AcSpec::new);
    }

    /** Returns decimals from min to max with 0 to maxScale decimals, shrinking towards fewer decimals. */
    private static Arbitrary<BigDecimal> decimals(int min, int max, int maxScale) {
        Arbitrary<BigDecimal> full = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(min), BigDecimal.valueOf(max))
                .ofScale(maxScale);
        return Combinators.combine(full, Arbitraries.integers().between(0, maxScale))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN));
    }

    /** An allowance or charge as generated: fixed, or a percentage of a base. */
    private record AcSpec(boolean charge, Optional<BigDecimal> percentage, long units, int lineIndex) {
        AllowanceCharge build(CurrencyUnit currency, BigDecimal lineBase) {
            AllowanceCharge ac;
            if (percentage.isPresent()) {
                BigDecimal base =
                        lineBase != null ? lineBase : BigDecimal.valueOf(units, Amounts.minorUnitDigits(currency));
                ac = charge
                        ? AllowanceCharge.chargeOf(percentage.get(), Amounts.money(base, currency))
                        : AllowanceCharge.allowanceOf(percentage.get(), Amounts.money(base, currency));
            } else {
                ac = charge
                        ? AllowanceCharge.charge(MoneyArbitraries.ofMinor(units, currency))
                        : AllowanceCharge.allowance(MoneyArbitraries.ofMinor(units, currency));
            }
            return charge ? ac.withReason("FC", "Frais de port") : ac.withReason("95", "Remise");
        }
    }

    /** A line as generated, built once its id is known. */
    private record LineSpec(
            BigDecimal quantity,
            BigDecimal price,
            Optional<BigDecimal> baseQuantity,
            VatRate vatRate,
            List<AcSpec> allowancesCharges,
            UnitCode unit,
            String itemName) {

        LineSpec positive() {
            List<AcSpec> charges = new ArrayList<>();
            for (AcSpec ac : allowancesCharges) {
                if (ac.charge()) {
                    charges.add(ac);
                }
            }
            return new LineSpec(quantity.abs(), price, baseQuantity, vatRate, charges, unit, itemName);
        }

        InvoiceLine build(String id, CurrencyUnit currency) {
            int digits = Amounts.minorUnitDigits(currency);
            BigDecimal netPrice = price.scale() > 4 ? price.setScale(4, RoundingMode.DOWN) : price;
            Price p = Price.of(Amounts.money(netPrice, currency));
            if (baseQuantity.isPresent()) {
                p = p.withBaseQuantity(baseQuantity.get());
            }
            InvoiceLine.Builder b = InvoiceLine.builder(id, itemName)
                    .quantity(quantity, unit)
                    .price(p)
                    .vatRate(vatRate);
            if (vatRate.category() == VatCategory.EXEMPT) {
                b.exemption("VATEX-EU-132", "Exonération de TVA, article 261 du CGI");
            } else if (vatRate.category() == VatCategory.REVERSE_CHARGE) {
                b.exemption("VATEX-EU-AE", "Autoliquidation");
            }
            BigDecimal lineBase = quantity.multiply(netPrice)
                    .divide(baseQuantity.orElse(BigDecimal.ONE), digits, RoundingMode.HALF_UP);
            for (AcSpec ac : allowancesCharges) {
                try {
                    b.allowanceCharge(ac.build(currency, lineBase));
                } catch (ValidationException e) {
                    // A percentage of a negative base gives a negative allowance, which core refuses: leave it out.
                }
            }
            return b.build();
        }
    }
}
