package dev.ladder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs independent tasks of a batch on the machine's cores. Its threads get the caller's context
 * class loader: Drools finds its runtime through it, and the common fork-join pool's threads lack
 * the application's class loader when running from the packaged jar.
 */
public final class Parallel {

    /** Below this many tasks per thread, threads are not worth starting. */
    private static final int PER_THREAD = 50;

    private Parallel() {
    }

    /** {@code task} applied to 0 … {@code count - 1}, results in that order; the first failure is rethrown. */
    public static <T> List<T> map(int count, IntFunction<T> task) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), count / PER_THREAD);
        if (threads <= 1) {
            return IntStream.range(0, count).mapToObj(task).toList();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ladder-batch");
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing a batch", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
