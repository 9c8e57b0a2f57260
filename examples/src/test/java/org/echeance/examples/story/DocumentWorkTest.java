package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentWorkTest {
    @Test
    void everyTaskSubmittedIsDoneWhenAwaitAllReturns() {
        AtomicInteger done = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (DocumentWork work = DocumentWork.inBackground(2)) {
            for (int i = 0; i < 2_000; i++) {
                work.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    done.incrementAndGet();
                });
            }
            work.awaitAll();
            assertThat(done).hasValue(2_000);
        }
        assertThat(threads).anyMatch(name -> name.startsWith("story-documents-"));
    }

    @Test
    void inlineWorkRunsOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        String[] ranOn = new String[1];
        try (DocumentWork work = DocumentWork.inline()) {
            work.submit(() -> ranOn[0] = Thread.currentThread().getName());
            assertThat(ranOn[0]).isEqualTo(caller);
        }
    }

    @Test
    void aFailedTaskIsReportedAndNothingMoreIsAccepted() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        try (DocumentWork work = DocumentWork.inBackground(1)) {
            work.submit(() -> {
                failed.countDown();
                throw new IllegalArgumentException("disk full");
            });
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(work::awaitAll)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("writing a document failed: disk full")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
            AtomicInteger ran = new AtomicInteger();
            assertThatThrownBy(() -> work.submit(ran::incrementAndGet)).isInstanceOf(IllegalStateException.class);
            assertThat(ran).hasValue(0);
        }
    }

    @Test
    void fewerThanOneWorkerIsRefused() {
        assertThatThrownBy(() -> DocumentWork.inBackground(0)).hasMessage("threads: 0 is below 1");
    }
}
