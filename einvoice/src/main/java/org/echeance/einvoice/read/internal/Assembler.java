package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.echeance.core.EcheanceException;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.ExchangeRate;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.read.Difference;
import org.echeance.einvoice.read.ReadResult;
import org.echeance.einvoice.read.StatedTotals;
import org.echeance.einvoice.read.StatedVatGroup;

/**
 * Builds the invoice from a {@link DocumentDraft} with the core builder, which computes the totals, and compares
 * them with the totals the document states.
 *
 * <p>Each line's net amount is recomputed from its quantity, price and allowances (the Peppol formula). Where the
 * document states another line amount, the difference is reported under BT-131 and two readings the official
 * examples need are tried, each kept only if it gives exactly the stated amount: the quantity with the sign of the
 * stated amount (a return written with a positive quantity), or the price base quantity (BT-149) that the stated
 * amount implies. A note says which reading was taken; document totals are then compared with lines that agree
 * with the document's own line amounts, so a wrong total is never hidden behind a wrong line.
 *
 * <p>When the document has a VAT accounting currency (BT-6) the rate is not in the document: it is derived from
 * BT-111 / BT-110, with the fewest decimals that reproduce BT-111, and a note says so. Not API.
 */
final class Assembler {
    private final DocumentDraft d;
    private final List<Difference> lineDifferences = new ArrayList<>();

    private Assembler(DocumentDraft d) {
        this.d = d;
    }

    static ReadResult assemble(DocumentDraft d, Optional<String> source) {
        return new Assembler(d).assemble(source);
    }

    private ReadResult assemble(Optional<String> source) {
        StatedTotals stated = d.statedTotals();
        Optional<Profile> profile = d.specificationId.flatMap(Profile::fromSpecificationId);
        uniqueLineIds();
        if (!d.refusals.isEmpty() || d.type == null || d.seller == null || d.buyer == null || !linesComplete()) {
            return result(source, stated, profile, Optional.empty(), d.refusals);
        }
        Map<String, StatedVatGroup> statedVat = statedVatByKey();
        List<InvoiceLine> lines = new ArrayList<>();
        try {
            List<InvoiceLine> asWritten = new ArrayList<>();
            for (LineDraft line : d.lines) {
                asWritten.add(
                        line.build(line.quantity, line.price, reasonCode(line, statedVat), reason(line, statedVat)));
            }
            Invoice invoice = build(asWritten, Optional.empty());
            // Lines whose stated amount the core does not reproduce are looked at one by one; most documents have none.
            boolean changed = false;
            for (int i = 0; i < d.lines.size(); i++) {
                BigDecimal computed =
                        Amounts.decimal(invoice.totals().lines().get(i).netAmount());
                InvoiceLine line = reconciled(d.lines.get(i), asWritten.get(i), computed, statedVat);
                changed |= line != asWritten.get(i);
                lines.add(line);
            }
            if (changed) {
                invoice = build(lines, Optional.empty());
            }
            if (d.taxCurrency.isPresent()) {
                invoice = withTaxRate(lines, invoice);
            }
            return result(source, stated, profile, Optional.of(invoice), En16931Validator.validate(invoice));
        } catch (ValidationException e) {
            return result(source, stated, profile, Optional.empty(), e.violations());
        } catch (EcheanceException e) {
            return result(
                    source,
                    stated,
                    profile,
                    Optional.empty(),
                    List.of(new Violation("ECH-READ-01", "invoice", e.getMessage())));
        }
    }

    private boolean linesComplete() {
        return d.lines.stream().allMatch(LineDraft::isComplete);
    }

    /** Renames the second and later uses of a line id (the model wants ids unique), with a note. */
    private void uniqueLineIds() {
        Set<String> seen = new HashSet<>();
        for (LineDraft line : d.lines) {
            if (line.id == null || seen.add(line.id)) {
                continue;
            }
            String original = line.id;
            int n = 2;
            while (!seen.add(original + "#" + n)) {
                n++;
            }
            line.id = original + "#" + n;
            d.note(
                    "BT-126",
                    line.path + ".id",
                    "line id \"" + original + "\" is used twice; read as \"" + line.id + "\"");
        }
    }

