package dev.ladder.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
        ExecutorService pool = pool(threads);
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
            throw rethrown(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing a batch", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A pipeline: {@code task} applied to 0 … {@code count - 1} on every core, each result handed to
     * {@code each} in that order <em>on the calling thread</em>, as soon as it and those before it are
     * ready. The workers run ahead of {@code each} by at most {@code window} tasks, so while the calling
     * thread does slow work with a result (writing it out, storing a batch) the cores keep computing the
     * next ones, and no more than {@code window} results are held at once. The first failure (of a task
     * or of {@code each}) stops the rest and is rethrown.
     */
    public static <T> void ordered(int count, int window, IntFunction<T> task, Consumer<? super T> each) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), count / PER_THREAD);
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                each.accept(task.apply(i));
            }
            return;
        }
        int ahead = Math.max(threads, window);
        ExecutorService pool = pool(threads);
        try {
            Deque<Future<T>> pending = new ArrayDeque<>(Math.min(ahead, count));
            int next = 0;
            while (next < count || !pending.isEmpty()) {
                while (next < count && pending.size() < ahead) {
                    int index = next++;
                    pending.addLast(pool.submit(() -> task.apply(index)));
                }
                each.accept(pending.removeFirst().get());
            }
        } catch (ExecutionException e) {
            throw rethrown(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working through a batch", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Threads with the caller's context class loader (see the class comment). */
    private static ExecutorService pool(int threads) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ladder-batch");
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    private static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }
}
