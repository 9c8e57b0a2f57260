package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.money.Amounts;
import org.echeance.scheduling.subscription.SubscriptionArbitraries.Plan;

/**
 * Properties of schedules and billing runs: periods follow the anchor (peer lessons R1, R4, R5), previews equal
 * runs (X5), runs are deterministic, and running every day bills what one catch-up run bills (R7).
 */
class SubscriptionProperties {
    private static final YearMonth FIRST_MONTH = YearMonth.of(2024, 1);
    private static final int MONTHS = 48;

    /**
     * For every anchor day 1..31 and every start month of 2024 (a leap year) to 2027, monthly periods are contiguous,
     * never overlap, never skip a month, never fall twice in one, and start on {@code min(anchor day, month length)}.
     */
    @Property(tries = 31 * MONTHS * 2, generation = GenerationMode.EXHAUSTIVE)
    void monthlyPeriodsAreContiguousFromTheAnchorAndNeverSkipAMonth(
            @ForAll @IntRange(min = 1, max = 31) int anchorDay,
            @ForAll @IntRange(min = 0, max = MONTHS - 1) int startMonth,
            @ForAll boolean byMonthDay) {
        YearMonth month = FIRST_MONTH.plusMonths(startMonth);
        LocalDate anchor = month.atDay(Math.min(anchorDay, month.lengthOfMonth()));
        // FREQ=MONTHLY knows only the anchor's own day; BYMONTHDAY keeps the 31st from a 30-day month
        String rule = byMonthDay ? "FREQ=MONTHLY;BYMONTHDAY=" + anchorDay : "FREQ=MONTHLY";
        int day = byMonthDay ? anchorDay : anchor.getDayOfMonth();

        List<BillingPeriod> periods = SubscriptionFixtures.monthly("S", rule, anchor)
                .build()
                .periods()
                .limit(MONTHS)
                .collect(Collectors.toList());

        assertThat(periods).hasSize(MONTHS);
        for (int k = 0; k < MONTHS; k++) {
            YearMonth expected = month.plusMonths(k);
            BillingPeriod period = periods.get(k);
            assertThat(period.startInclusive()).isEqualTo(expected.atDay(Math.min(day, expected.lengthOfMonth())));
            if (k + 1 < MONTHS) {
                assertThat(period.endExclusive()).isEqualTo(periods.get(k + 1).startInclusive());
            }
            assertThat(period.lengthInDays()).isBetween(28L, 31L);
        }
    }

    /** Quarterly and yearly periods from any day of the four years are contiguous and never skip a quarter or year. */
    @Property(tries = 31 * MONTHS, generation = GenerationMode.EXHAUSTIVE)
    void quarterlyAndYearlyPeriodsFollowTheAnchor(
            @ForAll @IntRange(min = 1, max = 31) int anchorDay,
            @ForAll @IntRange(min = 0, max = MONTHS - 1) int startMonth) {
        YearMonth month = FIRST_MONTH.plusMonths(startMonth);
        LocalDate anchor = month.atDay(Math.min(anchorDay, month.lengthOfMonth()));

        List<BillingPeriod> quarters = SubscriptionFixtures.monthly("S", "FREQ=MONTHLY;INTERVAL=3", anchor)
                .build()
                .periods()
                .limit(16)
                .collect(Collectors.toList());
        List<BillingPeriod> years = SubscriptionFixtures.monthly("S", "FREQ=YEARLY", anchor)
                .build()
                .periods()
                .limit(8)
                .collect(Collectors.toList());

        assertContiguous(quarters);
        assertContiguous(years);
        for (int k = 0; k < quarters.size(); k++) {
            YearMonth expected = month.plusMonths(3L * k);
            assertThat(quarters.get(k).startInclusive())
                    .isEqualTo(expected.atDay(Math.min(anchor.getDayOfMonth(), expected.lengthOfMonth())));
        }
        for (int k = 0; k < years.size(); k++) {
            YearMonth expected = month.plusYears(k);
            assertThat(years.get(k).startInclusive())
                    .isEqualTo(expected.atDay(Math.min(anchor.getDayOfMonth(), expected.lengthOfMonth())));
        }
    }

