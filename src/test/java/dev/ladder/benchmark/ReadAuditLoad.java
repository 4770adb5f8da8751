package dev.ladder.benchmark;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ladder.durability.LadderHttp;
import dev.ladder.durability.LadderProcess;
import dev.ladder.organisation.Csv;
import dev.ladder.organisation.EmployeeCsv;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What auditing a read costs, measured in one run against one service: closed-loop load (N client
 * threads over loopback HTTP) on {@code GET /api/employees/{id}/assessment}, which writes an audit
 * entry (queued, written in batches by the trail's background writer), and on the same read without
 * the entry ({@link UnauditedReads}, a benchmark-only route switched on by this harness only). Phases
 * alternate audited / unaudited and then unaudited / audited, so a drift in the machine's load weighs
 * on both alike. How to run it: docs/benchmarks.md, "Issue 11 — writes and audited reads".
 *
 * <pre>
 * --threads 8 --phase 10 --rounds 4 --warmup 10 --people 1000 --server-jvm "-Xmx1g"
 * --reviews 1                                           stored reviews per person (one a year, up to 2026)
 * --server-args "--ladder.audit.read-batch-millis=200"   more arguments for the service
 * </pre>
 */
public final class ReadAuditLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUDITED = "/api/employees/%s/assessment";
    private static final String UNAUDITED = UnauditedReads.PATH.replace("{id}", "%s");

    private ReadAuditLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int phase = Integer.parseInt(options.getOrDefault("phase", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "4"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int people = Integer.parseInt(options.getOrDefault("people", "1000"));
        int reviews = Integer.parseInt(options.getOrDefault("reviews", "1"));
        List<String> jvm = Arrays.asList(options.getOrDefault("server-jvm", "-Xmx1g").trim().split("\\s+"));

        Path dataDir = BenchApp.tempDir("reads-");
        List<String> serverArgs = new ArrayList<>(List.of("--ladder.bench.unaudited-reads=true"));
        if (options.containsKey("server-args")) {
            serverArgs.addAll(Arrays.asList(options.get("server-args").trim().split("\\s+")));
        }
        LadderProcess server = LadderProcess.start(dataDir, dataDir.resolveSibling(dataDir.getFileName() + ".log"), jvm,
                serverArgs.toArray(String[]::new));
        try {
            String base = "http://localhost:" + server.port();
            LadderHttp setup = new LadderHttp(base, LadderProcess.USER, LadderProcess.PASSWORD, Duration.ofSeconds(120));
            Duration started = server.awaitHealthy(setup, Duration.ofMinutes(3));
            List<String> ids = seed(setup, people, reviews, threads);
            System.out.printf("ReadAuditLoad: GET %s (audited) against GET %s (not audited), %d threads, %d rounds of "
                    + "2 × %d s after %d s warm-up, %d people with %d review(s) each; server: separate JVM %s %s, started in %d ms; "
                    + "%d cores, %s %s%n", AUDITED.formatted("{id}"), UNAUDITED.formatted("{id}"), threads, rounds, phase,
                    warmup, ids.size(), reviews, jvm, serverArgs, started.toMillis(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));

            run(base, ids, threads, warmup / 2, AUDITED);
            run(base, ids, threads, warmup - warmup / 2, UNAUDITED);
            List<Long> audited = new ArrayList<>();
            List<Long> unaudited = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            double auditedSeconds = 0;
            double unauditedSeconds = 0;
            for (int r = 0; r < rounds; r++) {
                double[] rate = new double[2];
                for (String path : r % 2 == 0 ? List.of(AUDITED, UNAUDITED) : List.of(UNAUDITED, AUDITED)) {
                    Phase result = run(base, ids, threads, phase, path);
                    System.out.printf("  round %d %-9s %8.1f/s  %s%s%n", r + 1, path == AUDITED ? "audited" : "unaudited",
                            result.latencies().size() / (double) phase, summary(result.latencies()),
                            result.errors().isEmpty() ? "" : "  errors: " + result.errors());
                    (path == AUDITED ? audited : unaudited).addAll(result.latencies());
                    rate[path == AUDITED ? 0 : 1] = result.latencies().size() / (double) phase;
                    if (path == AUDITED) {
                        auditedSeconds += phase;
                    } else {
                        unauditedSeconds += phase;
                    }
                }
                ratios.add(rate[1] / rate[0]);
            }
            double a = audited.size() / auditedSeconds;
            double u = unaudited.size() / unauditedSeconds;
            System.out.printf("audited:   %8.1f/s  %s%n", a, summary(audited));
            System.out.printf("unaudited: %8.1f/s  %s%n", u, summary(unaudited));
            System.out.printf("audited read costs %.1f %% more time per read than the unaudited one (throughput %.1f %% lower)%n",
                    (u / a - 1) * 100, (1 - a / u) * 100);
            List<Double> sorted = ratios.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf("per round, unaudited/audited throughput: %s; median %.3f (the audited read costs %.1f %% more)%n",
                    ratios.stream().map(x -> "%.2f".formatted(x)).toList(), median, (median - 1) * 100);
            LadderHttp.Response trail = setup.get("/api/audit?limit=1");
            System.out.println("newest audit entry after the run: " + trail.body());
        } finally {
            server.stop();
            BenchApp.delete(dataDir);
            Files.deleteIfExists(server.log());
        }
    }

    /**
     * Imports {@code count} people and stores {@code reviews} reviews of each (periods up to 2026, one a
     * year); returns their ids.
     */
    private static List<String> seed(LadderHttp http, int count, int reviews, int threads) throws InterruptedException {
        List<ServiceLoad.Slot> slots = ServiceLoad.slots(http);
        List<List<?>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ServiceLoad.Slot slot = slots.get(i % slots.size());
            String id = "R%06d".formatted(i + 1);
            ids.add(id);
            rows.add(Arrays.asList(id, "Reader " + id, "Department " + (i % 12 + 1), null, slot.framework(), slot.level()));
        }
        LadderHttp.Response imported = http.post("/api/employees/import", "text/csv", Csv.write(EmployeeCsv.HEADER, rows));
        if (imported.status() != 200) {
            throw new IllegalStateException("import answered " + imported.status() + ": " + imported.body());
        }
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < count * reviews && errors.isEmpty(); n = next.getAndIncrement()) {
                    int i = n / reviews;
                    ObjectNode review = ServiceLoad.review(slots.get(i % slots.size()), new Random(n));
                    review.put("employeeId", ids.get(i)).put("period", Integer.toString(2026 - n % reviews));
                    LadderHttp.Response stored = http.postJson("/api/reviews", JSON.writeValueAsString(review));
                    if (stored.status() != 201) {
                        errors.add(stored.status() + " " + stored.body());
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("storing the reviews to read failed: " + errors);
        }
        return ids;
    }

    record Phase(List<Long> latencies, List<String> errors) {
    }

    /** {@code threads} clients reading {@code path} for random people for {@code seconds}. */
    private static Phase run(String base, List<String> ids, int threads, int seconds, String path) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t * 7919L + path.length();
            Thread worker = new Thread(() -> {
                LadderHttp http = new LadderHttp(base, LadderProcess.USER, LadderProcess.PASSWORD, Duration.ofSeconds(60));
                Random random = new Random(seed);
                while (true) {
                    String id = ids.get(random.nextInt(ids.size()));
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        return;
                    }
                    try {
                        LadderHttp.Response response = http.get(path.formatted(id));
                        if (response.status() == 200) {
                            latencies.add(System.nanoTime() - sent);
                        } else if (errors.size() < 3) {
                            errors.add(response.status() + " " + response.body());
                        }
                    } catch (UncheckedIOException e) {
                        if (errors.size() < 3) {
                            errors.add(e.getMessage());
                        }
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Phase(new ArrayList<>(latencies), new ArrayList<>(errors));
    }

    private static String summary(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no samples";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return "p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms".formatted(at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
