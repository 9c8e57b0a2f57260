package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.echeance.core.money.Amounts;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.subscription.SubscriptionArbitraries.Plan;

/**
 * Anchor and plan changes on generated subscriptions: billed days stay contiguous, the preview of a change is what
 * the next real run bills, and no amount is lost or counted twice.
 */
class AnchorChangeProperties {

    /** A change to apply to a subscription: what kind, when, and to which anchor or price. */
    record Change(int kind, int effectiveOffset, int anchorOffset, BigDecimal price) {
        /** Applies the change, or returns null when the generated dates break a rule of ECH-SUB-16. */
        Subscription applyTo(Subscription subscription) {
            LocalDate effective = subscription.start().plusDays(effectiveOffset);
            try {
                if (kind == 0) {
                    LocalDate anchor = subscription
                            .rule()
                            .first(effective.plusDays(anchorOffset), 1, ExpansionMode.BILLING)
                            .get(0);
                    return subscription.changeAnchor(effective, anchor);
                }
                return subscription.changePlan(
                        effective, Map.of("1", SubscriptionFixtures.eur(price.toPlainString())), kind == 1);
            } catch (ValidationException e) {
                return null;
            }
        }
    }

    /** For any plan and anchor change, the billed days of successive periods follow each other, none twice. */
    @Property(tries = 300)
    void billedDaysStayContiguousAcrossAnAnchorChange(@ForAll("plans") Plan plan, @ForAll("changes") Change change) {
        Subscription changed = change.applyTo(plan.build("S"));
        Assume.that(changed != null);
        Statistics.label("change").collect(change.kind() == 0 ? "anchor" : change.kind() == 1 ? "reanchor" : "price");

        List<BillingPeriod> periods = changed.periods().limit(60).collect(Collectors.toList());
        List<BillingPeriod> days = new ArrayList<>();
        periods.forEach(p -> days.addAll(changed.billedParts(p)));
        for (int k = 0; k + 1 < periods.size(); k++) {
            assertThat(periods.get(k).startInclusive())
                    .isBefore(periods.get(k + 1).startInclusive());
        }
        for (int k = 0; k + 1 < days.size(); k++) {
            assertThat(days.get(k).endExclusive())
                    .isBeforeOrEqualTo(days.get(k + 1).startInclusive());
        }
        // every day from the start to the end of the last period is billed unless paused
        if (!days.isEmpty()) {
            LocalDate last = days.get(days.size() - 1).endExclusive();
            long billed = days.stream().mapToLong(BillingPeriod::lengthInDays).sum();
            long paused = 0;
            for (LocalDate d = changed.start(); d.isBefore(last); d = d.plusDays(1)) {
                LocalDate day = d;
                if (changed.pauses().stream().anyMatch(p -> p.contains(day))) {
                    paused++;
                }
            }
            assertThat(billed).isEqualTo(changed.start().until(last, java.time.temporal.ChronoUnit.DAYS) - paused);
        }
    }

    /** The preview's upcoming periods are exactly what the next real run bills after the runs under the old terms. */
    @Property(tries = 200)
    void previewOfAChangeIsWhatTheNextRunBills(
            @ForAll("plans") Plan plan,
            @ForAll("changes") Change change,
            @ForAll("runDates") LocalDate billedThrough,
            @ForAll("days") int later) {
        Subscription before = plan.build("S");
        Subscription changed = change.applyTo(before);
        Assume.that(changed != null);
        LocalDate asOf = billedThrough.plusDays(later);
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun run = BillingRun.of(store);
        List<BilledPeriod> billed = run.run(billedThrough, List.of(before));

        ChangePreview preview = ChangePreview.of(changed, billed, asOf);

        assertThat(run.run(asOf, List.of(changed))).isEqualTo(preview.upcoming());
    }

    /**
     * Billed in advance, what was billed, plus the adjustments, plus what the next run bills, is what the changed
     * subscription alone would have billed: not a cent lost or counted twice.
     */
    @Property(tries = 200)
    void billedPlusAdjustmentsPlusUpcomingIsWhatTheChangedSubscriptionBills(
            @ForAll("plans") Plan plan,
            @ForAll("changes") Change change,
            @ForAll("runDates") LocalDate billedThrough,
            @ForAll("days") int later) {
        Plan inAdvance = new Plan(
                plan.rule(),
                plan.anchorSeed(),
                plan.startOffset(),
                BillingTiming.IN_ADVANCE,
                plan.proration(),
                plan.prices(),
                plan.changes());
        Subscription before = inAdvance.build("S");
        Subscription changed = change.applyTo(before);
        Assume.that(changed != null);
        LocalDate asOf = billedThrough.plusDays(later);
        List<BilledPeriod> billed = BillingRun.preview(billedThrough, List.of(before));

        ChangePreview preview = ChangePreview.of(changed, billed, asOf);

        BigDecimal total =
                net(billed).add(Amounts.decimal(preview.netAdjustment())).add(net(preview.upcoming()));
        assertThat(total).isEqualByComparingTo(net(BillingRun.preview(asOf, List.of(changed))));
        Statistics.label("adjusted periods").collect(preview.adjustments().size());
    }

    private static BigDecimal net(List<BilledPeriod> periods) {
        return periods.stream()
                .map(b -> Amounts.decimal(b.invoice().totals().sumOfLineNetAmounts()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Provide
    Arbitrary<Plan> plans() {
        // a rule with COUNT counts from the anchor, so its anchor cannot change (ECH-SUB-16)
        return SubscriptionArbitraries.plans()
                .filter(p -> !RecurrenceRule.parse(p.rule()).count().isPresent());
    }

    @Provide
    Arbitrary<Change> changes() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 400),
                        Arbitraries.integers().between(0, 6),
                        SubscriptionArbitraries.amounts(
                                org.javamoney.moneta.Money.of(0, "EUR").getCurrency()))
                .as(Change::new);
    }

    @Provide
    Arbitrary<LocalDate> runDates() {
        return Arbitraries.integers().between(30, 3 * 365).map(SubscriptionArbitraries.FIRST_DAY::plusDays);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 120);
    }
}
