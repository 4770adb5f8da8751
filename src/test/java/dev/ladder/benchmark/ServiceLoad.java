package dev.ladder.benchmark;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import dev.ladder.durability.LadderHttp;
import dev.ladder.durability.LadderProcess;
import dev.ladder.organisation.Csv;
import dev.ladder.organisation.EmployeeCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small closed-loop load harness over loopback HTTP (java.net.http, HTTP/1.1, one client per
 * thread): N threads each send a request, wait for the answer and send the next, for a warm-up and
 * then a measured period. Prints throughput and the latency distribution (median, p90, p99, p99.9,
 * max), overall and per 5-second window. How to run it: docs/benchmarks.md, "Service benchmarks".
 *
 * <pre>
 * --target assessments|reviews|frameworks
 *                                POST /api/assessments (default), POST /api/reviews, or
 *                                GET /api/frameworks/{id} (each framework in turn): the plain read
 *                                that the assessments' throughput is compared with
 * --threads 8 --seconds 30 --warmup 60
 *                                warm-up in seconds: on the 2-core machine of docs/benchmarks.md the JIT
 *                                still takes as much CPU as the requests after 10 s (2026-12-03)
 * --url http://host:port         a running Ladder; without it, Ladder is started as a separate JVM;
 *                                several, comma-separated (replicas over one store): client thread t
 *                                calls URL t mod n, set-up goes through the first
 *                                (classes of this JVM, a fresh data folder under target/bench-store)
 * --server-jvm "-Xmx1g"          JVM options of that process
 * --user U --password P          HTTP Basic credentials: for --url, those of an account that may
 *                                make the requests (ADMIN for reviews); the started service is
 *                                called as its administrator
 * --people 20000                 register size for --target reviews (imported first)
 * </pre>
 *
 * <p>The reviews are generated from what the API serves ({@code GET /api/frameworks/{id}/levels/{rank}}):
 * valid, varied (ratings, positive and red-flag behaviours) and spread over every level of every
 * framework, with a fixed seed. Closed loop means that a slow answer delays the next request of its
 * thread: the latencies are service times under N concurrent requests, not what an open stream of
 * arrivals would see.
 */