    /** For any plan, the periods are contiguous, and each day of them lies in the period periodContaining finds. */
    @Property(tries = 300)
    void periodsOfAnyPlanAreContiguousAndPeriodContainingAgrees(
            @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 700) int dayOffset) {
        Subscription subscription = plan.build("S");
        List<BillingPeriod> periods = subscription.periods().limit(40).collect(Collectors.toList());

        // cancelled on its start day, a subscription covers no day and has no period
        if (subscription
                .coverageEnd()
                .filter(end -> !end.isAfter(subscription.start()))
                .isPresent()) {
            assertThat(periods).isEmpty();
            return;
        }
        assertThat(periods).isNotEmpty();
        assertContiguous(periods);
        assertThat(periods.get(0).contains(subscription.start())).isTrue();
        LocalDate day = subscription.anchor().plusDays(dayOffset);
        periods.stream()
                .filter(p -> p.contains(day))
                .findFirst()
                .ifPresent(p -> assertThat(subscription.periodContaining(day)).contains(p));
    }

    /** X5: a preview is what the real run produces, on an empty store. */
    @Property(tries = 200)
    void previewEqualsTheRunOnAFreshStore(
            @ForAll("portfolios") List<Subscription> subscriptions, @ForAll("runDates") LocalDate asOf) {
        List<BilledPeriod> preview = BillingRun.preview(asOf, subscriptions);

        List<BilledPeriod> run = BillingRun.of(InMemoryBillingRunStore.create()).run(asOf, subscriptions);

        assertThat(run).isEqualTo(preview);
        Statistics.label("periods billed").collect(preview.isEmpty() ? "none" : preview.size() < 10 ? "1-9" : "10+");
    }

    /** R7: running every few days bills exactly what one late catch-up run bills, each period once. */
    @Property(tries = 100)
    void frequentRunsBillWhatOneCatchUpRunBills(
            @ForAll("portfolios") List<Subscription> subscriptions,
            @ForAll("runDates") LocalDate last,
            @ForAll @IntRange(min = 1, max = 45) int step) {
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun run = BillingRun.of(store);
        List<BilledPeriod> billed = new ArrayList<>();
        for (LocalDate d = SubscriptionArbitraries.FIRST_DAY; d.isBefore(last); d = d.plusDays(step)) {
            billed.addAll(run.run(d, subscriptions));
        }
        billed.addAll(run.run(last, subscriptions));

        List<BilledPeriod> catchUp = BillingRun.preview(last, subscriptions);
        assertThat(billed).containsExactlyInAnyOrderElementsOf(catchUp);
        assertThat(store.size()).isEqualTo(catchUp.size());
        // every invoice is issued on its billing date, never on a run date
        assertThat(billed).allSatisfy(b -> assertThat(b.invoice().issueDate()).contains(b.billingDate()));
    }

    /** The same input gives the same drafts, whatever the order of the subscriptions. */
    @Property(tries = 200)
    void runsAreDeterministic(
            @ForAll("portfolios") List<Subscription> subscriptions, @ForAll("runDates") LocalDate asOf) {
        List<Subscription> reversed = new ArrayList<>(subscriptions);
        Collections.reverse(reversed);

        List<BilledPeriod> first =
                BillingRun.of(InMemoryBillingRunStore.create()).run(asOf, subscriptions);
        List<BilledPeriod> second =
                BillingRun.of(InMemoryBillingRunStore.create()).run(asOf, reversed);

        assertThat(second).isEqualTo(first);
    }

    /**
     * Each line of a draft is within one minor unit of its exact prorated value, and carries a line period within
     * its billing period.
     */
    @Property(tries = 200)
    void everyDraftLineIsItsExactProratedValueWithinOneCent(
            @ForAll("portfolios") List<Subscription> subscriptions, @ForAll("runDates") LocalDate asOf) {
        for (BilledPeriod billed : BillingRun.preview(asOf, subscriptions)) {
            Subscription subscription = subscriptions.stream()
                    .filter(s -> s.id().equals(billed.subscriptionId()))
                    .findFirst()
                    .orElseThrow();
            if (subscription.proration() != ProrationPolicy.ACTUAL_DAYS) {
                continue;
            }
            Invoice invoice = billed.invoice();
            for (int i = 0; i < invoice.lines().size(); i++) {
                InvoiceLine line = invoice.lines().get(i);
                BillingPeriod days = BillingPeriod.ofClosed(
                        line.period().orElseThrow().startDate().orElseThrow(),
                        line.period().orElseThrow().endDate().orElseThrow());
                assertThat(billed.period().encloses(days)).isTrue();
                BigDecimal full = Amounts.decimal(line.price().netPrice()).multiply(line.quantity());
                BigDecimal exact = full.multiply(BigDecimal.valueOf(days.lengthInDays()))
                        .divide(BigDecimal.valueOf(billed.period().lengthInDays()), MathContext.DECIMAL128);
                BigDecimal actual =
                        Amounts.decimal(invoice.totals().lines().get(i).netAmount());
                assertThat(actual.subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        return SubscriptionArbitraries.plans();
    }

    @Provide
    Arbitrary<List<Subscription>> portfolios() {
        return SubscriptionArbitraries.portfolios();
    }

    /** Run dates from mid-2024 to the end of 2027, after most of the generated anchors (2024 and 2025). */
    @Provide
    Arbitrary<LocalDate> runDates() {
        return Arbitraries.integers().between(180, 4 * 365).map(SubscriptionArbitraries.FIRST_DAY::plusDays);
    }

    private static void assertContiguous(List<BillingPeriod> periods) {
        for (int k = 0; k + 1 < periods.size(); k++) {
            assertThat(periods.get(k).endExclusive())
                    .isEqualTo(periods.get(k + 1).startInclusive());
            assertThat(ChronoUnit.DAYS.between(
                            periods.get(k).startInclusive(), periods.get(k).endExclusive()))
                    .isPositive();
        }
    }
}
