package org.echeance.examples.story;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the sinks render and write their files: on the story's thread, or on a few worker threads beside it.
 *
 * <p>Rendering a PDF or an e-invoice takes far longer than the story's own step that produced the document, and each
 * file depends only on its document, so the files can be written in any order and on any thread: the output is the
 * same, byte for byte. Background work keeps at most a few hundred documents waiting; when the queue is full the
 * story's thread renders the next one itself, so memory stays bounded however long the story.
 *
 * <p>A failed task is reported by the next {@link #submit(Runnable)} or by {@link #awaitAll()}, whichever comes
 * first, with the first failure as the exception's cause; after a failure nothing more is accepted. This class is
 * thread-safe.
 */
public final class DocumentWork implements AutoCloseable {
    private static final int QUEUED_AT_MOST = 256;

    private final ExecutorService executor;
    private final Phaser pending = new Phaser(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private DocumentWork(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Returns work done at once, on the caller's thread.
     *
     * @return the work
     */
    public static DocumentWork inline() {
        return new DocumentWork(null);
    }

    /**
     * Returns work done by worker threads beside the story's thread.
     *
     * @param threads how many workers, at least 1
     * @return the work
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static DocumentWork inBackground(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + " is below 1");
        }
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_AT_MOST),
                task -> {
                    Thread thread = new Thread(task, "story-documents-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        return new DocumentWork(executor);
    }

    /**
     * Runs a task now or on a worker.
     *
     * @param task what renders and writes one document
     * @throws IllegalStateException if an earlier task failed
     */
    public void submit(Runnable task) {
        rethrowFailure();
        if (executor == null) {
            task.run();
            return;
        }
        pending.register();
        executor.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                pending.arriveAndDeregister();
            }
        });
    }

    /**
     * Waits until every task submitted so far is done.
     *
     * @throws IllegalStateException if a task failed
     */
    public void awaitAll() {
        if (executor != null) {
            pending.arriveAndAwaitAdvance();
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable first = failure.get();
        if (first != null) {
            throw new IllegalStateException("writing a document failed: " + first.getMessage(), first);
        }
    }

    /** Stops the workers once the tasks submitted are done. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Override
    public String toString() {
        return executor == null ? "DocumentWork[inline]" : "DocumentWork[" + executor + "]";
    }
}
