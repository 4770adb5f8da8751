package dev.ladder.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Group commit: changes asked for at the same time are written together in ONE write transaction,
 * and each caller returns only after the transaction holding its change has committed.
 *
 * <p>Why: every write transaction of the embedded TDB2 database is made durable on disk when it commits
 * (the journal and the data files are synced), and the store has a single writer. One transaction per
 * stored review capped Ladder at the disk's sync rate (about 45 reviews a second with 8 clients,
 * docs/benchmarks.md). Here one writer thread takes everything queued, runs it as one SPARQL Update
 * request (one transaction, embedded or remote) and then answers every caller of that group; what
 * arrives while it writes forms the next group.
 *
 * <p>The writer may also hold a group back, at most {@code ladder.store.group-commit.max-wait}
 * ({@link GroupCommitProperties}), when it holds fewer changes than usually come together (the largest
 * group of the last second, see {@link Company}). Why: with N clients each waiting for its commit, the
 * clients answered by one commit come back while the next group is being written, so without the wait
 * they settle into two halves that take turns, and every commit, whose cost is mostly its syncs, carries
 * half as many changes as it could. Held back a few milliseconds, the halves join: 8 clients stored
 * about a third more reviews a second over HTTP, at a lower p99 (docs/benchmarks.md, "Session of
 * 2026-12-05 (from 01:55)"). A lone user's changes never wait: when no group of more than one came in
 * the last second, a change that finds the writer idle is written at once, alone. Within a second of a
 * larger group, a change may wait up to the maximum for company that does not come.
 *
 * <p>Each request's operations run in the order queued, one after the other, as they would in
 * separate transactions: an operation that reads (a counter, the current review of a period) sees what
 * the requests before it in the group wrote.
 *
 * <p>If the group's transaction fails, nothing of it is stored (a SPARQL Update request is all or
 * nothing) and every caller of the group gets a {@link StoreException} saying so. The requests are not
 * tried again one by one: over HTTP a failure can come after the server committed, and repeating a
 * change that numbers the audit trail would number it twice. The caller answers with an error and may
 * send its request again.
 */
@Component
public final class GroupCommit implements DisposableBean {

    /**
     * The metric of how many changes each transaction carried: its count is the transactions, its total
     * the changes, so total / count is the average group (Spring Boot Actuator's
     * {@code /actuator/metrics/ladder.store.group-commit.size} once {@code metrics} is exposed).
     */
    public static final String SIZE_METRIC = "ladder.store.group-commit.size";

    /** Most requests written in one transaction; more wait for the next one. */
    static final int MAX_GROUP = 256;

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final Pending STOP = new Pending(new UpdateRequest());

    private final RdfStore store;
    /** How long a group may be held back for its usual company, in nanoseconds; 0: never. */
    private final long maxWait;
    /** How many changes usually come together; the writer thread's alone. */
    private final Company company;
    /** Changes per transaction written ({@value #SIZE_METRIC}); null without a meter registry. */
    private final DistributionSummary sizes;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong taken = new AtomicLong();
    private final Object lock = new Object();
    private final Thread writer;
    private boolean closed;

    /** A group commit that never holds a group back (it writes whatever is queued at once), without metrics. */
    public GroupCommit(RdfStore store) {
        this(store, Duration.ZERO, System::nanoTime, null);
    }

    @Autowired
    public GroupCommit(RdfStore store, GroupCommitProperties properties, ObjectProvider<MeterRegistry> meters) {
        this(store, properties.maxWait(), System::nanoTime, meters.getIfAvailable());
    }

