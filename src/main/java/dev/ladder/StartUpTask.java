package dev.ladder;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that the service need not finish before it answers (reading the register, compiling
 * the rules, building the report snapshot): it runs on a daemon thread of its own, and whoever needs
 * its result waits for it ({@link #await()}, or a wait of the caller's own). At 10,000 people on two
 * cores this took two to three seconds off the first answer, because the main thread no longer waits
 * for it while Spring, Tomcat and the first request go on (docs/benchmarks.md).
 */
public final class StartUpTask {

    private static final Logger log = LoggerFactory.getLogger(StartUpTask.class);

    private final CompletableFuture<Void> done;

    private StartUpTask(CompletableFuture<Void> done) {
        this.done = done;
    }

    /** Starts {@code work} on a daemon thread named {@code name}; a failure is logged, not thrown. */
    public static StartUpTask start(String name, Runnable work) {
        return new StartUpTask(CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Start-up task {} failed", name, e);
            }
        }, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits until the work has finished (or failed; the caller checks what it left). */
    public void await() {
        done.join();
    }
}
