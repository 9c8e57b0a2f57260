package org.echeance.scheduling.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.Price;
import org.echeance.core.party.Party;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.scheduling.subscription.internal.Drafts;
import org.echeance.scheduling.subscription.internal.Schedule;
import org.echeance.scheduling.subscription.internal.Timeline;

/**
 * A subscription: the template of an invoice sent to a customer every billing period, with the plan changes
 * that are dated in it (price changes, pauses, a cancellation).
 *
 * <h2>Schedule</h2>
 *
 * <p>The periods come from a {@link RecurrenceRule} expanded from the <em>anchor</em> in {@link
 * ExpansionMode#BILLING}: period {@code k} is {@code [o(k), o(k+1))}, where {@code o(k)} is the rule's {@code k}-th
 * occurrence. Every boundary is computed from the anchor, never as "previous date + interval", so a monthly
 * subscription anchored on 31 January has the periods [31 Jan, 28 Feb), [28 Feb, 31 Mar), [31 Mar, 30 Apr)… and
 * never drifts to the 28th. To anchor on a month's 31st from a shorter month, use {@code
 * FREQ=MONTHLY;BYMONTHDAY=31} (with {@code FREQ=MONTHLY} alone, the rule only knows the anchor's own day). {@code
 * COUNT} and {@code UNTIL} limit how many periods there are; {@code FREQ=MONTHLY;COUNT=12} has twelve.
 *
 * <p>The subscription bills the days {@code [start, end)}, where the start defaults to the anchor and may fall
 * later, within a period (the first period is then billed in part), and the end is the earlier of {@link
 * #endExclusive()} and {@link #cancellationDate()}, if any, or else the end of the rule's last period. Paused days
 * are not billed.
 *
 * <h2>What a period bills</h2>
 *
 * <p>Each template line is an {@link InvoiceLine} whose price is the price for one whole period. A period's draft
 * invoice has, for every template line, one line per run of billed days at one price, with the EN 16931 line
 * period (BG-26) of those days; a part of a period is charged by the {@link ProrationPolicy}, exactly as {@link
 * Proration} describes, and the difference to the full price appears as a line allowance "Prorata temporis". The
 * draft is issued on the period's billing date (see {@link BillingTiming}) and due by the payment terms from that
 * date. {@link BillingRun} produces the drafts; nothing here stores anything.
 *
 * <h2>Plan changes</h2>
 *
 * <p>{@link #changePrice(PriceChange)}, {@link #pause(LocalDate, LocalDate)}, {@link #resume(LocalDate)} and
 * {@link #cancel(LocalDate)} return a new subscription with the change dated in it. Periods billed before the
 * change was made are not billed again: a billing run bills each period once, from the subscription as it is when
 * the period is first billed. {@link ChangePreview} shows, before a change is applied, what it does to the periods
 * already billed (the credit or extra charge of each) and what the next runs will bill.
 *
 * <p>{@link #changeAnchor(LocalDate, LocalDate)} moves the billing cycle from a date on (see {@link AnchorChange}):
 * the period the date cuts is billed up to it, a stub period bills the days until the new anchor, and the periods
 * continue from the new anchor. {@link #changePlan(LocalDate, Map, boolean)} changes prices with an explicit
 * re-anchor flag: without it, the cycle stays and the cut period is prorated at both prices; with it, a new full
 * period starts on the change's date.
 *
 * <h2>Rules</h2>
 *
 * <p>{@link Builder#build()} reports every broken rule at once: ECH-SUB-01 (blank id or seller id), ECH-SUB-02 (a
 * missing part), ECH-SUB-03 (no line, or a line id used twice), ECH-SUB-04 (amounts in more than one currency),
 * ECH-SUB-05 (a negative amount per period), ECH-SUB-06 (the end not after the start), ECH-SUB-07 (the anchor after
 * the start, or not an occurrence of the rule), ECH-SUB-08 (a rule that yields no period for the start), ECH-SUB-09
 * (a pause outside the subscription or overlapping another), ECH-SUB-10 (a price change for an unknown line,
 * outside the subscription, or twice on one day), ECH-SUB-11 (a cancellation before the start or after the
 * end) and ECH-SUB-16 (an anchor change that is not after the start, not before the end, on a rule with {@code
 * COUNT}, to a day that is not a date of the rule, or with a stub longer than a period).
 *
 * <p>Two subscriptions are equal when all their parts are equal. This class is immutable and thread-safe.
 */
public final class Subscription {
    private static final Comparator<PriceChange> CHANGE_ORDER =
            Comparator.comparing(PriceChange::effectiveDate).thenComparing(PriceChange::lineId);

