package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.eur;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.lineAmounts;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.echeance.core.EcheanceException;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Billing runs over the in-memory store: once per period, in every order and at every hour (peer lessons X1, R7). */
class BillingRunTest {
    private static final List<Subscription> SUBSCRIPTIONS = List.of(
            monthly("S-31", "FREQ=MONTHLY", date("2025-01-31")).build(),
            monthly("S-15", "FREQ=MONTHLY", date("2025-01-15"))
                    .timing(BillingTiming.IN_ARREARS)
                    .build(),
            monthly("S-W", "FREQ=WEEKLY", date("2025-02-03")).build().cancel(date("2025-03-19")),
            monthly("S-Q", "FREQ=MONTHLY;INTERVAL=3", date("2025-02-10"))
                    .anchor(date("2025-01-01"))
                    .build()
                    .changePrice(date("2025-03-01"), "1", eur("45.00")));

    @Test
    void aRepeatedRunBillsNothingMore() {
        BillingRun run = BillingRun.of(InMemoryBillingRunStore.create());

        List<BilledPeriod> first = run.run(date("2025-03-31"), SUBSCRIPTIONS);

        assertThat(first).isEqualTo(BillingRun.preview(date("2025-03-31"), SUBSCRIPTIONS));
        assertThat(first).hasSize(3 + 2 + 7 + 1);
        assertThat(run.run(date("2025-03-31"), SUBSCRIPTIONS)).isEmpty();
        assertThat(run.run(date("2025-04-01"), SUBSCRIPTIONS))
                .extracting(b -> b.subscriptionId() + " " + b.period().startInclusive())
                .containsExactly("S-Q 2025-04-01");
    }

    @Test
    void theOutputIsOrderedBySellerSubscriptionAndPeriodWhateverTheInputOrder() {
        List<Subscription> shuffled = new ArrayList<>(SUBSCRIPTIONS);
        Collections.reverse(shuffled);

        List<BilledPeriod> billed =
                BillingRun.of(InMemoryBillingRunStore.create()).run(date("2025-03-31"), shuffled);

        assertThat(billed).isEqualTo(BillingRun.preview(date("2025-03-31"), SUBSCRIPTIONS));
        assertThat(billed.stream().map(BilledPeriod::subscriptionId).distinct())
                .containsExactly("S-15", "S-31", "S-Q", "S-W");
    }

    /** The scheduler fires every hour of a day on which clocks change; each period is billed once. */
    @ParameterizedTest
    @CsvSource({"Europe/Paris, 2025-03-30", "America/New_York, 2025-11-02", "Australia/Sydney, 2025-04-06"})
    void runningEveryHourOfADayWithAClockChangeBillsEachPeriodOnce(String zoneId, LocalDate day) {
        ZoneId zone = ZoneId.of(zoneId);
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun run = BillingRun.of(store);
        List<BilledPeriod> billed = new ArrayList<>();

        ZonedDateTime hour = day.atStartOfDay(zone);
        int runs = 0;
        while (hour.toLocalDate().equals(day)) {
            billed.addAll(run.run(Clock.fixed(hour.toInstant(), ZoneId.of("UTC")), zone, SUBSCRIPTIONS));
            hour = hour.plusHours(1);
            runs++;
        }

        assertThat(runs).isBetween(23, 25); // a day with a clock change has 23 or 25 hours
        assertThat(billed).isEqualTo(BillingRun.preview(day, SUBSCRIPTIONS));
        assertThat(store.size()).isEqualTo(billed.size());
    }

