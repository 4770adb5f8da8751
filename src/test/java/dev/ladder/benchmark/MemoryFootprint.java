package dev.ladder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.ladder.durability.LadderHttp;
import dev.ladder.durability.LadderProcess;

/**
 * Resident memory of the service over a store of N reviews (issue 11, goal 6): starts it as a separate JVM
 * ({@link LadderProcess}, default {@code -Xmx512m}) over {@link BenchReviews#seededStore}, waits until a
 * report answers (the report index is built), asks every report, and reads {@code /proc/<pid>/smaps}: the
 * resident set, and how much of it is the TDB2 database's memory-mapped files.
 *
 * <pre>
 * java -cp … dev.ladder.benchmark.MemoryFootprint [reviews=100000] [jvm options… (default -Xmx512m)]
 * </pre>
 */
public final class MemoryFootprint {

    private static final List<String> REPORTS = List.of("/api/reports/readiness", "/api/reports/training-needs",
            "/api/reports/red-flags", "/api/reports/resources", "/api/frameworks", "/api/employees?size=50");

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<String> jvm = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("-Xmx512m");
        Path store = BenchReviews.seededStore(reviews);
        Path log = Path.of("target", "bench-store", "memory-" + reviews + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        long start = System.nanoTime();
        try (LadderProcess process = LadderProcess.start(store, log, jvm, "--logging.level.root=WARN",
                "--logging.level.dev.ladder=INFO", "--ladder.store.compaction.enabled=false")) {
            LadderHttp http = LadderHttp.localhost(process.port(), LadderProcess.USER, LadderProcess.PASSWORD);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service died:\n" + process.tailOfLog());
                }
                try {
                    if (http.get("/api/reports/readiness").status() == 200) {
                        break;
                    }
                } catch (UncheckedIOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            System.out.printf("reports answer after %.1f s%n", (System.nanoTime() - start) / 1e9);
            for (int round = 0; round < 3; round++) {
                for (String path : REPORTS) {
                    int status = http.get(path).status();
                    if (status != 200) {
                        throw new IllegalStateException(path + " answered " + status + "\n" + process.tailOfLog());
                    }
                }
            }
            System.out.println(footprint(process.pid(), store) + " after every report three times, JVM " + jvm
                    + ", " + reviews + " reviews; alive: " + process.isAlive());
            process.stop();
        }
        System.exit(0);
    }

    /** Resident set of {@code pid}, and the part of it that maps files under {@code store}. */
    static String footprint(long pid, Path store) {
        try {
            long rss = 0;
            long mapped = 0;
            long mappedSize = 0;
            boolean inStore = false;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps"))) {
                if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                    inStore = line.contains(store.toString());
                } else if (line.startsWith("Rss:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    rss += kb;
                    if (inStore) {
                        mapped += kb;
                    }
                } else if (line.startsWith("Size:") && inStore) {
                    mappedSize += Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return "RSS %d MB, of which TDB2's mapped files %d MB (%d MB mapped in all), the rest (heap, JIT, threads, libraries) %d MB"
                    .formatted(rss / 1024, mapped / 1024, mappedSize / 1024, (rss - mapped) / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
