package dev.ladder.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.update.UpdateRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.security.audit.AuditRepository;
import dev.ladder.store.GroupCommit;

/**
 * The audit entries of reads, written in batches: a request that only reads queues its entry and
 * answers; one background thread writes everything queued every interval ({@value #INTERVAL_MILLIS} ms
 * unless {@code ladder.audit.read-batch-millis} says otherwise) in one transaction. Before the trail is
 * read in this process (the audit page, {@code GET /api/audit}) the queue is written first, so what was
 * read is always in the trail shown. A clean shutdown writes the queue before the store closes; a crash
 * (SIGKILL, power) can lose at most the last interval's reads. A write that fails (the remote store
 * away) is kept and tried again, in order, with the next batch.
 *
 * <p>Why batches, and why not every 200 ms as before: a TDB2 commit syncs every index file while it
 * holds the lock that a reader takes to begin its read transaction, so each commit stalls every read
 * that starts meanwhile (docs/benchmarks.md, "Issue 11 — writes and audited reads"). Fewer commits, less
 * stalling. The batch goes through the store's {@link GroupCommit} when there is one, so under mixed
 * load it joins the transaction of the reviews being stored instead of adding a commit of its own.
 */
final class ReadBatcher {

    static final long INTERVAL_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ReadBatcher.class);

    private final AuditRepository repository;
    private final Consumer<UpdateRequest> writes;
    private final long intervalMillis;
    private final ScheduledExecutorService writer;
    private final Object lock = new Object();
    private List<Entry> pending = new ArrayList<>();

    /** Writes each batch in a transaction of its own, every {@value #INTERVAL_MILLIS} ms. */
    ReadBatcher(AuditRepository repository) {
        this(repository, null, INTERVAL_MILLIS);
    }

    /**
     * @param commits        the store's group committer, or null to write each batch alone
     * @param intervalMillis how often the queue is written
     */
    ReadBatcher(AuditRepository repository, GroupCommit commits, long intervalMillis) {
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("ladder.audit.read-batch-millis must be 1 or more; got " + intervalMillis);
        }
        this.repository = repository;
        this.writes = commits == null ? null : commits::commit;
        this.intervalMillis = intervalMillis;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-reads");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::flushQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
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
            if (writes == null) {
                repository.appendAll(batch);
            } else {
                writes.accept(repository.appending(batch));
            }
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
                    queued(), intervalMillis, e.getMessage());
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
