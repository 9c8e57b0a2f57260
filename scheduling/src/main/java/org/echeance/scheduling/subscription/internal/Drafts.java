package org.echeance.scheduling.subscription.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.Price;
import org.echeance.core.money.Amounts;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingPeriod;
import org.echeance.scheduling.subscription.PriceChange;
import org.echeance.scheduling.subscription.Proration;
import org.echeance.scheduling.subscription.ProrationPolicy;
import org.echeance.scheduling.subscription.Subscription;

/**
 * The billing engine: which periods of a subscription are due as of a date, and the draft invoice of each. Pure
 * functions of the subscription value; shared by billing runs and previews so that both give the same drafts.
 */
public final class Drafts {
    /** Precision of the division by a price's base quantity; the result is then rounded to the currency. */
    private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_UP);

    private Drafts() {}

    /**
     * A period due for billing and its billing date.
     *
     * @param period the full period of the schedule
     * @param billingDate the date it is billed on
     */
    public record Due(BillingPeriod period, LocalDate billingDate) {}

    /**
     * Returns the periods of a subscription due as of a date: those whose billing date is on or before {@code
     * asOf} (and on or after {@code fromInclusive}, when given), in date order. A period whose days are all paused
     * or outside the subscription is never due.
     *
     * @param subscription the subscription
     * @param fromInclusive the earliest billing date wanted, or null for all
     * @param asOf the latest billing date wanted
     * @return the due periods
     */
    public static List<Due> due(Subscription subscription, LocalDate fromInclusive, LocalDate asOf) {
        List<Due> due = new ArrayList<>();
        // billing dates grow with the periods, and none is before its period's start
        subscription
                .periods()
                .takeWhile(p -> !p.startInclusive().isAfter(asOf))
                .forEach(period -> subscription
                        .billingDate(period)
                        .filter(date -> !date.isAfter(asOf))
                        .filter(date -> fromInclusive == null || !date.isBefore(fromInclusive))
                        .ifPresent(date -> due.add(new Due(period, date))));
        return due;
    }

    /**
     * Returns the billed period with its draft invoice.
     *
     * @param subscription the subscription
     * @param due a due period of it
     * @return the billed period
     */
    public static BilledPeriod bill(Subscription subscription, Due due) {
        return new BilledPeriod(
                subscription.sellerId(),
                subscription.id(),
                due.period(),
                due.billingDate(),
                draft(subscription, due.period(), due.billingDate()));
    }

    /**
     * Returns the draft invoice of a period: one line per template line and run of billed days at one price,
     * prorated, issued on the billing date.
     */
    static Invoice draft(Subscription subscription, BillingPeriod period, LocalDate billingDate) {
        List<BillingPeriod> billed = subscription.billedParts(period);
        CurrencyUnit currency = subscription.currency();
        Locale language = subscription.customer().language();
        Invoice.Builder invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, currency)
                .seller(subscription.seller())
                .buyer(subscription.customer().party())
                .issueDate(billingDate)
                .dueDate(subscription.paymentTerms().dueDate(billingDate))
                .paymentTerms(subscription.paymentTerms().describe(language))
                .invoicingPeriod(BillingPeriod.of(
                                billed.get(0).startInclusive(),
                                billed.get(billed.size() - 1).endExclusive())
                        .toInvoicePeriod());
        // a stub before a new anchor is prorated against a full period, not against itself
        BillingPeriod basis = subscription.prorationBasis(period);
        for (InvoiceLine template : subscription.lines()) {
            List<Segment> segments = segments(subscription, template, basis, billed);
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                String lineId = segments.size() == 1 ? template.id() : template.id() + "-" + (i + 1);
                invoice.line(line(subscription, template, lineId, basis, segment, currency, language));
            }
        }
        return invoice.build();
    }

    /** A run of billed days at one price, with its prorated amount. */
    private static final class Segment {
        private BillingPeriod days;
        private final Price price;
        private MonetaryAmount amount;

        Segment(BillingPeriod days, Price price) {
            this.days = days;
            this.price = price;
        }
    }

    private static List<Segment> segments(
            Subscription subscription, InvoiceLine template, BillingPeriod period, List<BillingPeriod> billed) {
        CurrencyUnit currency = subscription.currency();
        ProrationPolicy policy = subscription.proration();
        if (policy == ProrationPolicy.NONE) {
            LocalDate first = billed.get(0).startInclusive();
            Segment whole = new Segment(
                    BillingPeriod.of(first, billed.get(billed.size() - 1).endExclusive()),
                    subscription.priceOn(template.id(), first));
            whole.amount = Amounts.money(fullAmount(template, whole.price, currency), currency);
            return List.of(whole);
        }
        List<Segment> segments = new ArrayList<>();
        for (BillingPeriod part : billed) {
            LocalDate cursor = part.startInclusive();
            for (PriceChange change : subscription.priceChanges()) {
                LocalDate date = change.effectiveDate();
                if (change.lineId().equals(template.id())
                        && date.isAfter(cursor)
                        && date.isBefore(part.endExclusive())) {
                    add(segments, BillingPeriod.of(cursor, date), subscription.priceOn(template.id(), cursor));
                    cursor = date;
                }
            }
            add(segments, BillingPeriod.of(cursor, part.endExclusive()), subscription.priceOn(template.id(), cursor));
        }
        // each price is apportioned over the whole period, its own parts against the rest
        Map<Price, List<Segment>> byPrice = new LinkedHashMap<>();
        for (Segment segment : segments) {
            byPrice.computeIfAbsent(segment.price, p -> new ArrayList<>()).add(segment);
        }
        for (Map.Entry<Price, List<Segment>> entry : byPrice.entrySet()) {
            List<BillingPeriod> parts = new ArrayList<>();
            entry.getValue().forEach(s -> parts.add(s.days));
            MonetaryAmount full = Amounts.money(fullAmount(template, entry.getKey(), currency), currency);
            List<MonetaryAmount> amounts = Proration.ofParts(full, period, parts, policy);
            for (int i = 0; i < parts.size(); i++) {
                entry.getValue().get(i).amount = amounts.get(i);
            }
        }
        return segments;
    }

    /** Appends a run of days, merged into the previous run when it continues it at the same price. */
    private static void add(List<Segment> segments, BillingPeriod days, Price price) {
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.days.endExclusive().equals(days.startInclusive()) && last.price.equals(price)) {
                last.days = BillingPeriod.of(last.days.startInclusive(), days.endExclusive());
                return;
            }
        }
        segments.add(new Segment(days, price));
    }

    private static InvoiceLine line(
            Subscription subscription,
            InvoiceLine template,
            String lineId,
            BillingPeriod period,
            Segment segment,
            CurrencyUnit currency,
            Locale language) {
        InvoiceLine.Builder line = copy(template, lineId).price(segment.price).period(segment.days.toInvoicePeriod());
        BigDecimal full = fullAmount(template, segment.price, currency);
        BigDecimal difference = full.subtract(Amounts.decimal(segment.amount));
        if (difference.signum() != 0) {
            ProrationPolicy policy = subscription.proration();
            if (policy.dayCount(period.startInclusive(), period.endExclusive()) == 0) {
                policy = ProrationPolicy.ACTUAL_DAYS;
            }
            long used = policy.dayCount(segment.days.startInclusive(), segment.days.endExclusive());
            long whole = policy.dayCount(period.startInclusive(), period.endExclusive());
            line.allowanceCharge(AllowanceCharge.allowance(Amounts.money(difference, currency))
                    .withReason(prorationReason(used, whole, policy, language)));
        }
        return line.build();
    }

    private static String prorationReason(long used, long whole, ProrationPolicy policy, Locale language) {
        String convention = policy == ProrationPolicy.THIRTY_360 ? " (30E/360)" : "";
        if ("fr".equals(language.getLanguage())) {
            return "Prorata temporis : " + used + " jours sur " + whole + convention;
        }
        return "Prorata temporis: " + used + " of " + whole + " days" + convention;
    }

    /** Copies a template line under another id: every part but the id, which the builder does not change. */
    private static InvoiceLine.Builder copy(InvoiceLine template, String lineId) {
        if (lineId.equals(template.id())) {
            return template.toBuilder();
        }
        InvoiceLine.Builder b = InvoiceLine.builder(lineId, template.itemName())
                .quantity(template.quantity(), template.unit())
                .price(template.price())
                .vatRate(template.vatRate());
        template.note().ifPresent(b::note);
        template.description().ifPresent(b::description);
        template.sellerItemId().ifPresent(b::sellerItemId);
        template.allowancesCharges().forEach(b::allowanceCharge);
        if (template.exemptionReasonCode().isPresent()
                || template.exemptionReason().isPresent()) {
            b.exemption(
                    template.exemptionReasonCode().orElse(null),
                    template.exemptionReason().orElse(null));
        }
        template.orderLineReference().ifPresent(b::orderLineReference);
        return b;
    }

    /**
     * Returns the template line a draft line came from: the line's own id when a template has it, else the id
     * without the {@code -n} suffix a cut line gets, else the line's id.
     *
     * @param subscription the subscription
     * @param draftLineId the id of a line of one of its drafts
     * @return the template line's id
     */
    public static String templateId(Subscription subscription, String draftLineId) {
        Set<String> templates = new LinkedHashSet<>();
        subscription.lines().forEach(line -> templates.add(line.id()));
        if (templates.contains(draftLineId)) {
            return draftLineId;
        }
        int dash = draftLineId.lastIndexOf('-');
        if (dash > 0
                && dash < draftLineId.length() - 1
                && draftLineId.substring(dash + 1).chars().allMatch(Character::isDigit)
                && templates.contains(draftLineId.substring(0, dash))) {
            return draftLineId.substring(0, dash);
        }
        return draftLineId;
    }

    /**
     * Returns a line's net amount for a whole period at a price, as the invoice computes it (BT-131): {@code
     * round_half_up(quantity × price / base quantity)} plus its charges minus its allowances.
     *
     * @param line the template line
     * @param price the unit price
     * @param currency the currency
     * @return the amount, with the currency's scale
     */
    public static BigDecimal fullAmount(InvoiceLine line, Price price, CurrencyUnit currency) {
        BigDecimal raw = line.quantity().multiply(Amounts.decimal(price.netPrice()));
        BigDecimal base = price.effectiveBaseQuantity();
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
     * Returns the currencies of a line's amounts: its prices and its allowances and charges.
     *
     * @param line the line
     * @return the currencies, in order of appearance
     */
    public static Set<CurrencyUnit> currenciesOf(InvoiceLine line) {
        Set<CurrencyUnit> currencies = new LinkedHashSet<>();
        currencies.add(line.price().netPrice().getCurrency());
        line.price().grossPrice().ifPresent(p -> currencies.add(p.getCurrency()));
        line.allowancesCharges().forEach(ac -> currencies.add(ac.amount().getCurrency()));
        return currencies;
    }
}
