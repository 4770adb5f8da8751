package dev.ladder.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.StoredReview;
import dev.ladder.history.store.ReviewRepository;
import dev.ladder.review.Review;
import dev.ladder.security.AuditTrail.Entry;
import dev.ladder.security.audit.AuditRepository;
import dev.ladder.store.GroupCommit;
import dev.ladder.store.RdfStore;

/**
 * The store alone, without HTTP or rules: N threads each storing a review with its audit entry as fast as
 * they can into an embedded TDB2 database (a fresh folder under target/bench-store), first with one
 * durable transaction per review (what Ladder did before group commit, less its second transaction for
 * the entry), then through {@link GroupCommit}. Prints stored reviews per second and latency for both.
 *
 * <pre>--threads 8 --seconds 10 [--memory true]</pre>
 * With {@code --memory true} the dataset is Jena's in-memory transactional one instead: what the
 * updates cost in CPU, without the disk.
 */
public final class GroupCommitProbe {

    private GroupCommitProbe() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        boolean memory = args.length > 5 && Boolean.parseBoolean(args[5]);
        if (Boolean.getBoolean("probe.direct")) {
            org.apache.jena.tdb2.sys.SystemTDB.setFileMode(org.apache.jena.dboe.base.block.FileMode.direct);
        }
        for (boolean grouped : new boolean[] {false, true}) {
            Path folder = BenchApp.tempDir("commit-");
            Dataset dataset = memory ? org.apache.jena.query.DatasetFactory.createTxnMem()
                    : TDB2Factory.connectDataset(folder.toString());
            RdfStore store = RdfStore.over(dataset);
            GroupCommit commits = new GroupCommit(store);
            ReviewRepository reviews = grouped ? new ReviewRepository(store, commits) : new ReviewRepository(store);
            AuditRepository audit = new AuditRepository(store);
            try {
                run(reviews, audit, threads, 2, null);
                List<Long> took = new ArrayList<>();
                long writerCpu = writerCpu();
                run(reviews, audit, threads, seconds, took);
                writerCpu = writerCpu() - writerCpu;
                long[] sorted = took.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf((memory ? "in memory, " : "TDB2, ") + "%-28s %d threads: %7.1f reviews/s  p50 %.2f  p99 %.2f ms%s%n",
                        grouped ? "group commit" : "one transaction per review", threads,
                        took.size() / (double) seconds, sorted[sorted.length / 2] / 1e6,
                        sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                        grouped ? String.format("  writer CPU %.3f ms per review", writerCpu / 1e6 / took.size()) : "");
            } finally {
                commits.destroy();
                if (!memory) {
                    TDBInternal.expel(dataset.asDatasetGraph());
                }
                BenchApp.delete(folder);
            }
        }
    }

    /** CPU time so far of the group committer's thread (the store's single writer), in nanoseconds. */
    private static long writerCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("store-group-commit"))
                .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
    }

    private static void run(ReviewRepository reviews, AuditRepository audit, int threads, int seconds, List<Long> took)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong serial = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long n = serial.incrementAndGet();
                    StoredReview review = review("P" + (n % 5000), String.valueOf(2000 + n / 5000));
                    long start = System.nanoTime();
                    reviews.insert(List.of(review), audit.appending(List.of(new Entry(Instant.now(), "admin", "SUBMIT",
                            review.review().employeeId(), "POST /api/reviews (period " + review.review().period() + ")"))));
                    latencies.add(System.nanoTime() - start);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (took != null) {
            took.addAll(latencies);
        }
    }

    private static StoredReview review(String employeeId, String period) {
        Review review = new Review(employeeId, "milton-keynes", 2, period, null, null,
                List.of(new Review.CompetencyRating("customer-focus", 3, null)), List.of());
        Assessment assessment = new Assessment(employeeId, "milton-keynes", 2, period, "v1", List.of(), List.of(),
                List.of(), new Assessment.Readiness(3, "NOT_READY", List.of(), "because"));
        return new StoredReview(UUID.randomUUID().toString(), Instant.now(), "admin", review, assessment, null);
    }
}
