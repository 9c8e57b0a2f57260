package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.subscription.internal.Drafts;

/**
 * What a subscription change will bill, before it is applied: for each period already billed, the credit or extra
 * charge that brings it to what the changed subscription bills for it, and the periods the next billing run will
 * bill.
 *
 * <p>The rule is the billing run's own: a period is identified by its start. A period already billed is adjusted to
 * the changed subscription's draft of the period with the same start, or credited in full when the changed
 * subscription has no such period (a cancellation before it, or a new anchor that removed it). Every other period
 * of the changed subscription is billed by the runs, and {@link #upcoming()} is exactly what a run as of the
 * preview's date bills on a store that holds the billed periods' claims. So, for every line, what was billed plus
 * the adjustments plus the upcoming drafts equals what the changed subscription alone would have billed.
 *
 * <p>Nothing is stored or changed: apply the change by saving the changed subscription, issue the drafted credit
 * notes and extra invoices ({@link PeriodAdjustment#creditNote}, {@link PeriodAdjustment#extraInvoice}), and let the
 * next run bill the rest.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangePreview {
    private final List<PeriodAdjustment> adjustments;
    private final List<BilledPeriod> upcoming;
    private final CurrencyUnit currency;

    private ChangePreview(List<PeriodAdjustment> adjustments, List<BilledPeriod> upcoming, CurrencyUnit currency) {
        this.adjustments = List.copyOf(adjustments);
        this.upcoming = List.copyOf(upcoming);
        this.currency = currency;
    }

    /**
     * Previews a change from the periods billed so far.
     *
     * @param changed the subscription with the change applied
     * @param alreadyBilled the periods of the subscription billed so far, as the runs returned them
     * @param asOf the date of the next run
     * @return the preview
     * @throws ValidationException if a billed period belongs to another subscription, or one is given twice
     *     (ECH-SUB-13)
     */
    public static ChangePreview of(Subscription changed, Collection<BilledPeriod> alreadyBilled, LocalDate asOf) {
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(alreadyBilled, "alreadyBilled");
        Objects.requireNonNull(asOf, "asOf");
        Map<LocalDate, BilledPeriod> billedByStart = new LinkedHashMap<>();
        int index = 0;
        for (BilledPeriod billed : alreadyBilled) {
            String path = "alreadyBilled[" + index++ + "]";
            Objects.requireNonNull(billed, path);
            if (!billed.sellerId().equals(changed.sellerId())
                    || !billed.subscriptionId().equals(changed.id())) {
                throw ValidationException.of(
                        "ECH-SUB-13",
                        path,
                        "period of " + billed.sellerId() + "/" + billed.subscriptionId() + " given for subscription "
                                + changed.sellerId() + "/" + changed.id());
            }
            if (billedByStart.put(billed.period().startInclusive(), billed) != null) {
                throw ValidationException.of(
                        "ECH-SUB-13",
                        path,
                        "the period starting " + billed.period().startInclusive() + " is given twice");
            }
        }
        // the changed subscription's draft of every billed period, whatever its billing date under the change
        Map<LocalDate, BilledPeriod> changedByStart = new HashMap<>();
        Optional<LocalDate> lastStart = billedByStart.keySet().stream().max(LocalDate::compareTo);
        if (lastStart.isPresent()) {
            changed.periods()
                    .takeWhile(p -> !p.startInclusive().isAfter(lastStart.get()))
                    .filter(p -> billedByStart.containsKey(p.startInclusive()))
                    .forEach(p -> changed.billingDate(p)
                            .ifPresent(date -> changedByStart.put(
                                    p.startInclusive(), Drafts.bill(changed, new Drafts.Due(p, date)))));
        }
        List<PeriodAdjustment> adjustments = new ArrayList<>();
        for (BilledPeriod billed : billedByStart.values()) {
            Optional<Invoice> due = Optional.ofNullable(
                            changedByStart.get(billed.period().startInclusive()))
                    .map(BilledPeriod::invoice);
            List<LineAdjustment> lines = lineAdjustments(changed, billed.invoice(), due);
            if (!lines.isEmpty()) {
                adjustments.add(
                        new PeriodAdjustment(billed, lines, changed.customer().language()));
            }
        }
        Set<LocalDate> claimed = new HashSet<>(billedByStart.keySet());
        List<BilledPeriod> upcoming = new ArrayList<>();
        for (BilledPeriod period : BillingRun.preview(asOf, List.of(changed))) {
            if (!claimed.contains(period.period().startInclusive())) {
                upcoming.add(period);
            }
        }
        return new ChangePreview(adjustments, upcoming, changed.currency());
    }

    /**
     * Previews a change from the subscription as it was: the periods billed so far are those the unchanged
     * subscription billed in runs up to {@code billedThrough}.
     *
     * @param before the subscription as it was billed
     * @param changed the subscription with the change applied
     * @param billedThrough the date of the last run under the old terms
     * @param asOf the date of the next run
     * @return the preview
     * @throws ValidationException if the two are not the same subscription (ECH-SUB-13)
     */
    public static ChangePreview of(Subscription before, Subscription changed, LocalDate billedThrough, LocalDate asOf) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(billedThrough, "billedThrough");
        return of(changed, BillingRun.preview(billedThrough, List.of(before)), asOf);
    }

    /**
     * Returns the adjustments of the periods already billed whose amount changes, in period order.
     *
     * @return the adjustments; empty when the change touches no billed period
     */
    public List<PeriodAdjustment> adjustments() {
        return adjustments;
    }

    /**
     * Returns what the next run, as of the preview's date, will bill under the changed subscription.
     *
     * @return the periods not billed yet whose billing date has come, with their drafts
     */
    public List<BilledPeriod> upcoming() {
        return upcoming;
    }

    /**
     * Returns the net effect of the adjustments on the periods already billed.
     *
     * @return positive when the customer owes more, negative when credits are due; VAT excluded
     */
    public MonetaryAmount netAdjustment() {
        MonetaryAmount sum = Amounts.zero(currency);
        for (PeriodAdjustment adjustment : adjustments) {
            sum = sum.add(adjustment.net());
        }
        return sum;
    }

    private static List<LineAdjustment> lineAdjustments(Subscription changed, Invoice billed, Optional<Invoice> due) {
        CurrencyUnit currency = changed.currency();
        Map<String, MonetaryAmount> billedByTemplate = netByTemplate(changed, billed);
        Map<String, MonetaryAmount> dueByTemplate =
                due.map(d -> netByTemplate(changed, d)).orElse(Map.of());
        Map<String, InvoiceLine> templates = new LinkedHashMap<>();
        changed.lines().forEach(line -> templates.put(line.id(), line));
        // a line billed from a template the changed subscription no longer has is credited in full
        for (InvoiceLine line : billed.lines()) {
            templates.putIfAbsent(Drafts.templateId(changed, line.id()), line);
        }
        List<LineAdjustment> lines = new ArrayList<>();
        for (Map.Entry<String, InvoiceLine> template : templates.entrySet()) {
            MonetaryAmount before = billedByTemplate.getOrDefault(template.getKey(), Amounts.zero(currency));
            MonetaryAmount after = dueByTemplate.getOrDefault(template.getKey(), Amounts.zero(currency));
            if (!before.isEqualTo(after)) {
                lines.add(new LineAdjustment(template.getValue(), before, after));
            }
        }
        return lines;
    }

    /** Sums a draft's line net amounts by the template line each came from. */
    private static Map<String, MonetaryAmount> netByTemplate(Subscription subscription, Invoice draft) {
        Map<String, MonetaryAmount> sums = new HashMap<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            String template =
                    Drafts.templateId(subscription, draft.lines().get(i).id());
            MonetaryAmount net = draft.totals().lines().get(i).netAmount();
            sums.merge(template, net, MonetaryAmount::add);
        }
        return sums;
    }
}
