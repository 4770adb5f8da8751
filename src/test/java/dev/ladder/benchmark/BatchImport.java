package dev.ladder.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewService;
import dev.ladder.review.Review;

/**
 * Reviews imported in batches, as a CSV import or the demo stores them ({@link ReviewService#submitAll}),
 * for people who already have a stored review: each review of the batch is checked, assessed with the
 * person's previous review (read from the store) and the batch stored in one transaction. Prints, per
 * round, reviews a second and this process's CPU time per review. A harness, not a test
 * (docs/benchmarks.md, "Session of 2026-12-03 (12:50–15:20)").
 *
 * <p>Usage: {@code BatchImport [people] [batch] [rounds]} (default 2000, 500, 3). Works on a copy of the
 * seeded store of 10,000 people with one review each ({@link BenchReviews#seededStore}, under
 * {@code -Dbench.store=<folder>}); round {@code r} imports a review of period {@code 2027 + r} for each
 * of the first {@code people} people, so every review has a stored previous one.
 */
public final class BatchImport {

    private BatchImport() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path seeded = BenchReviews.seededStore(10_000);
        Path copy = BenchApp.tempDir("batch-import-");
        try (var files = Files.walk(seeded)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(seeded.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (BenchApp app = BenchApp.start(copy, false)) {
            Frameworks frameworks = app.bean(Frameworks.class);
            ReviewService service = app.bean(ReviewService.class);
            List<BenchReviews.Person> register = BenchReviews.register(frameworks, 10_000).subList(0, people);
            Map<String, List<Review>> templates = BenchReviews.templates(frameworks, 200);
            System.out.printf("BatchImport: %d people with a stored review, batches of %d, %d rounds; %d cores, %s%n",
                    people, batchSize, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (int round = 0; round < rounds; round++) {
                String period = Integer.toString(2027 + round);
                List<Review> reviews = new ArrayList<>(people);
                for (int i = 0; i < people; i++) {
                    BenchReviews.Person person = register.get(i);
                    List<Review> slot = templates.get(person.framework() + "/" + person.level());
                    reviews.add(BenchReviews.reviewOf(person, period, slot.get((i + round * 7) % slot.size())));
                }
                long cpu0 = cpu.getProcessCpuTime();
                long t0 = System.nanoTime();
                int stored = 0;
                for (int from = 0; from < people; from += batchSize) {
                    stored += service.submitAll(reviews.subList(from, Math.min(people, from + batchSize)), "benchmark").size();
                }
                long nanos = System.nanoTime() - t0;
                long cpuNanos = cpu.getProcessCpuTime() - cpu0;
                System.out.printf("RESULT round %d (%s): %d reviews in %d ms: %.0f reviews/s; CPU %.2f ms per review;"
                                + " load average %s%n", round + 1, period, stored, nanos / 1_000_000, stored * 1e9 / nanos,
                        cpuNanos / 1e6 / stored, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        } finally {
            BenchApp.delete(copy);
        }
    }
}
