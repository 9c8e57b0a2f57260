package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory store: one winner per key, keys scoped by seller, release for cancel-and-reissue. */
class InMemoryBillingRunStoreTest {
    @Test
    void onlyTheFirstClaimOfAKeySucceedsUntilReleased() {
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();

        assertThat(store.claim("atelier", "S-1", date("2025-01-31"), "run-1")).isTrue();
        assertThat(store.claim("atelier", "S-1", date("2025-01-31"), "run-2")).isFalse();
        assertThat(store.claim("bureau", "S-1", date("2025-01-31"), "run-2")).isTrue();
        assertThat(store.claim("atelier", "S-1", date("2025-02-28"), "run-2")).isTrue();
        assertThat(store.claimedBy("atelier", "S-1", date("2025-01-31"))).contains("run-1");
        assertThat(store.size()).isEqualTo(3);

        assertThat(store.release("atelier", "S-1", date("2025-01-31"))).isTrue();
        assertThat(store.release("atelier", "S-1", date("2025-01-31"))).isFalse();
        assertThat(store.claim("atelier", "S-1", date("2025-01-31"), "run-3")).isTrue();
        assertThat(store.claimedBy("atelier", "S-1", date("2025-01-31"))).contains("run-3");
    }

    @Test
    void sixteenThreadsRacingForOneKeyHaveOneWinner() throws Exception {
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        AtomicInteger winners = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> racers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                String runId = "run-" + t;
                racers.add(pool.submit(() -> {
                    start.await();
                    for (int day = 0; day < 500; day++) {
                        if (store.claim("atelier", "S-1", date("2025-01-01").plusDays(day), runId)) {
                            winners.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(winners.get()).isEqualTo(500);
        assertThat(store.size()).isEqualTo(500);
    }
}