public final class ServiceLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double[] NEGATIVE_RATES = {0, 0, 0, 0, 0.02, 0.05, 0.1, 0.25};
    private static final double[] POSITIVE_RATES = {0.1, 0.3, 0.5, 0.7, 0.85, 0.95};
    private static final long WINDOW_NANOS = 5_000_000_000L;

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String target = options.getOrDefault("target", "assessments");
        if (!List.of("assessments", "reviews", "frameworks").contains(target)) {
            throw new IllegalArgumentException("--target is assessments, reviews or frameworks, not " + target);
        }
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "60"));
        int people = Integer.parseInt(options.getOrDefault("people", "20000"));
        String user = options.getOrDefault("user", options.containsKey("url") ? null : LadderProcess.USER);
        String password = options.getOrDefault("password", options.containsKey("url") ? null : LadderProcess.PASSWORD);

        LadderProcess server = null;
        Path dataDir = null;
        String base = options.get("url");
        String serverDescription;
        try {
            if (base == null) {
                dataDir = BenchApp.tempDir("load-");
                List<String> jvm = Arrays.asList(options.getOrDefault("server-jvm", "-Xmx1g").trim().split("\\s+"));
                server = LadderProcess.start(dataDir, dataDir.resolveSibling(dataDir.getFileName() + ".log"), jvm);
                base = "http://localhost:" + server.port();
                Duration started = server.awaitHealthy(new LadderHttp(base, user, password, Duration.ofSeconds(5)),
                        Duration.ofMinutes(3));
                serverDescription = "separate JVM " + jvm + ", started in " + started.toMillis() + " ms, empty store";
            } else {
                serverDescription = "running service at " + base;
            }
            List<String> bases = Arrays.asList(base.split(","));
            base = bases.get(0);
            LadderHttp setup = new LadderHttp(base, user, password, Duration.ofSeconds(120));
            List<Slot> slots = slots(setup);
            Random random = new Random(BenchReviews.SEED);
            List<ObjectNode> pool = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                pool.add(review(slots.get(i % slots.size()), random));
            }
            Map<String, Slot> slotOf = new HashMap<>();
            slots.forEach(slot -> slotOf.put(slot.framework() + "/" + slot.level(), slot));
            List<String[]> register = new ArrayList<>();
            if (target.equals("reviews")) {
                List<List<?>> rows = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    Slot slot = slots.get(i % slots.size());
                    String id = "L%06d".formatted(i + 1);
                    register.add(new String[] {id, slot.framework(), String.valueOf(slot.level())});
                    rows.add(Arrays.asList(id, "Load " + id, "Department " + (i % 12 + 1), null, slot.framework(),
                            slot.level()));
                }
                LadderHttp.Response imported = setup.post("/api/employees/import", "text/csv",
                        Csv.write(EmployeeCsv.HEADER, rows));
                if (imported.status() != 200) {
                    throw new IllegalStateException("import answered " + imported.status() + ": " + imported.body());
                }
            }
            boolean read = target.equals("frameworks");
            List<String> frameworkPaths = slots.stream().map(slot -> "/api/frameworks/" + slot.framework()).distinct()
                    .toList();
            String path = read ? "/api/frameworks/{id}" : target.equals("reviews") ? "/api/reviews" : "/api/assessments";
            int expected = target.equals("reviews") ? 201 : 200;
            System.out.printf("ServiceLoad: " + (read ? "GET" : "POST") + " %s, %d threads, %d s warm-up + %d s measured; server: %s; "
                    + "%d cores, %s %s%n", path, threads, warmup, seconds, serverDescription,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));

            Run run = new Run(threads);
            AtomicLong serial = new AtomicLong();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            long begin = System.nanoTime();
            long measureFrom = begin + warmup * 1_000_000_000L;
            long measureTo = measureFrom + seconds * 1_000_000_000L;
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    LadderHttp http = new LadderHttp(bases.get(thread % bases.size()), user, password,
                            Duration.ofSeconds(60));
                    while (true) {
                        long n = serial.getAndIncrement();
                        if (read) {
                            long sent = System.nanoTime();
                            if (sent >= measureTo) {
                                return;
                            }
                            boolean ok;
                            try {
                                LadderHttp.Response response = http.get(frameworkPaths.get((int) (n % frameworkPaths.size())));
                                ok = response.status() == expected;
                                if (!ok && errors.size() < 5) {
                                    errors.add(response.status() + " " + response.body().substring(0,
                                            Math.min(200, response.body().length())));
                                }
                            } catch (UncheckedIOException e) {
                                ok = false;
                                if (errors.size() < 5) {
                                    errors.add(e.getMessage());
                                }
                            }
                            long answered = System.nanoTime();
                            if (sent >= measureFrom) {
                                run.record(thread, sent - measureFrom, answered - sent, ok);
                            }
                            continue;
                        }
                        ObjectNode review = pool.get((int) (n % pool.size())).deepCopy();
                        if (register.isEmpty()) {
                            review.put("employeeId", "L%06d".formatted(n % 100_000));
                        } else {
                            String[] person = register.get((int) (n % register.size()));
                            review = review(slotOf.get(person[1] + "/" + person[2]), new Random(n));
                            review.put("employeeId", person[0]).put("period", BenchReviews.period(n / register.size()));
                        }
                        String body = JSON.writeValueAsString(review);
                        long sent = System.nanoTime();
                        if (sent >= measureTo) {
                            return;
                        }
                        boolean ok;
                        try {
                            LadderHttp.Response response = http.postJson(path, body);
                            ok = response.status() == expected;
                            if (!ok && errors.size() < 5) {
                                errors.add(response.status() + " " + response.body());
                            }
                        } catch (UncheckedIOException e) {
                            ok = false;
                            if (errors.size() < 5) {
                                errors.add(e.getMessage());
                            }
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom) {
                            run.record(thread, sent - measureFrom, answered - sent, ok);
                        }
                    }
                }, "load-" + t);
                workers.add(worker);
                worker.start();
            }
            // the server's CPU time over the measured window: what a request costs, whatever else the machine runs
            Long serverPid = server == null ? null : server.pid();
            long[] cpuAtEdges = new long[2];
            Thread cpuWatch = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
                    cpuAtEdges[0] = cpuNanos(serverPid);
                    Thread.sleep(Math.max(0, (measureTo - System.nanoTime()) / 1_000_000));
                    cpuAtEdges[1] = cpuNanos(serverPid);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "cpu-watch");
            cpuWatch.start();
            for (Thread worker : workers) {
                worker.join();
            }
            cpuWatch.join();
            run.print(seconds);
            if (serverPid != null) {
                double cpuSeconds = (cpuAtEdges[1] - cpuAtEdges[0]) / 1e9;
                System.out.printf("server CPU over the measured window: %.1f s (%.2f cores), %.2f ms per answered request;"
                        + " load average %s%n", cpuSeconds, cpuSeconds / seconds, cpuSeconds * 1000 / Math.max(1, run.answered()),
                        java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
            }
            errors.forEach(e -> System.out.println("  error: " + e));
        } finally {
            if (server != null) {
                server.stop();
                BenchApp.delete(dataDir);
                java.nio.file.Files.deleteIfExists(server.log());
            }
        }
    }

    /** One (framework, level) and what a review at that level may rate and record. */
    record Slot(String framework, int level, List<String> current, List<String> competencies,
                List<String> positives, List<String> negatives) {
    }

    /** The CPU time a process has used so far (user and system, every thread), in nanoseconds. */
    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(java.time.Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("no CPU time for process " + pid));
    }

    /** Every (framework, level) the service serves, read from the API. */
    static List<Slot> slots(LadderHttp http) {
        List<Slot> slots = new ArrayList<>();
        for (JsonNode framework : read(http, "/api/frameworks")) {
            String id = framework.get("id").asString();
            List<Integer> ranks = new ArrayList<>();
            framework.get("levels").forEach(level -> ranks.add(level.get("rank").asInt()));
            for (int i = 0; i < ranks.size(); i++) {
                List<String> current = new ArrayList<>();
                Map<String, Boolean> competencies = new LinkedHashMap<>();
                Map<String, String> indicators = new LinkedHashMap<>();
                for (int j = i; j <= Math.min(i + 1, ranks.size() - 1); j++) {
                    for (JsonNode competency : read(http, "/api/frameworks/" + id + "/levels/" + ranks.get(j))
                            .get("competencies")) {
                        String competencyId = competency.get("id").asString();
                        if (j == i) {
                            current.add(competencyId);
                        }
                        competencies.putIfAbsent(competencyId, true);
                        competency.get("indicators").forEach(indicator -> indicators.putIfAbsent(
                                indicator.get("id").asString(), indicator.get("polarity").asString()));
                    }
                }
                List<String> positives = new ArrayList<>();
                List<String> negatives = new ArrayList<>();
                indicators.forEach((indicator, polarity) ->
                        ("negative".equals(polarity) ? negatives : positives).add(indicator));
                slots.add(new Slot(id, ranks.get(i), current, List.copyOf(competencies.keySet()), positives, negatives));
            }
        }
        return slots;
    }

    /** A random valid review at {@code slot}, profiled as the test suite's ReviewGenerator does. */
    static ObjectNode review(Slot slot, Random random) {
        ObjectNode review = JSON.createObjectNode().put("employeeId", "L000000").put("framework", slot.framework())
                .put("level", slot.level()).put("period", "2026");
        boolean rateAll = random.nextDouble() < 0.7;
        boolean strong = random.nextDouble() < 0.4;
        ArrayNode ratings = review.putArray("ratings");
        for (String competency : slot.competencies()) {
            double chance = slot.current().contains(competency) ? (rateAll ? 1.0 : 0.8) : 0.3;
            if (random.nextDouble() < chance) {
                int draw = random.nextInt(100);
                int rating = strong ? 3 + random.nextInt(2) : draw < 7 ? 1 : draw < 20 ? 2 : draw < 60 ? 3 : 4;
                ratings.addObject().put("competency", competency).put("rating", rating);
            }
        }
        ArrayNode observed = review.putArray("observed");
        if (random.nextDouble() >= 0.08) {
            double negatives = NEGATIVE_RATES[random.nextInt(NEGATIVE_RATES.length)];
            double positives = POSITIVE_RATES[random.nextInt(POSITIVE_RATES.length)];
            slot.positives().stream().filter(i -> random.nextDouble() < positives)
                    .forEach(i -> observed.addObject().put("indicator", i));
            slot.negatives().stream().filter(i -> random.nextDouble() < negatives)
                    .forEach(i -> observed.addObject().put("indicator", i));
        }
        return review;
    }

    private static JsonNode read(LadderHttp http, String path) {
        LadderHttp.Response response = http.get(path);
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs; see the class comment. Got "
                        + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** Latencies per thread: when each measured request was sent (since the start) and how long it took. */
    private static final class Run {
        private final long[][] sentAt;
        private final long[][] took;
        private final int[] counts;
        private final long[] failures;

        Run(int threads) {
            sentAt = new long[threads][1024];
            took = new long[threads][1024];
            counts = new int[threads];
            failures = new long[threads];
        }

        void record(int thread, long at, long nanos, boolean ok) {
            if (!ok) {
                failures[thread]++;
                return;
            }
            if (counts[thread] == took[thread].length) {
                took[thread] = Arrays.copyOf(took[thread], counts[thread] * 2);
                sentAt[thread] = Arrays.copyOf(sentAt[thread], counts[thread] * 2);
            }
            sentAt[thread][counts[thread]] = at;
            took[thread][counts[thread]++] = nanos;
        }

        /** How many measured requests were answered successfully. */
        long answered() {
            long answered = 0;
            for (int count : counts) {
                answered += count;
            }
            return answered;
        }

        void print(int seconds) {
            int windows = (int) Math.ceil(seconds * 1e9 / WINDOW_NANOS);
            List<List<Long>> byWindow = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                byWindow.add(new ArrayList<>());
            }
            List<Long> all = new ArrayList<>();
            long failed = 0;
            for (int t = 0; t < counts.length; t++) {
                failed += failures[t];
                for (int i = 0; i < counts[t]; i++) {
                    all.add(took[t][i]);
                    byWindow.get((int) Math.min(windows - 1, sentAt[t][i] / WINDOW_NANOS)).add(took[t][i]);
                }
            }
            System.out.printf("requests answered: %,d (%.1f/s); failed: %,d%n", all.size(), all.size() / (double) seconds,
                    failed);
            System.out.println("latency ms: " + summary(all));
            for (int w = 0; w < windows; w++) {
                List<Long> window = byWindow.get(w);
                System.out.printf("  %3d-%3d s: %6.1f/s  %s%n", w * 5, Math.min(seconds, (w + 1) * 5),
                        window.size() / Math.min(5.0, seconds - w * 5.0), summary(window));
            }
        }

        private static String summary(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return "no samples";
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return "min %.2f  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f".formatted(
                    sorted[0] / 1e6, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999),
                    sorted[sorted.length - 1] / 1e6, mean);
        }

        /** Nearest-rank percentile, in ms. */
        private static double at(long[] sorted, double quantile) {
            int rank = (int) Math.ceil(quantile * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