    /**
     * @param clock  nanoseconds, as {@link System#nanoTime()}: what {@link Company} remembers by
     * @param meters where {@value #SIZE_METRIC} is registered; null: nowhere
     */
    GroupCommit(RdfStore store, Duration maxWait, LongSupplier clock, MeterRegistry meters) {
        this.store = store;
        this.maxWait = maxWait.toNanos();
        this.company = new Company(clock);
        this.sizes = meters == null ? null : DistributionSummary.builder(SIZE_METRIC)
                .description("Changes written together in one transaction by the store's single writer")
                .baseUnit("changes").register(meters);
        this.writer = new Thread(this::write, "store-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Runs {@code request} in a write transaction, possibly together with other requests queued at the
     * same time; returns once that transaction has committed.
     *
     * @throws StoreException if the transaction failed: nothing of {@code request} was stored
     */
    public void commit(UpdateRequest request) {
        Pending pending = new Pending(request);
        synchronized (lock) {
            if (closed) {
                throw new StoreException("The store is closing: the change was not stored", null);
            }
            queue.add(pending);
        }
        try {
            pending.done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException failed) {
                // a new exception, so the stack trace shows this caller as well as the writer
                throw new StoreException(failed.getMessage(), failed.getCause());
            }
            throw e;
        }
    }

    /** How many changes wait for the writer (not counting the group being written): for monitoring and tests. */
    public int queued() {
        return queue.size();
    }

    /** How many changes the writer has taken from the queue so far: for tests. */
    public long taken() {
        return taken.get();
    }

    /** The writer thread: one group at a time, until {@link #destroy} queues {@link #STOP}. */
    private void write() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            group.clear();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                // only destroy() stops the writer; keep serving until it does
                continue;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            taken.addAndGet(group.size());
            int usual = Math.min(company.usual(), MAX_GROUP);
            if (maxWait > 0 && group.size() < usual && !group.contains(STOP)) {
                waitForCompany(group, usual);
            }
            company.written(group.size());
            boolean stop = group.remove(STOP);
            if (!group.isEmpty()) {
                if (sizes != null) {
                    sizes.record(group.size());
                }
                commitGroup(group);
            }
            if (stop) {
                return;
            }
        }
    }

    /**
     * Adds changes to {@code group} as they come, until it has {@code usual} of them, {@link #maxWait} has
     * passed, or the service is stopping.
     */
    private void waitForCompany(List<Pending> group, int usual) {
        long deadline = System.nanoTime() + maxWait;
        while (group.size() < usual) {
            long left = deadline - System.nanoTime();
            Pending next;
            try {
                next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            } catch (InterruptedException e) {
                // only destroy() stops the writer: write what it has
                return;
            }
            if (next == null) {
                return;
            }
            group.add(next);
            int before = group.size();
            queue.drainTo(group, MAX_GROUP - group.size());
            taken.addAndGet(1 + group.size() - before);
            if (group.contains(STOP)) {
                return;
            }
        }
    }

    private void commitGroup(List<Pending> group) {
        UpdateRequest combined = new UpdateRequest();
        for (Pending pending : group) {
            pending.request.getOperations().forEach(combined::add);
        }
        try {
            store.update(combined);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("A write transaction of {} changes failed; none of them was stored: {}", group.size(), why);
            StoreException failed = new StoreException("The write transaction holding this change"
                    + (group.size() > 1 ? " and " + (group.size() - 1) + " other changes made at the same time" : "")
                    + " failed, so nothing of it was stored; send it again. The store said: " + why, e);
            group.forEach(pending -> pending.done.completeExceptionally(failed));
            return;
        } catch (Error e) {
            // the writer must outlive a failed group, or every later caller would wait for ever
            log.error("A write transaction of {} changes failed; none of them was stored", group.size(), e);
            group.forEach(pending -> pending.done.completeExceptionally(e));
            return;
        }
        group.forEach(pending -> pending.done.complete(null));
    }

    /** Writes what is queued, then stops the writer; later changes are refused. */
    @Override
    public void destroy() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A queued request and the answer its caller waits for. */
    private static final class Pending {
        final UpdateRequest request;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Pending(UpdateRequest request) {
            this.request = request;
        }
    }
}
