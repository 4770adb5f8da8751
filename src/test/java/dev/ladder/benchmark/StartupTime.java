package dev.ladder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.ladder.durability.LadderHttp;
import dev.ladder.durability.LadderProcess;

/**
 * Start-up time over an existing store (issue 11, goal 5): starts the service as a separate JVM
 * ({@link LadderProcess}) over a store of N reviews for N people ({@link BenchReviews#seededStore}) and
 * measures from the process start to the first 200 of {@code GET /api/frameworks}, then of
 * {@code GET /api/rules/status} (answered once the rule set is in service, which it compiles in the
 * background) and of a report ({@code GET /api/reports/readiness}).
 *
 * <pre>
 * java -cp … [-Dladder.process.class-path=…] dev.ladder.benchmark.StartupTime [people=10000] [runs=3] [jvm options…]
 * </pre>
 * {@code -Dladder.process.class-path} starts the service on another class path than this JVM's: the
 * production one ({@code target/classes} and the runtime dependencies, without the test libraries), or
 * the jar unpacked by {@code bin/cds-archive} (then with {@code -XX:SharedArchiveFile=…/ladder.jsa}).
 * The log of each run is kept in target/bench-store/startup-N.log; its INFO lines say what start-up spent.
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> jvm = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("-Xmx1g");
        Path store = BenchReviews.seededStore(people);
        List<String> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path log = Path.of("target", "bench-store", "startup-" + run + ".log").toAbsolutePath();
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long start = System.nanoTime();
            try (LadderProcess process = LadderProcess.start(store, log, jvm, "--logging.level.root=WARN",
                    "--logging.level.dev.ladder=INFO", "--ladder.store.compaction.enabled=false")) {
                LadderHttp http = LadderHttp.localhost(process.port(), LadderProcess.USER, LadderProcess.PASSWORD);
                Duration frameworks = await(process, http, "/api/frameworks", start);
                Duration rules = await(process, http, "/api/rules/status", start);
                Duration reports = await(process, http, "/api/reports/readiness", start);
                String line = ("run %d: first 200 on /api/frameworks after %.2f s, on /api/rules/status (the rule set in "
                        + "service) after %.2f s, on /api/reports/readiness after %.2f s")
                        .formatted(run, frameworks.toMillis() / 1e3, rules.toMillis() / 1e3, reports.toMillis() / 1e3);
                System.out.println(line);
                results.add(line);
                process.stop();
            }
        }
        System.out.println("\n" + people + " people and reviews, JVM " + jvm + ":");
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static Duration await(LadderProcess process, LadderHttp http, String path, long start) {
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service died:\n" + process.tailOfLog());
            }
            try {
                if (http.get(path).status() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            if (Duration.ofNanos(System.nanoTime() - start).toMinutes() > 5) {
                throw new IllegalStateException(path + " not 200 within 5 minutes:\n" + process.tailOfLog());
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
