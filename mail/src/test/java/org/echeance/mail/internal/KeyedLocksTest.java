package org.echeance.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyedLocksTest {
    @Test
    void oneKeyIsUsedByOneThreadAtATime() throws Exception {
        KeyedLocks locks = new KeyedLocks();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 200; round++) {
                        locks.withLock("same", () -> {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.yield();
                            return inside.decrementAndGet();
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(locks.keysInUse()).isZero();
    }

    @Test
    void aFailingActionReleasesItsKey() {
        KeyedLocks locks = new KeyedLocks();

        assertThatThrownBy(() -> locks.withLock("k", () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(locks.keysInUse()).isZero();
        assertThat(locks.withLock("k", () -> "again")).isEqualTo("again");
    }
}
