package nl.ikcatlas.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Does one piece of work per item on a fixed number of threads and hands the results on in the order of
 * the items, on the calling thread. The items go to the threads in small batches of items next to each
 * other, so that threads wait for and wake each other once per batch instead of once per item. At most a
 * few batches per thread are under way at once, so what the work holds (a page's view and text) does not
 * pile up however many items there are.
 */
final class InOrder {
    /** Batches under way per thread: enough to keep every thread busy while the oldest is waited for. */
    private static final int PER_THREAD = 2;
    /** Items per batch. */
    private static final int BATCH = 8;

    private final int threads;

    /** {@code threads}: how many items are worked on at once; 1 does all the work on the calling thread. */
    InOrder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * Applies {@code work} to every item and gives each result to {@code done}, in the order of {@code items}.
     * An exception thrown by {@code work} stops the rest and is thrown here.
     */
    <I, R> void run(List<I> items, Function<I, R> work, Consumer<R> done) {
        if (threads == 1) {
            items.forEach(item -> done.accept(work.apply(item)));
            return;
        }
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "ikc-atlas-render-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<R>>> underWay = new ArrayDeque<>();
            for (int from = 0; from < items.size(); from += BATCH) {
                if (underWay.size() == threads * PER_THREAD) {
                    result(underWay.poll()).forEach(done);
                }
                List<I> batch = items.subList(from, Math.min(items.size(), from + BATCH));
                underWay.add(pool.submit(() -> batch.stream().map(work).toList()));
            }
            while (!underWay.isEmpty()) {
                result(underWay.poll()).forEach(done);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