    private Map<String, StatedVatGroup> statedVatByKey() {
        Map<String, StatedVatGroup> groups = new LinkedHashMap<>();
        for (StatedVatGroup group : d.statedVat) {
            groups.putIfAbsent(group.key(), group);
        }
        return groups;
    }

    private static Optional<String> reasonCode(LineDraft line, Map<String, StatedVatGroup> statedVat) {
        StatedVatGroup group = statedVat.get(line.vatRate.toString());
        return group == null ? Optional.empty() : group.exemptionReasonCode();
    }

    private static Optional<String> reason(LineDraft line, Map<String, StatedVatGroup> statedVat) {
        StatedVatGroup group = statedVat.get(line.vatRate.toString());
        return group == null ? Optional.empty() : group.exemptionReason();
    }

    private InvoiceLine reconciled(
            LineDraft line, InvoiceLine asWritten, BigDecimal computed, Map<String, StatedVatGroup> statedVat) {
        if (line.statedNetAmount.isEmpty()) {
            return asWritten;
        }
        BigDecimal stated = Amounts.decimal(line.statedNetAmount.get());
        if (computed.compareTo(stated) == 0) {
            return asWritten;
        }
        Optional<String> reasonCode = reasonCode(line, statedVat);
        Optional<String> reason = reason(line, statedVat);
        lineDifferences.add(new Difference(
                "BT-131", line.path + ".netAmount", line.statedNetAmount, Optional.of(d.money(computed))));
        // A return written with a positive quantity and a negative amount: the quantity takes the amount's sign.
        if (stated.signum() != 0 && stated.signum() != computed.signum()) {
            InvoiceLine negated = line.build(line.quantity.negate(), line.price, reasonCode, reason);
            if (agrees(negated, stated)) {
                d.note(
                        "BT-131",
                        line.path,
                        "stated net amount " + stated.toPlainString()
                                + " has the opposite sign of quantity × price; read" + " with quantity "
                                + line.quantity.negate().toPlainString());
                return negated;
            }
        }
        Optional<BigDecimal> base = impliedBaseQuantity(line, asWritten, stated);
        if (base.isPresent()) {
            Price price = line.price.withBaseQuantity(base.get());
            InvoiceLine rebased = line.build(line.quantity, price, reasonCode, reason);
            if (agrees(rebased, stated)) {
                d.note(
                        "BT-131",
                        line.path,
                        "stated net amount " + stated.toPlainString() + " is not quantity × price / base quantity "
                                + line.price.effectiveBaseQuantity().toPlainString()
                                + "; read with price base quantity "
                                + base.get().toPlainString() + " (BT-149), which gives it");
                return rebased;
            }
        }
        d.note("BT-131", line.path, "stated net amount " + stated.toPlainString() + " is kept as a difference");
        return asWritten;
    }

