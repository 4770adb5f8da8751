package dev.ladder.store;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the shared store's {@link ChangeLog}: every {@code ladder.replicas.poll-interval} it reads the
 * log's counter (one small query) and, when it moved, the entries since the last one seen, and hands
 * them to every {@link ChangeListener}. A listener that fails is told again at the next poll. Now and
 * then it prunes entries older than {@code ladder.replicas.change-retention}. With the embedded TDB2
 * store it does nothing.
 *
 * <p>The position is read when this bean is made, before the listeners that inject it load their
 * state, so no write between the two is missed (one may be applied twice, which does no harm).
 */
@Component
public class ReplicaPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReplicaPoller.class);

    private final ChangeLog changes;
    private final ReplicaProperties properties;
    private final ObjectProvider<ChangeListener> listeners;
    private volatile long seen;
    private volatile Instant lastPruned = Instant.now();
    private ScheduledExecutorService timer;

    ReplicaPoller(RdfStore store, ReplicaProperties properties, ObjectProvider<ChangeListener> listeners) {
        this.changes = ChangeLog.of(store);
        this.properties = properties;
        this.listeners = listeners;
        this.seen = changes.last();
    }

    /** True when this service follows a shared store's changes. */
    public boolean following() {
        return changes.active() && !properties.pollInterval().isZero();
    }

    /** Reads the log once and tells the listeners; what the timer runs. */
    public synchronized void poll() {
        long last = changes.last();
        if (last == seen) {
            return;
        }
        List<ChangeLog.Change> since = last < seen ? List.of() : changes.since(seen);
        List<ChangeListener> all = listeners.orderedStream().toList();
        if (since.isEmpty() || since.get(0).seq() != seen + 1) {
            log.warn("Change log entries {} to {} were pruned before this replica read them (or the store was"
                    + " replaced): reloading everything", seen + 1, last);
            all.forEach(ChangeListener::missed);
            seen = last;
            return;
        }
        all.forEach(listener -> listener.changed(since));
        seen = since.get(since.size() - 1).seq();
    }

    private void tick() {
        try {
            poll();
            Instant now = Instant.now();
            if (now.isAfter(lastPruned.plus(properties.changeRetention().dividedBy(10)))) {
                lastPruned = now;
                changes.prune(now.minus(properties.changeRetention()));
            }
        } catch (RuntimeException e) {
            log.warn("Reading the shared store's change log failed; trying again in {}: {}",
                    properties.pollInterval(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!following() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ladder-replica-poller");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        log.info("Following the shared store's changes every {} ms (ladder.replicas.poll-interval)", millis);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
