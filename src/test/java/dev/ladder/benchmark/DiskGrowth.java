package dev.ladder.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.durability.LadderHttp;
import dev.ladder.framework.Frameworks;
import dev.ladder.review.Review;

/**
 * How much disk the embedded store takes per stored review when reviews come one by one through the API
 * ({@code POST /api/reviews}, one client, each review its own request and transaction), with and
 * without compaction (issue 11, goal 4).
 *
 * <pre>
 * java -cp … dev.ladder.benchmark.DiskGrowth [reviews=2000] [mode=both|off|on] [threshold=64MB] [growth=1.5]
 * </pre>
 * For each mode it starts the service on a new folder, imports a register of {@code reviews} people,
 * posts one review for each, and prints the store's size on disk (allocated blocks, {@code du}) every
 * tenth of the way: bytes per review so far, the size after a final compaction, and reviews per second.
 */
public final class DiskGrowth {

    private DiskGrowth() {
    }

    public static void main(String[] args) throws Exception {
        int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String mode = args.length > 1 ? args[1] : "both";
        String threshold = args.length > 2 ? args[2] : "64MB";
        String growth = args.length > 3 ? args[3] : "1.5";
        List<String> results = new ArrayList<>();
        if (!"on".equals(mode)) {
            results.add(run(reviews, false, threshold, growth));
        }
        if (!"off".equals(mode)) {
            results.add(run(reviews, true, threshold, growth));
        }
        System.out.println();
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(int count, boolean compaction, String threshold, String growth) throws Exception {
        Path dir = BenchApp.tempDir("disk-growth-");
        List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--ladder.data-dir=" + dir,
                "--ladder.watch-rules=false", "--ladder.demo.enabled=false", "--ladder.security.demo-accounts=true",
                "--ladder.demo.password=" + BenchApp.PASSWORD, "--logging.level.root=WARN",
                "--logging.level.dev.ladder.store=INFO", "--server.port=0",
                "--ladder.store.compaction.enabled=" + compaction,
                "--ladder.store.compaction.when-larger-than=" + threshold,
                "--ladder.store.compaction.growth=" + growth,
                "--ladder.store.compaction.min-interval=0s", "--ladder.store.compaction.check-every=2s"));
        String label = compaction ? "compaction on (when-larger-than=" + threshold + ", growth=" + growth + ")"
                : "compaction off";
        StringBuilder report = new StringBuilder("== " + count + " reviews one by one, " + label + "\n");
        try (ConfigurableApplicationContext app = new SpringApplication(LadderApplication.class)
                .run(args.toArray(String[]::new))) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            LadderHttp http = LadderHttp.localhost(port, BenchApp.USER, BenchApp.PASSWORD);
            Frameworks frameworks = app.getBean(Frameworks.class);
            List<BenchReviews.Person> people = BenchReviews.register(frameworks, count);
            LadderHttp.Response imported = http.post("/api/employees/import", "text/csv", BenchReviews.csv(people));
            if (imported.status() != 200) {
                throw new IllegalStateException("import: " + imported);
            }
            Map<String, List<Review>> templates = BenchReviews.templates(frameworks, 20);
            long base = bytes(dir);
            report.append("  register of %d people imported: store %.1f MB%n".formatted(count, base / 1e6));
            long peak = base;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                BenchReviews.Person person = people.get(i);
                List<Review> slot = templates.get(person.framework() + "/" + person.level());
                Review review = BenchReviews.reviewOf(person, "2026", slot.get(i % slot.size()));
                LadderHttp.Response stored = http.postJson("/api/reviews", BenchReviews.json(review));
                if (stored.status() != 201) {
                    throw new IllegalStateException("review " + i + ": " + stored);
                }
                if ((i + 1) % Math.max(1, count / 10) == 0) {
                    long now = bytes(dir);
                    peak = Math.max(peak, now);
                    report.append("  %6d reviews: store %8.1f MB, %7.1f KB per review (%.0f reviews/s so far)%n".formatted(
                            i + 1, now / 1e6, now / 1e3 / (i + 1), (i + 1) / ((System.nanoTime() - start) / 1e9)));
                    System.out.print(report);
                    report.setLength(report.indexOf("\n") + 1);
                    report.append("  (…)\n");
                }
            }
            long end = bytes(dir);
            LadderHttp.Response compacted = http.post("/api/admin/store/compaction", "application/json", "");
            long after = bytes(dir);
            String state = http.get("/api/admin/store").body();
            return ("== %d reviews one by one, %s: end %.1f MB (%.1f KB/review), peak seen %.1f MB; compacted at the end"
                    + " (HTTP %d) %.1f MB = %.1f KB/review (register and ontology included); store state %s").formatted(count,
                            label, end / 1e6, end / 1e3 / count, peak / 1e6, compacted.status(), after / 1e6,
                            after / 1e3 / count, state);
        } finally {
            BenchApp.delete(dir);
        }
    }

    /** Allocated bytes of the database folder (every generation), as the compactor counts them. */
    private static long bytes(Path dir) {
        return dev.ladder.store.StoreSize.onDisk(dir);
    }
}