    /** Returns the base quantity B with round(quantity × net price / B) + charges − allowances = stated, if exact. */
    private static Optional<BigDecimal> impliedBaseQuantity(LineDraft line, InvoiceLine asWritten, BigDecimal stated) {
        BigDecimal adjustments = BigDecimal.ZERO;
        for (var ac : asWritten.allowancesCharges()) {
            adjustments = adjustments.add(ac.signedAmount());
        }
        BigDecimal priced = stated.subtract(adjustments);
        BigDecimal gross = line.quantity.multiply(Amounts.decimal(line.price.netPrice()));
        if (priced.signum() == 0 || gross.signum() == 0) {
            return Optional.empty();
        }
        try {
            BigDecimal base = gross.divide(priced).stripTrailingZeros();
            if (base.signum() <= 0 || base.scale() > 6) {
                return Optional.empty();
            }
            return Optional.of(base.scale() < 0 ? base.setScale(0) : base);
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private boolean agrees(InvoiceLine candidate, BigDecimal stated) {
        try {
            return lineNet(candidate).compareTo(stated) == 0;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** Computes one line's net amount with the core calculator, on a one-line invoice. */
    private BigDecimal lineNet(InvoiceLine line) {
        Party party = Party.builder("line check").build();
        // Always a commercial invoice: a credit note refuses a negative total, and a candidate line may be negative.
        Invoice single = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, d.currency)
                .seller(party)
                .buyer(party)
                .line(line)
                .build();
        return Amounts.decimal(single.totals().lines().get(0).netAmount());
    }

    private Invoice build(List<InvoiceLine> lines, Optional<ExchangeRate> rate) {
        Invoice.Builder b = Invoice.builder(d.type, d.currency).seller(d.seller).buyer(d.buyer);
        d.number.ifPresent(b::number);
        d.issueDate.ifPresent(b::issueDate);
        d.dueDate.ifPresent(b::dueDate);
        rate.ifPresent(b::taxExchangeRate);
        d.payee.ifPresent(b::payee);
        d.buyerReference.ifPresent(b::buyerReference);
        d.purchaseOrderReference.ifPresent(b::purchaseOrderReference);
        d.precedingInvoices.forEach(b::precedingInvoice);
        d.deliveryDate.ifPresent(b::deliveryDate);
        d.period.ifPresent(b::invoicingPeriod);
        d.deliverTo.ifPresent(b::deliverTo);
        lines.forEach(b::line);
        d.allowancesCharges.forEach(b::allowanceCharge);
        d.invoiceNotes.forEach(b::note);
        d.paymentInstructions.ifPresent(b::paymentInstructions);
        d.paymentTerms.ifPresent(b::paymentTerms);
        d.statedAmount("BT-113").ifPresent(b::prepaidAmount);
        d.statedAmount("BT-114").ifPresent(b::roundingAmount);
        return b.build();
    }

    /** Derives the rate to the VAT accounting currency from BT-111 / BT-110, with the fewest decimals that fit. */
    private Invoice withTaxRate(List<InvoiceLine> lines, Invoice invoice) {
        BigDecimal vatTotal = d.stated.get("BT-110");
        BigDecimal vatInTaxCurrency = d.stated.get("BT-111");
        String code = d.taxCurrency.get().getCurrencyCode();
        if (vatTotal == null || vatInTaxCurrency == null || vatTotal.signum() == 0 || vatInTaxCurrency.signum() <= 0) {
            d.note(
                    "BT-6",
                    "taxExchangeRate",
                    "no rate to " + code + " can be derived without BT-110 and BT-111; left out");
            return invoice;
        }
        Optional<LocalDate> date = d.issueDate;
        if (date.isEmpty()) {
            d.note("BT-6", "taxExchangeRate", "no rate to " + code + " is kept without an issue date; left out");
            return invoice;
        }
        BigDecimal exact = vatInTaxCurrency.divide(vatTotal.abs(), 12, RoundingMode.HALF_UP);
        Invoice fallback = null;
        for (int scale = 1; scale <= 10; scale++) {
            BigDecimal rate = exact.setScale(scale, RoundingMode.HALF_UP);
            if (rate.signum() <= 0) {
                continue;
            }
            Invoice candidate = build(
                    lines,
                    Optional.of(new ExchangeRate(
                            d.taxCurrency.get(),
                            rate.stripTrailingZeros(),
                            "derived from BT-111 / BT-110",
                            date.get())));
            Optional<MonetaryAmount> recomputed = candidate.totals().vatTotalInTaxCurrency();
            if (recomputed.isPresent() && Amounts.decimal(recomputed.get()).compareTo(vatInTaxCurrency) == 0) {
                d.note(
                        "BT-6",
                        "taxExchangeRate",
                        "the document states no exchange rate; "
                                + rate.stripTrailingZeros().toPlainString() + " "
                                + code + " per " + d.currency.getCurrencyCode()
                                + " is derived from BT-111 / BT-110, the fewest decimals that give BT-111");
                return candidate;
            }
            if (scale == 6) {
                fallback = candidate;
            }
        }
        d.note("BT-6", "taxExchangeRate", "no rate with up to 10 decimals gives the stated BT-111; 6 decimals kept");
        return fallback;
    }

    private ReadResult result(
            Optional<String> source,
            StatedTotals stated,
            Optional<Profile> profile,
            Optional<Invoice> invoice,
            List<Violation> violations) {
        Optional<InvoiceTotals> totals = invoice.map(Invoice::totals);
        List<Difference> differences = new ArrayList<>(lineDifferences);
        totals.ifPresent(t -> compareTotals(stated, t, differences));
        return new ReadResult(
                source,
                d.syntax,
                d.specificationId,
                d.businessProcess,
                profile,
                invoice,
                stated,
                totals,
                differences,
                d.notes,
                violations);
    }

    private void compareTotals(StatedTotals stated, InvoiceTotals t, List<Difference> out) {
        compare(
                out,
                "BT-106",
                "totals.sumOfLineNetAmounts",
                stated.sumOfLineNetAmounts(),
                t.sumOfLineNetAmounts(),
                true);
        compare(out, "BT-107", "totals.allowanceTotal", stated.allowanceTotal(), t.allowanceTotal(), false);
        compare(out, "BT-108", "totals.chargeTotal", stated.chargeTotal(), t.chargeTotal(), false);
        compare(out, "BT-109", "totals.taxExclusiveAmount", stated.taxExclusiveAmount(), t.taxExclusiveAmount(), true);
        compare(out, "BT-110", "totals.vatTotal", stated.vatTotal(), t.vatTotal(), false);
        compareOptional(
                out,
                "BT-111",
                "totals.vatTotalInTaxCurrency",
                stated.vatTotalInTaxCurrency(),
                t.vatTotalInTaxCurrency());
        compare(out, "BT-112", "totals.taxInclusiveAmount", stated.taxInclusiveAmount(), t.taxInclusiveAmount(), true);
        compare(out, "BT-113", "totals.prepaidAmount", stated.prepaidAmount(), t.prepaidAmount(), false);
        compare(out, "BT-114", "totals.roundingAmount", stated.roundingAmount(), t.roundingAmount(), false);
        compare(out, "BT-115", "totals.amountDue", stated.amountDue(), t.amountDue(), true);

        Map<String, VatBreakdown> ours = new LinkedHashMap<>();
        for (VatBreakdown group : t.vatBreakdown()) {
            ours.put(group.vatRate().toString(), group);
        }
        Map<String, StatedVatGroup> theirs = new HashMap<>(statedVatByKey());
        for (Map.Entry<String, VatBreakdown> e : ours.entrySet()) {
            StatedVatGroup group = theirs.remove(e.getKey());
            String path = "vatBreakdown[" + e.getKey() + "]";
            Optional<MonetaryAmount> statedBase = group == null ? Optional.empty() : group.taxableAmount();
            Optional<MonetaryAmount> statedVat = group == null ? Optional.empty() : group.vatAmount();
            compare(
                    out,
                    "BT-116",
                    path + ".taxableAmount",
                    statedBase,
                    e.getValue().taxableAmount(),
                    true);
            compare(out, "BT-117", path + ".vatAmount", statedVat, e.getValue().vatAmount(), true);
        }
        for (StatedVatGroup group : d.statedVat) {
            if (theirs.remove(group.key()) != null) {
                String path = "vatBreakdown[" + group.key() + "]";
                if (group.taxableAmount().isPresent()) {
                    out.add(new Difference("BT-116", path + ".taxableAmount", group.taxableAmount(), Optional.empty()));
                }
                if (group.vatAmount().isPresent()) {
                    out.add(new Difference("BT-117", path + ".vatAmount", group.vatAmount(), Optional.empty()));
                }
            }
        }
    }

    /**
     * Compares a stated amount with ours. A total the document may leave out (BT-107, BT-108, BT-110, BT-113,
     * BT-114) is a difference only when ours is not zero; a required one is a difference whenever it is missing.
     */
    private static void compare(
            List<Difference> out,
            String term,
            String path,
            Optional<MonetaryAmount> stated,
            MonetaryAmount ours,
            boolean required) {
        if (stated.isEmpty()) {
            if (required || !ours.isZero()) {
                out.add(new Difference(term, path, stated, Optional.of(ours)));
            }
            return;
        }
        if (Amounts.decimal(stated.get()).compareTo(Amounts.decimal(ours)) != 0) {
            out.add(new Difference(term, path, stated, Optional.of(ours)));
        }
    }

    private static void compareOptional(
            List<Difference> out,
            String term,
            String path,
            Optional<MonetaryAmount> stated,
            Optional<MonetaryAmount> ours) {
        if (stated.isEmpty() && ours.isEmpty()) {
            return;
        }
        if (stated.isEmpty()
                || ours.isEmpty()
                || !stated.get().getCurrency().equals(ours.get().getCurrency())
                || Amounts.decimal(stated.get()).compareTo(Amounts.decimal(ours.get())) != 0) {
            out.add(new Difference(term, path, stated, ours));
        }
    }
}