    @Test
    void concurrentRunsOnOneStoreBillEachPeriodOnce() throws Exception {
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        List<BilledPeriod> expected = BillingRun.preview(date("2026-06-30"), SUBSCRIPTIONS);
        List<BilledPeriod> billed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                BillingRun run = BillingRun.of(store);
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        billed.addAll(run.run(date("2026-06-30"), SUBSCRIPTIONS));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(billed).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSubscriptionGivenTwiceIsRefused() {
        List<Subscription> twice = List.of(SUBSCRIPTIONS.get(0), SUBSCRIPTIONS.get(1), SUBSCRIPTIONS.get(0));

        assertThatThrownBy(() -> BillingRun.of(InMemoryBillingRunStore.create()).run(date("2025-03-31"), twice))
                .isInstanceOf(ValidationException.class)
                .hasMessage("subscriptions[2]: subscription \"S-31\" of seller \"atelier\" is given twice (first at"
                        + " index 0) (ECH-SUB-13)");
        assertThatThrownBy(() -> BillingRun.preview(date("2025-03-31"), twice)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theSameSubscriptionIdOfTwoSellersIsBilledForEach() {
        Subscription atelier = SUBSCRIPTIONS.get(0);
        Subscription other = Subscription.builder("bureau", "S-31")
                .seller(atelier.seller())
                .customer(atelier.customer())
                .lines(atelier.lines())
                .rule(atelier.rule())
                .start(atelier.start())
                .build();

        List<BilledPeriod> billed =
                BillingRun.of(InMemoryBillingRunStore.create()).run(date("2025-01-31"), List.of(atelier, other));

        assertThat(billed).extracting(BilledPeriod::sellerId).containsExactly("atelier", "bureau");
    }

    @Test
    void aFailedRunReleasesTheClaimsItMade() {
        InMemoryBillingRunStore claims = InMemoryBillingRunStore.create();
        AtomicInteger calls = new AtomicInteger();
        BillingRunStore failingOnTheFifth = new BillingRunStore() {
            @Override
            public boolean claim(String sellerId, String subscriptionId, LocalDate periodStart, String runId) {
                if (calls.incrementAndGet() == 5) {
                    throw new EcheanceException("the database went away");
                }
                return claims.claim(sellerId, subscriptionId, periodStart, runId);
            }

            @Override
            public boolean release(String sellerId, String subscriptionId, LocalDate periodStart) {
                return claims.release(sellerId, subscriptionId, periodStart);
            }
        };

        assertThatThrownBy(() -> BillingRun.of(failingOnTheFifth).run(date("2025-03-31"), SUBSCRIPTIONS))
                .hasMessage("the database went away");
        assertThat(claims.size()).isZero();
        assertThat(BillingRun.of(claims).run(date("2025-03-31"), SUBSCRIPTIONS))
                .isEqualTo(BillingRun.preview(date("2025-03-31"), SUBSCRIPTIONS));
    }

    @Test
    void cancelAndReissueReleasesThePeriodAndTheNextRunBillsItFromTheCorrectedSubscription() {
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun run = BillingRun.of(store);
        Subscription subscription =
                monthly("S-R", "FREQ=MONTHLY", date("2025-01-01")).build();
        assertThat(run.run(date("2025-03-01"), List.of(subscription), "run-march"))
                .hasSize(3);
        assertThat(store.claimedBy("atelier", "S-R", date("2025-02-01"))).contains("run-march");

        // February should have been billed at 25.00: the application credits its invoice and releases the period
        Subscription corrected = subscription
                .changePrice(date("2025-02-01"), "1", eur("25.00"))
                .changePrice(date("2025-03-01"), "1", eur("30.00"));
        assertThat(store.release("atelier", "S-R", date("2025-02-01"))).isTrue();
        assertThat(store.release("atelier", "S-R", date("2025-02-01"))).isFalse();

        List<BilledPeriod> reissued = run.run(date("2025-03-01"), List.of(corrected), "run-reissue");

        assertThat(reissued).singleElement().satisfies(b -> {
            assertThat(b.period()).isEqualTo(BillingPeriod.parse("[2025-02-01, 2025-03-01)"));
            assertThat(lineAmounts(b.invoice())).containsExactly("25.00");
            assertThat(b.invoice().issueDate()).contains(date("2025-02-01"));
        });
    }

    @Test
    void previewShowsTheComingInvoicesWithoutClaimingAnything() {
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun.of(store).run(date("2025-03-31"), SUBSCRIPTIONS);

        List<BilledPeriod> next30Days = BillingRun.preview(date("2025-04-01"), date("2025-04-30"), SUBSCRIPTIONS);

        assertThat(next30Days.stream()
                        .map(b -> b.subscriptionId() + " " + b.billingDate())
                        .collect(Collectors.toList()))
                .containsExactly("S-15 2025-04-15", "S-31 2025-04-30", "S-Q 2025-04-01");
        assertThat(store.size()).isEqualTo(13);
        assertThat(BillingRun.of(store).run(date("2025-04-30"), SUBSCRIPTIONS)).isEqualTo(next30Days);
    }
}