    private final String sellerId;
    private final String id;
    private final Party seller;
    private final Customer customer;
    private final List<InvoiceLine> lines;
    private final PaymentTerms paymentTerms;
    private final RecurrenceRule rule;
    private final LocalDate anchor;
    private final LocalDate start;
    private final Optional<LocalDate> endExclusive;
    private final BillingTiming timing;
    private final ProrationPolicy proration;
    private final List<PriceChange> priceChanges;
    private final List<Pause> pauses;
    private final Optional<LocalDate> cancellationDate;
    private final List<AnchorChange> anchorChanges;
    private final CurrencyUnit currency;
    private final Timeline schedule;

    private Subscription(Builder b, CurrencyUnit currency, Timeline schedule) {
        this.sellerId = b.sellerId;
        this.id = b.id;
        this.seller = b.seller;
        this.customer = b.customer;
        this.lines = List.copyOf(b.lines);
        this.paymentTerms = b.paymentTerms != null ? b.paymentTerms : b.customer.paymentTerms();
        this.rule = b.rule;
        this.anchor = b.anchor != null ? b.anchor : b.start;
        this.start = b.start;
        this.endExclusive = b.endExclusive;
        this.timing = b.timing;
        this.proration = b.proration;
        List<PriceChange> changes = new ArrayList<>(b.priceChanges);
        changes.sort(CHANGE_ORDER);
        this.priceChanges = List.copyOf(changes);
        List<Pause> sortedPauses = new ArrayList<>(b.pauses);
        sortedPauses.sort(Comparator.comparing(Pause::fromInclusive));
        this.pauses = List.copyOf(sortedPauses);
        this.cancellationDate = b.cancellationDate;
        this.anchorChanges = List.copyOf(b.sortedAnchorChanges());
        this.currency = currency;
        this.schedule = schedule;
    }

    /**
     * Starts building a subscription of a seller.
     *
     * @param sellerId the seller (company) the subscription belongs to; billing-run keys are scoped by it
     * @param id the subscription's id, unique within the seller
     * @return a builder
     */
    public static Builder builder(String sellerId, String id) {
        return new Builder(sellerId, id);
    }

    /**
     * Returns a builder initialised with this subscription's parts, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(sellerId, id);
        b.seller = seller;
        b.customer = customer;
        b.lines.addAll(lines);
        b.paymentTerms = paymentTerms;
        b.rule = rule;
        b.anchor = anchor;
        b.start = start;
        b.endExclusive = endExclusive;
        b.timing = timing;
        b.proration = proration;
        b.priceChanges.addAll(priceChanges);
        b.pauses.addAll(pauses);
        b.cancellationDate = cancellationDate;
        b.anchorChanges.addAll(anchorChanges);
        return b;
    }

    // ---- plan changes

    /**
     * Returns a copy in which a line is billed at a new unit price from a date on.
     *
     * <p>A change of the same line on the same day replaces the earlier one.
     *
     * @param effectiveDate the first day billed at the new price
     * @param lineId the template line
     * @param newUnitPrice the new net unit price per period
     * @return the changed subscription
     * @throws ValidationException if the price is negative (ECH-SUB-05), in another currency (ECH-SUB-04), the
     *     line unknown or the date outside the subscription (ECH-SUB-10)
     */
    public Subscription changePrice(LocalDate effectiveDate, String lineId, MonetaryAmount newUnitPrice) {
        return changePrice(PriceChange.of(effectiveDate, lineId, newUnitPrice));
    }

    /**
     * Returns a copy with a price change added.
     *
     * <p>A change of the same line on the same day replaces the earlier one.
     *
     * @param change the change
     * @return the changed subscription
     * @throws ValidationException if the new price is in another currency (ECH-SUB-04), gives a negative amount
     *     per period (ECH-SUB-05), or the line is unknown or the date outside the subscription (ECH-SUB-10)
     */
    public Subscription changePrice(PriceChange change) {
        Objects.requireNonNull(change, "change");
        Builder b = toBuilder();
        b.priceChanges.removeIf(
                c -> c.lineId().equals(change.lineId()) && c.effectiveDate().equals(change.effectiveDate()));
        return b.priceChange(change).build();
    }

    /**
     * Returns a copy paused for the days {@code [fromInclusive, toExclusive)}.
     *
     * @param fromInclusive the first day not billed
     * @param toExclusive the first day billed again
     * @return the paused subscription
     * @throws ValidationException if the pause is empty, starts outside the subscription or overlaps another
     *     (ECH-SUB-09)
     */
    public Subscription pause(LocalDate fromInclusive, LocalDate toExclusive) {
        return toBuilder().pause(Pause.of(fromInclusive, toExclusive)).build();
    }

    /**
     * Returns a copy paused from a day on, until {@link #resume(LocalDate)}.
     *
     * @param fromInclusive the first day not billed
     * @return the paused subscription
     * @throws ValidationException if the pause starts outside the subscription or overlaps another (ECH-SUB-09)
     */
    public Subscription pause(LocalDate fromInclusive) {
        return toBuilder().pause(Pause.from(fromInclusive)).build();
    }

