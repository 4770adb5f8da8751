package dev.ladder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded TDB2 database while the service runs, by itself when it has grown past
 * {@link CompactionProperties}, or when an administrator asks.
 *
 * <p>How: Jena's {@link DatabaseMgr#compact(org.apache.jena.sparql.core.DatasetGraph, boolean)} copies
 * the live data into the next generation {@code Data-NNNN} and switches the dataset the service holds
 * over to it; the old generation is deleted once its last reader has finished. During the copy readers
 * go on as usual (on the old generation) and write transactions wait; nothing is refused and nothing
 * needs a restart. A process killed during the copy leaves a {@code Data-NNNN-tmp} folder that was never
 * in use; {@link Tdb2Folder#open} removes it at the next start.
 */
public final class Compactor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Compactor.class);

    private final Dataset dataset;
    private final Path dir;
    private final CompactionProperties properties;
    /** ladder.store.node-cache: what each node cache of every generation should hold. */
    private final int nodeCache;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledExecutorService checks;
    private volatile long bytesAfterLast = -1;
    private volatile Instant lastAt;
    private volatile long lastMillis = -1;
    private volatile int compactions;

    /** Where the size after the last compaction is kept, so a restart does not compact again at once. */
    static final String BASELINE_FILE = "compacted-size.txt";

    Compactor(Dataset dataset, Path dir, CompactionProperties properties, int nodeCache) {
        this.dataset = dataset;
        this.dir = dir;
        this.properties = properties;
        this.nodeCache = nodeCache;
        this.bytesAfterLast = readBaseline(dir);
        if (properties.enabled()) {
            checks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ladder-store-compaction");
                t.setDaemon(true);
                return t;
            });
            long every = properties.checkEvery().toMillis();
            checks.scheduleWithFixedDelay(this::checkQuietly, every, every, TimeUnit.MILLISECONDS);
        } else {
            checks = null;
        }
    }

    /** What the store looks like now, and what compaction has done since the start. */
    public Status status() {
        return new Status(dir.toAbsolutePath().toString(),
                Tdb2Folder.current(dir).map(p -> p.getFileName().toString()).orElse(null),
                Tdb2Folder.bytesOnDisk(dir), bytesAfterLast < 0 ? null : bytesAfterLast, lastAt,
                lastMillis < 0 ? null : lastMillis, compactions, running.isLocked(), properties.enabled(),
                properties.whenLargerThan().toBytes(), properties.growth(), nodeCaches());
    }

    /** The node cache sizes of the generation in use, as TDB2 opened it. */
    NodeCaches nodeCaches() {
        StoreParams params = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getStoreParams();
        return new NodeCaches(params.getNode2NodeIdCacheSize(), params.getNodeId2NodeCacheSize());
    }

    /**
     * Compacts when the store is larger than configured, larger than {@code growth} times its size after
     * the last compaction, and the last one is at least {@code min-interval} ago.
     *
     * @return whether it compacted
     */
    public boolean compactIfDue() {
        long bytes = Tdb2Folder.bytesOnDisk(dir);
        if (bytes <= properties.whenLargerThan().toBytes()) {
            return false;
        }
        if (bytesAfterLast >= 0 && bytes <= properties.growth() * bytesAfterLast) {
            return false;
        }
        if (lastAt != null && Duration.between(lastAt, Instant.now()).compareTo(properties.minInterval()) < 0) {
            return false;
        }
        compact("it takes " + mb(bytes) + ", more than ladder.store.compaction.when-larger-than ("
                + mb(properties.whenLargerThan().toBytes()) + ")" + (bytesAfterLast < 0 ? ""
                        : " and " + properties.growth() + " times the " + mb(bytesAfterLast) + " after the last compaction"));
        return true;
    }

    /**
     * Compacts now (one at a time: a second call waits for the first).
     *
     * @return the status afterwards
     */
    public Status compact(String why) {
        running.lock();
        try {
            long before = Tdb2Folder.bytesOnDisk(dir);
            String from = Tdb2Folder.current(dir).map(p -> p.getFileName().toString()).orElse("?");
            log.info("Store: compacting {} ({}) because {}; writes wait until it is done, reads go on", from, mb(before),
                    why);
            long start = System.nanoTime();
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            lastMillis = (System.nanoTime() - start) / 1_000_000;
            lastAt = Instant.now();
            bytesAfterLast = Tdb2Folder.bytesOnDisk(dir);
            writeBaseline(dir, bytesAfterLast);
            compactions++;
            log.info("Store: compacted {} into {} in {} ms: {} → {}", from,
                    Tdb2Folder.current(dir).map(p -> p.getFileName().toString()).orElse("?"), lastMillis, mb(before),
                    mb(bytesAfterLast));
            NodeCaches caches = nodeCaches();
            if (caches.nodeToId() != nodeCache || caches.idToNode() != nodeCache) {
                // Tdb2Defaults could not set TDB2's defaults: TDB2 had started before the configuration was read
                log.warn("Store: the compacted generation has node caches of {} and {} entries, not ladder.store.node-cache"
                        + " ({}), until the next start: TDB2 was in use before Ladder could set its defaults",
                        caches.nodeToId(), caches.idToNode(), nodeCache);
            }
        } finally {
            running.unlock();
        }
        return status();
    }

    /** The size after the last compaction, from an earlier run; -1 when never compacted (or unreadable). */
    private static long readBaseline(Path dir) {
        try {
            Path file = dir.resolve(BASELINE_FILE);
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void writeBaseline(Path dir, long bytes) {
        try {
            Files.writeString(dir.resolve(BASELINE_FILE), bytes + "\n");
        } catch (IOException e) {
            log.warn("Store: cannot write {} in {} ({}); the next start compacts again when the store is large", BASELINE_FILE,
                    dir, e.toString());
        }
    }

    private void checkQuietly() {
        try {
            compactIfDue();
        } catch (RuntimeException e) {
            log.error("Store: compaction of {} failed; the service goes on with the database as it was", dir, e);
        }
    }

    @Override
    public void close() {
        if (checks != null) {
            // no interrupt: an interrupted file channel would close under TDB2; a compaction under way
            // finishes before the dataset is closed
            checks.shutdown();
            try {
                checks.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String mb(long bytes) {
        return "%.1f MB".formatted(bytes / 1e6);
    }

    /**
     * The embedded store's state.
     *
     * @param folder                the database folder
     * @param generation            the generation in use ({@code Data-NNNN})
     * @param bytes                 what the database takes on disk now
     * @param bytesAfterLastCompaction what it took right after the last compaction since the start, if any
     * @param lastCompaction        when that compaction finished
     * @param lastCompactionMillis  how long it took (writes waited that long)
     * @param compactions           compactions since the start
     * @param compacting            whether one is running now
     * @param automatic             whether the service compacts by itself
     * @param compactWhenLargerThan ladder.store.compaction.when-larger-than, in bytes
     * @param growth                ladder.store.compaction.growth
     * @param nodeCaches            the node cache sizes of the generation in use
     */
    public record Status(String folder, String generation, long bytes, Long bytesAfterLastCompaction,
                         Instant lastCompaction, Long lastCompactionMillis, int compactions, boolean compacting,
                         boolean automatic, long compactWhenLargerThan, double growth, NodeCaches nodeCaches) {
    }

    /**
     * Entries each of TDB2's node caches may hold (ladder.store.node-cache; a compaction keeps them).
     *
     * @param nodeToId RDF terms to their ids in the store (for finding and writing)
     * @param idToNode ids to RDF terms (for reading results), JSON literals included
     */
    public record NodeCaches(int nodeToId, int idToNode) {
    }
}
