package dev.nbmigrate.converter.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import dev.nbmigrate.converter.render.TemplateException;

/**
 * Runs the items of a batch on up to {@code jobs} threads while everything seen from outside stays in the items'
 * order: results come back in order, and the {@code started}/{@code finished} callbacks (logs, progress) are called
 * on the caller's thread in order, so a batch's output is the same bytes whatever {@code jobs} is. A step whose
 * outcome depends on the items before it (claiming a module name) waits for its {@link Turn}: item i's turn comes
 * when every earlier item has passed its own.
 *
 * @param <R> an item's result
 */
final class ParallelBatch<R> {

    /** One item's work. */
    interface Task<R> {
        R run(int index, Turn turn) throws TemplateException;
    }

    /** The ordered step of an item: {@link #await()} before it, {@link #pass()} after (or when the item ends). */
    interface Turn {
        void await();

        void pass();
    }

    private static final Turn ALWAYS = new Turn() {
        @Override
        public void await() {
        }

        @Override
        public void pass() {
        }
    };

    private final int jobs;

    ParallelBatch(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    /**
     * Runs items {@code 0..count-1}; the first item (in order) that throws stops the batch, and its exception is
     * thrown here after the items before it were reported.
     */
    List<R> run(int count, Task<R> task, IntConsumer started, BiConsumer<Integer, R> finished)
            throws TemplateException {
        List<R> results = new ArrayList<>(count);
        if (jobs == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                started.accept(i);
                R result = task.run(i, ALWAYS);
                results.add(result);
                finished.accept(i, result);
            }
            return results;
        }
        CountDownLatch[] passed = new CountDownLatch[count];
        for (int i = 0; i < count; i++) {
            passed[i] = new CountDownLatch(1);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, count), runnable -> {
            Thread thread = new Thread(runnable, "nbmigrate-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Submitted in order to a first-in first-out queue: an item starts no earlier than those before it, so
            // waiting for their turns never deadlocks.
            List<Future<R>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    Turn turn = new OrderedTurn(index == 0 ? null : passed[index - 1], passed[index]);
                    try {
                        return task.run(index, turn);
                    } finally {
                        turn.pass();
                    }
                }));
            }
            for (int i = 0; i < count; i++) {
                started.accept(i);
                R result = await(futures.get(i));
                results.add(result);
                finished.accept(i, result);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) throws TemplateException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the batch");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateException template) {
                throw template;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits for the previous item's turn; passing is idempotent. */
    private record OrderedTurn(CountDownLatch previous, CountDownLatch mine) implements Turn {
        @Override
        public void await() {
            if (previous == null) {
                return;
            }
            try {
                previous.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("the batch was stopped");
            }
        }

        @Override
        public void pass() {
            mine.countDown();
        }
    }
}