    /**
     * Returns a copy in which the pause covering a day ends that day: billing starts again on {@code date}.
     *
     * <p>Resuming on a pause's first day removes the pause.
     *
     * @param date the first day billed again
     * @return the resumed subscription
     * @throws ValidationException if no pause covers the day (ECH-SUB-12)
     */
    public Subscription resume(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Pause covering = pauses.stream()
                .filter(p -> p.contains(date))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(
                        "ECH-SUB-12", "resume.date", "no pause covers " + date + "; there is nothing to resume"));
        Builder b = toBuilder();
        b.pauses.remove(covering);
        if (date.isAfter(covering.fromInclusive())) {
            b.pauses.add(Pause.of(covering.fromInclusive(), date));
        }
        return b.build();
    }

    /**
     * Returns a copy cancelled from a day on: {@code date} is the first day not billed.
     *
     * <p>A period the cancellation cuts is billed in part. Cancelling on a period's first day bills nothing of
     * that period; cancelling on the start bills nothing at all. A later call replaces the date.
     *
     * @param date the first day not billed
     * @return the cancelled subscription
     * @throws ValidationException if the date is before the start or after the end (ECH-SUB-11)
     */
    public Subscription cancel(LocalDate date) {
        return toBuilder().cancellationDate(date).build();
    }

    /**
     * Returns a copy whose billing cycle moves to a new anchor from a date on (see {@link AnchorChange}).
     *
     * <p>A change on the same effective date replaces the earlier one.
     *
     * @param effectiveDate the first day of the new schedule
     * @param newAnchor the first date of the new schedule: the effective date itself to start a full period
     *     there, or a later date of the rule (at most one period later), leaving a prorated stub before it
     * @return the changed subscription
     * @throws ValidationException if the change breaks a rule of ECH-SUB-16 (see {@link Subscription})
     */
    public Subscription changeAnchor(LocalDate effectiveDate, LocalDate newAnchor) {
        AnchorChange change = new AnchorChange(effectiveDate, newAnchor);
        Builder b = toBuilder();
        b.anchorChanges.removeIf(c -> c.effectiveDate().equals(effectiveDate));
        return b.anchorChange(change).build();
    }

    /**
     * Returns a copy with new unit prices from a date on, and, when asked, a billing cycle re-anchored on that
     * date.
     *
     * <p>Without re-anchoring, the period the date cuts is billed in two prorated parts, at the old and at the new
     * price, and the cycle stays. With it, that period is billed up to the date at the old price, and a full
     * period at the new prices starts on the date.
     *
     * @param effectiveDate the first day at the new prices
     * @param newUnitPrices the new net unit price per period, by template line id; may be empty for a pure
     *     re-anchoring
     * @param reanchor whether a new cycle starts on the effective date
     * @return the changed subscription
     * @throws ValidationException if a price or the date breaks a rule (ECH-SUB-04, ECH-SUB-05, ECH-SUB-10,
     *     ECH-SUB-16)
     */
    public Subscription changePlan(
            LocalDate effectiveDate, Map<String, MonetaryAmount> newUnitPrices, boolean reanchor) {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(newUnitPrices, "newUnitPrices");
        Builder b = toBuilder();
        for (Map.Entry<String, MonetaryAmount> entry : new LinkedHashMap<>(newUnitPrices).entrySet()) {
            PriceChange change = PriceChange.of(effectiveDate, entry.getKey(), entry.getValue());
            b.priceChanges.removeIf(
                    c -> c.lineId().equals(change.lineId()) && c.effectiveDate().equals(effectiveDate));
            b.priceChange(change);
        }
        if (reanchor) {
            b.anchorChanges.removeIf(c -> c.effectiveDate().equals(effectiveDate));
            b.anchorChange(AnchorChange.reanchorOn(effectiveDate));
        }
        return b.build();
    }

    // ---- schedule

    /**
     * Returns the billing periods of the subscription, lazily: every period of the schedule that holds a day of
     * {@code [start, end)}, in date order.
     *
     * <p>The stream is infinite for a subscription without an end: limit it, for example {@code
     * periods().limit(12)}. Periods whose days are all paused are included (they bill nothing).
     *
     * @return the periods, each computed from the anchor when asked for
     */
    public Stream<BillingPeriod> periods() {
        Optional<LocalDate> end = coverageEnd();
        return schedule.stream()
                .dropWhile(p -> !p.endExclusive().isAfter(start))
                // a period holds a day of [start, end) only if that range is not empty (a subscription cancelled
                // on its start day covers no day, whether the start is a period start or mid-period)
                .takeWhile(p -> end.map(e -> p.startInclusive().isBefore(e) && start.isBefore(e))
                        .orElse(true));
    }

    /**
     * Returns the period of the schedule that contains a day, whether or not the subscription bills that day
     * (a day before a mid-period start lies in the period that the start cuts).
     *
     * @param date the day
     * @return the period, empty if the day is before the anchor or after the schedule's last period
     */
    public Optional<BillingPeriod> periodContaining(LocalDate date) {
        return schedule.periodContaining(date);
    }

    /**
     * Returns the days of a period that are billed: those within {@code [start, end)} and not paused.
     *
     * @param period a period of the schedule
     * @return the billed runs of days, in date order; empty when none is billed
     */
    public List<BillingPeriod> billedParts(BillingPeriod period) {
        Objects.requireNonNull(period, "period");
        LocalDate from = period.startInclusive().isBefore(start) ? start : period.startInclusive();
        LocalDate to = period.endExclusive();
        Optional<LocalDate> end = coverageEnd();
        if (end.isPresent() && end.get().isBefore(to)) {
            to = end.get();
        }
        Optional<LocalDate> segmentEnd = schedule.segmentEnd(period);
        if (segmentEnd.isPresent() && segmentEnd.get().isBefore(to)) {
            to = segmentEnd.get();
        }
        if (!to.isAfter(from)) {
            return List.of();
        }
        List<BillingPeriod> parts = new ArrayList<>();
        LocalDate cursor = from;
        for (Pause pause : pauses) {
            Optional<BillingPeriod> paused = pause.within(BillingPeriod.of(from, to));
            if (paused.isEmpty()) {
                continue;
            }
            if (paused.get().startInclusive().isAfter(cursor)) {
                parts.add(BillingPeriod.of(cursor, paused.get().startInclusive()));
            }
            if (paused.get().endExclusive().isAfter(cursor)) {
                cursor = paused.get().endExclusive();
            }
        }
        if (to.isAfter(cursor)) {
            parts.add(BillingPeriod.of(cursor, to));
        }
        return List.copyOf(parts);
    }

    /**
     * Returns the period whose length a period's billed days are prorated against: the period itself, except for
     * the stub before a new anchor (see {@link AnchorChange}), which is prorated against a period ending on the new
     * anchor and as many days long as the new schedule's first period. A stub of 10 days before a 30-day period
     * bills 10/30 of the price under {@link ProrationPolicy#ACTUAL_DAYS}.
     *
     * @param period a period of the schedule
     * @return the full period for proration, which encloses {@code period}
     */
    public BillingPeriod prorationBasis(BillingPeriod period) {
        return schedule.prorationBasis(Objects.requireNonNull(period, "period"));
    }

    /**
     * Returns the date a period is billed on: its first billed day for {@link BillingTiming#IN_ADVANCE}, its
     * {@code endExclusive} for {@link BillingTiming#IN_ARREARS}.
     *
     * @param period a period of the schedule
     * @return the billing date, empty when the period bills nothing (every day paused or outside the
     *     subscription)
     */
    public Optional<LocalDate> billingDate(BillingPeriod period) {
        List<BillingPeriod> parts = billedParts(period);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(timing == BillingTiming.IN_ADVANCE ? parts.get(0).startInclusive() : period.endExclusive());
    }

    /**
     * Returns the unit price of a line on a day: the latest price change of that line effective on or before the
     * day, or the template line's price.
     *
     * @param lineId the template line
     * @param date the day
     * @return the price
     * @throws ValidationException if no template line has that id (ECH-SUB-10)
     */
    public Price priceOn(String lineId, LocalDate date) {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(date, "date");
        InvoiceLine line = lines.stream()
                .filter(l -> l.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(
                        "ECH-SUB-10", "lineId", "no template line has the id \"" + lineId + "\""));
        Price price = line.price();
        for (PriceChange change : priceChanges) {
            if (change.lineId().equals(lineId) && !change.effectiveDate().isAfter(date)) {
                price = change.newPrice();
            }
        }
        return price;
    }

    /**
     * Returns the first day not billed any more: the earlier of the end and the cancellation date.
     *
     * @return the end of billing, empty when the subscription runs until the rule's last period (forever for a
     *     rule without {@code COUNT} or {@code UNTIL})
     */
    public Optional<LocalDate> coverageEnd() {
        if (cancellationDate.isPresent() && endExclusive.isPresent()) {
            return Optional.of(
                    cancellationDate.get().isBefore(endExclusive.get()) ? cancellationDate.get() : endExclusive.get());
        }
        return cancellationDate.isPresent() ? cancellationDate : endExclusive;
    }

    // ---- accessors

    /**
     * Returns the seller the subscription belongs to.
     *
     * @return the seller id, the scope of every billing-run key
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * Returns the subscription's id, unique within the seller.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the seller party written on the invoices (BG-4).
     *
     * @return the seller
     */
    public Party seller() {
        return seller;
    }

    /**
     * Returns the customer billed; its party is the invoices' buyer (BG-7).
     *
     * @return the customer
     */
    public Customer customer() {
        return customer;
    }

    /**
     * Returns the template lines, each priced for one whole period.
     *
     * @return the lines, in invoice order
     */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /**
     * Returns the payment terms that give each invoice's due date from its billing date.
     *
     * @return the terms; the customer's unless others were set
     */
    public PaymentTerms paymentTerms() {
        return paymentTerms;
    }

    /**
     * Returns the rule the periods come from.
     *
     * @return the rule
     */
    public RecurrenceRule rule() {
        return rule;
    }

    /**
     * Returns the anchor, the date the rule is expanded from: the start of the first period.
     *
     * @return the anchor
     */
    public LocalDate anchor() {
        return anchor;
    }

    /**
     * Returns the first day billed.
     *
     * @return the start, on or after the anchor
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the agreed end: the first day not billed.
     *
     * @return the end, empty for a subscription that runs until cancelled or until the rule ends
     */
    public Optional<LocalDate> endExclusive() {
        return endExclusive;
    }

    /**
     * Returns when each period is billed.
     *
     * @return in advance (the default) or in arrears
     */
    public BillingTiming timing() {
        return timing;
    }

    /**
     * Returns how periods billed in part are charged.
     *
     * @return the proration policy; {@link ProrationPolicy#ACTUAL_DAYS} by default
     */
    public ProrationPolicy proration() {
        return proration;
    }

    /**
     * Returns the price changes, by date then line id.
     *
     * @return the changes
     */
    public List<PriceChange> priceChanges() {
        return priceChanges;
    }

    /**
     * Returns the pauses, by first day.
     *
     * @return the pauses, none overlapping another
     */
    public List<Pause> pauses() {
        return pauses;
    }

    /**
     * Returns the cancellation date: the first day not billed because the subscription was cancelled.
     *
     * @return the date, empty while the subscription is not cancelled
     */
    public Optional<LocalDate> cancellationDate() {
        return cancellationDate;
    }

    /**
     * Returns the anchor changes, by effective date.
     *
     * @return the changes, empty when the cycle never moved
     */
    public List<AnchorChange> anchorChanges() {
        return anchorChanges;
    }

    /**
     * Returns the currency of the lines, which is the currency of the invoices.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Subscription)) {
            return false;
        }
        Subscription other = (Subscription) o;
        return sellerId.equals(other.sellerId)
                && id.equals(other.id)
                && seller.equals(other.seller)
                && customer.equals(other.customer)
                && lines.equals(other.lines)
                && paymentTerms.equals(other.paymentTerms)
                && rule.equals(other.rule)
                && anchor.equals(other.anchor)
                && start.equals(other.start)
                && endExclusive.equals(other.endExclusive)
                && timing == other.timing
                && proration == other.proration
                && priceChanges.equals(other.priceChanges)
                && pauses.equals(other.pauses)
                && cancellationDate.equals(other.cancellationDate)
                && anchorChanges.equals(other.anchorChanges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sellerId, id, rule, anchor, start, lines);
    }

    @Override
    public String toString() {
        return "Subscription[" + sellerId + "/" + id + ", " + rule + " from " + anchor + ", start " + start
                + endExclusive.map(e -> ", end " + e).orElse("")
                + cancellationDate.map(c -> ", cancelled from " + c).orElse("")
                + (anchorChanges.isEmpty() ? "" : ", anchor changes " + anchorChanges) + ", " + timing + ", "
                + proration
                + "]";
    }

    /** Builds a {@link Subscription}. A builder is not thread-safe; the subscription it builds is. */
    public static final class Builder {
        private final String sellerId;
        private final String id;
        private Party seller;
        private Customer customer;
        private final List<InvoiceLine> lines = new ArrayList<>();
        private PaymentTerms paymentTerms;
        private RecurrenceRule rule;
        private LocalDate anchor;
        private LocalDate start;
        private Optional<LocalDate> endExclusive = Optional.empty();
        private BillingTiming timing = BillingTiming.IN_ADVANCE;
        private ProrationPolicy proration = ProrationPolicy.ACTUAL_DAYS;
        private final List<PriceChange> priceChanges = new ArrayList<>();
        private final List<Pause> pauses = new ArrayList<>();
        private Optional<LocalDate> cancellationDate = Optional.empty();
        private final List<AnchorChange> anchorChanges = new ArrayList<>();

        private Builder(String sellerId, String id) {
            this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the seller party written on the invoices.
         *
         * @param party the seller (BG-4)
         * @return this builder
         */
        public Builder seller(Party party) {
            this.seller = Objects.requireNonNull(party, "seller");
            return this;
        }

        /**
         * Sets the customer billed.
         *
         * @param value the customer; its party is the buyer (BG-7), its terms the default payment terms
         * @return this builder
         */
        public Builder customer(Customer value) {
            this.customer = Objects.requireNonNull(value, "customer");
            return this;
        }

        /**
         * Adds a template line, priced for one whole period.
         *
         * <p>The line's quantity, unit, price, VAT rate, allowances and charges are copied to every invoice; its
         * line period (BG-26), if any, is replaced by the billed days.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(InvoiceLine line) {
            lines.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Adds template lines.
         *
         * @param values the lines, in invoice order
         * @return this builder
         */
        public Builder lines(Collection<InvoiceLine> values) {
            Objects.requireNonNull(values, "lines").forEach(this::line);
            return this;
        }

        /**
         * Sets the payment terms; without them the customer's terms apply.
         *
         * @param terms the terms
         * @return this builder
         */
        public Builder paymentTerms(PaymentTerms terms) {
            this.paymentTerms = Objects.requireNonNull(terms, "paymentTerms");
            return this;
        }

        /**
         * Sets the rule the periods come from.
         *
         * @param value the rule, for example {@code RecurrenceRule.parse("FREQ=MONTHLY")}
         * @return this builder
         */
        public Builder rule(RecurrenceRule value) {
            this.rule = Objects.requireNonNull(value, "rule");
            return this;
        }

        /**
         * Sets the first day billed; it is also the anchor unless {@link #anchor(LocalDate)} sets another.
         *
         * @param date the start
         * @return this builder
         */
        public Builder start(LocalDate date) {
            this.start = Objects.requireNonNull(date, "start");
            return this;
        }

        /**
         * Sets the anchor the rule is expanded from, when the schedule begins before the start: for example
         * calendar quarters anchored on 1 January for a subscription started on 10 February.
         *
         * @param date the anchor, an occurrence of the rule, on or before the start
         * @return this builder
         */
        public Builder anchor(LocalDate date) {
            this.anchor = Objects.requireNonNull(date, "anchor");
            return this;
        }

        /**
         * Sets the agreed end, the first day not billed.
         *
         * @param date the end, after the start
         * @return this builder
         */
        public Builder endExclusive(LocalDate date) {
            this.endExclusive = Optional.of(Objects.requireNonNull(date, "endExclusive"));
            return this;
        }

        /**
         * Sets when periods are billed.
         *
         * @param value in advance (the default) or in arrears
         * @return this builder
         */
        public Builder timing(BillingTiming value) {
            this.timing = Objects.requireNonNull(value, "timing");
            return this;
        }

        /**
         * Sets how periods billed in part are charged.
         *
         * @param value the policy; {@link ProrationPolicy#ACTUAL_DAYS} by default
         * @return this builder
         */
        public Builder proration(ProrationPolicy value) {
            this.proration = Objects.requireNonNull(value, "proration");
            return this;
        }

        /**
         * Adds a price change.
         *
         * @param change the change
         * @return this builder
         */
        public Builder priceChange(PriceChange change) {
            priceChanges.add(Objects.requireNonNull(change, "priceChange"));
            return this;
        }

        /**
         * Adds a pause.
         *
         * @param pause the pause
         * @return this builder
         */
        public Builder pause(Pause pause) {
            pauses.add(Objects.requireNonNull(pause, "pause"));
            return this;
        }

        /**
         * Sets the cancellation date, the first day not billed.
         *
         * @param date the date, from the start to the end
         * @return this builder
         */
        public Builder cancellationDate(LocalDate date) {
            this.cancellationDate = Optional.of(Objects.requireNonNull(date, "cancellationDate"));
            return this;
        }

        /**
         * Adds an anchor change (see {@link AnchorChange}).
         *
         * @param change the change
         * @return this builder
         */
        public Builder anchorChange(AnchorChange change) {
            anchorChanges.add(Objects.requireNonNull(change, "anchorChange"));
            return this;
        }

        private List<AnchorChange> sortedAnchorChanges() {
            List<AnchorChange> sorted = new ArrayList<>(anchorChanges);
            sorted.sort(Comparator.comparing(AnchorChange::effectiveDate));
            return sorted;
        }

        /**
         * Builds the subscription.
         *
         * @return the subscription
         * @throws ValidationException listing every broken rule (ECH-SUB-01 to ECH-SUB-11 and ECH-SUB-16, see
         *     {@link Subscription})
         */
        public Subscription build() {
            List<Violation> v = new ArrayList<>();
            if (sellerId.isBlank()) {
                v.add(new Violation("ECH-SUB-01", "sellerId", "seller id is blank"));
            }
            if (id.isBlank()) {
                v.add(new Violation("ECH-SUB-01", "id", "subscription id is blank"));
            }
            missing(v, seller, "seller");
            missing(v, customer, "customer");
            missing(v, rule, "rule");
            missing(v, start, "start");
            CurrencyUnit currency = checkLines(v);
            LocalDate effectiveAnchor = anchor != null ? anchor : start;
            Timeline schedule = null;
            if (start != null) {
                checkDates(v);
                if (rule != null && checkSchedule(v, effectiveAnchor) != null) {
                    schedule = checkAnchorChanges(v, effectiveAnchor);
                }
                checkPauses(v);
                checkPriceChanges(v, currency);
            }
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            return new Subscription(this, currency, schedule);
        }

        private static void missing(List<Violation> v, Object value, String path) {
            if (value == null) {
                v.add(new Violation("ECH-SUB-02", path, path + " is missing"));
            }
        }

        private CurrencyUnit checkLines(List<Violation> v) {
            if (lines.isEmpty()) {
                v.add(new Violation("ECH-SUB-03", "lines", "a subscription needs one line at least"));
                return null;
            }
            CurrencyUnit currency = lines.get(0).price().netPrice().getCurrency();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                String path = "lines[" + i + "]";
                if (!ids.add(line.id())) {
                    v.add(new Violation("ECH-SUB-03", path + ".id", "line id \"" + line.id() + "\" is used twice"));
                }
                if (!Drafts.currenciesOf(line).stream().allMatch(currency::equals)) {
                    v.add(new Violation(
                            "ECH-SUB-04",
                            path,
                            "amounts in " + Drafts.currenciesOf(line) + "; every amount must be in " + currency));
                    continue;
                }
                checkAmount(v, path, line, line.price(), currency);
            }
            return currency;
        }

        private static void checkAmount(
                List<Violation> v, String path, InvoiceLine line, Price price, CurrencyUnit currency) {
            BigDecimal amount = Drafts.fullAmount(line, price, currency);
            if (amount.signum() < 0) {
                v.add(new Violation(
                        "ECH-SUB-05",
                        path,
                        "the amount per period " + amount.toPlainString() + " " + currency
                                + " is negative; a subscription line bills zero or more per period"));
            }
        }

        private void checkDates(List<Violation> v) {
            if (endExclusive.isPresent() && !endExclusive.get().isAfter(start)) {
                v.add(new Violation(
                        "ECH-SUB-06",
                        "endExclusive",
                        endExclusive.get() + " is not after the start " + start
                                + "; the end is the first day not billed"));
            }
            if (cancellationDate.isPresent()) {
                LocalDate date = cancellationDate.get();
                if (date.isBefore(start)) {
                    v.add(new Violation("ECH-SUB-11", "cancellationDate", date + " is before the start " + start));
                } else if (endExclusive.isPresent() && date.isAfter(endExclusive.get())) {
                    v.add(new Violation(
                            "ECH-SUB-11",
                            "cancellationDate",
                            date + " is after the end " + endExclusive.get() + "; nothing is billed then anyway"));
                }
            }
            if (anchor != null && anchor.isAfter(start)) {
                v.add(new Violation(
                        "ECH-SUB-07",
                        "anchor",
                        anchor + " is after the start " + start + "; the first period must hold the start"));
            }
        }

        private Schedule checkSchedule(List<Violation> v, LocalDate effectiveAnchor) {
            Schedule schedule = Schedule.of(rule, effectiveAnchor);
            Optional<LocalDate> first = schedule.firstOccurrence();
            if (first.isEmpty()) {
                v.add(new Violation(
                        "ECH-SUB-08",
                        "rule",
                        rule + " yields no date from the anchor " + effectiveAnchor + ", so no billing period"));
                return null;
            }
            if (!first.get().equals(effectiveAnchor)) {
                v.add(new Violation(
                        "ECH-SUB-07",
                        "anchor",
                        effectiveAnchor + " is not a date of " + rule + " (its first date is " + first.get()
                                + "); anchor the subscription on a date of the rule"));
                return null;
            }
            if (!effectiveAnchor.isAfter(start)
                    && schedule.periodContaining(start).isEmpty()) {
                v.add(new Violation(
                        "ECH-SUB-08",
                        "rule",
                        rule + " from " + effectiveAnchor + " yields no billing period holding the start " + start));
                return null;
            }
            return schedule;
        }

        private Timeline checkAnchorChanges(List<Violation> v, LocalDate effectiveAnchor) {
            List<AnchorChange> sorted = sortedAnchorChanges();
            List<AnchorChange> valid = new ArrayList<>();
            Optional<LocalDate> end = cancellationDate.isPresent() && endExclusive.isPresent()
                    ? Optional.of(
                            cancellationDate.get().isBefore(endExclusive.get())
                                    ? cancellationDate.get()
                                    : endExclusive.get())
                    : cancellationDate.or(() -> endExclusive);
            for (int i = 0; i < sorted.size(); i++) {
                AnchorChange change = sorted.get(i);
                String path = "anchorChanges[" + i + "]";
                Optional<String> broken = anchorChangeProblem(change, valid, effectiveAnchor, end);
                if (broken.isPresent()) {
                    v.add(new Violation("ECH-SUB-16", path, broken.get()));
                } else {
                    valid.add(change);
                }
            }
            return valid.size() == sorted.size() ? Timeline.of(rule, effectiveAnchor, valid) : null;
        }

        private Optional<String> anchorChangeProblem(
                AnchorChange change, List<AnchorChange> before, LocalDate effectiveAnchor, Optional<LocalDate> end) {
            LocalDate date = change.effectiveDate();
            if (rule.count().isPresent()) {
                return Optional.of("the rule " + rule + " counts its periods from the anchor; give an end date"
                        + " (UNTIL or endExclusive) instead of COUNT to change the anchor");
            }
            if (!date.isAfter(start)) {
                return Optional.of(date + " is not after the start " + start + "; set the anchor itself instead");
            }
            if (end.isPresent() && !date.isBefore(end.get())) {
                return Optional.of(date + " is not before the end of billing " + end.get());
            }
            if (!before.isEmpty()
                    && before.get(before.size() - 1).effectiveDate().equals(date)) {
                return Optional.of("two anchor changes take effect on " + date);
            }
            if (Timeline.of(rule, effectiveAnchor, before)
                    .periodContaining(date.minusDays(1))
                    .isEmpty()) {
                return Optional.of("the schedule has no period holding " + date.minusDays(1)
                        + ", so there is no cycle to move on " + date);
            }
            Schedule next = Schedule.of(rule, change.newAnchor());
            Optional<LocalDate> first = next.firstOccurrence();
            if (first.isEmpty() || !first.get().equals(change.newAnchor())) {
                return Optional.of(change.newAnchor() + " is not a date of " + rule + "; anchor the new cycle on a"
                        + " date of the rule");
            }
            Optional<BillingPeriod> firstPeriod = next.stream().findFirst();
            if (firstPeriod.isEmpty()) {
                return Optional.of(rule + " yields no period from the new anchor " + change.newAnchor());
            }
            long stub = ChronoUnit.DAYS.between(date, change.newAnchor());
            if (stub > firstPeriod.get().lengthInDays()) {
                return Optional.of("the stub [" + date + ", " + change.newAnchor() + ") of " + stub
                        + " days is longer than the new schedule's first period " + firstPeriod.get()
                        + "; choose a new anchor at most one period after the effective date");
            }
            return Optional.empty();
        }

        private void checkPauses(List<Violation> v) {
            List<Pause> sorted = new ArrayList<>(pauses);
            sorted.sort(Comparator.comparing(Pause::fromInclusive));
            for (int i = 0; i < sorted.size(); i++) {
                Pause pause = sorted.get(i);
                String path = "pauses[" + pauses.indexOf(pause) + "]";
                if (pause.fromInclusive().isBefore(start)) {
                    v.add(new Violation(
                            "ECH-SUB-09",
                            path + ".fromInclusive",
                            pause.fromInclusive() + " is before the start " + start));
                } else if (endExclusive.isPresent() && !pause.fromInclusive().isBefore(endExclusive.get())) {
                    v.add(new Violation(
                            "ECH-SUB-09",
                            path + ".fromInclusive",
                            pause.fromInclusive() + " is not before the end " + endExclusive.get()));
                }
                if (i > 0 && sorted.get(i - 1).contains(pause.fromInclusive())) {
                    v.add(new Violation("ECH-SUB-09", path, pause + " overlaps the pause " + sorted.get(i - 1)));
                }
            }
        }

        private void checkPriceChanges(List<Violation> v, CurrencyUnit currency) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < priceChanges.size(); i++) {
                PriceChange change = priceChanges.get(i);
                String path = "priceChanges[" + i + "]";
                Optional<InvoiceLine> line = lines.stream()
                        .filter(l -> l.id().equals(change.lineId()))
                        .findFirst();
                if (line.isEmpty()) {
                    v.add(new Violation(
                            "ECH-SUB-10", path + ".lineId", "no template line has the id \"" + change.lineId() + "\""));
                    continue;
                }
                if (change.effectiveDate().isBefore(start)
                        || endExclusive
                                .map(e -> !change.effectiveDate().isBefore(e))
                                .orElse(false)) {
                    v.add(new Violation(
                            "ECH-SUB-10",
                            path + ".effectiveDate",
                            change.effectiveDate() + " is outside the subscription [" + start + ", "
                                    + endExclusive.map(LocalDate::toString).orElse("no end") + ")"));
                }
                if (!seen.add(change.lineId() + "@" + change.effectiveDate())) {
                    v.add(new Violation(
                            "ECH-SUB-10",
                            path,
                            "line \"" + change.lineId() + "\" changes price twice on " + change.effectiveDate()));
                }
                if (currency != null
                        && !change.newPrice().netPrice().getCurrency().equals(currency)) {
                    v.add(new Violation(
                            "ECH-SUB-04",
                            path + ".newPrice",
                            "currency " + change.newPrice().netPrice().getCurrency() + " is not the lines' "
                                    + currency));
                    continue;
                }
                if (currency != null) {
                    checkAmount(v, path, line.get(), change.newPrice(), currency);
                }
            }
        }
    }
}
