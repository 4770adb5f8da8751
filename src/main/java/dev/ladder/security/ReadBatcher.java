package dev.ladder.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.security.audit.AuditRepository;

/**
 * The audit entries of reads, written in batches: a request that only reads queues its entry and
 * answers; one background thread writes everything queued every {@value #INTERVAL_MILLIS} ms in one
 * transaction. Before the trail is read in this process (the audit page, {@code GET /api/audit}) the
 * queue is written first, so what was read is always in the trail shown. A clean shutdown writes the
 * queue before the store closes; a crash (SIGKILL, power) can lose at most the last interval's reads.
 * A write that fails (the remote store away) is kept and tried again, in order, with the next batch.
 */
final class ReadBatcher {

    static final long INTERVAL_MILLIS = 200;
    private static final Logger log = LoggerFactory.getLogger(ReadBatcher.class);

    private final AuditRepository repository;
    private final ScheduledExecutorService writer;
    private final Object lock = new Object();
    private List<Entry> pending = new ArrayList<>();

    ReadBatcher(AuditRepository repository) {
        this.repository = repository;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-reads");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::flushQuietly, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void add(List<Entry> entries) {
        synchronized (lock) {
            pending.addAll(entries);
        }
    }

    /** Writes everything queued now, in one transaction; one flush at a time keeps the order. */
    synchronized void flush() {
        List<Entry> batch;
        synchronized (lock) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new ArrayList<>();
        }
        try {
            repository.appendAll(batch);
        } catch (RuntimeException e) {
            synchronized (lock) {
                batch.addAll(pending);
                pending = batch;
            }
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not write {} queued audit entries of reads; trying again in {} ms: {}",
                    queued(), INTERVAL_MILLIS, e.getMessage());
        }
    }

    int queued() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** Stops the background writer and writes what is left. */
    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
