package dev.ladder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.ladder.policy.Impact;
import dev.ladder.policy.PolicyImpact;
import dev.ladder.policy.ReassessmentJob;
import dev.ladder.policy.Reassessments;

/**
 * Times impact preview and re-assessment over the report benchmarks' stores (one review per person,
 * {@link BenchReviews#seededStore}, copied first so that it stays as seeded), with the real rules and a real
 * TDB2 store, in this JVM:
 * <ol>
 *   <li><b>preview, warm case</b>: the seeded store as it is (its stored assessments are by the rule set
 *       in service, so only the draft's side is assessed), draft = {@code rules/} with Leicester's
 *       readiness threshold at 60 % instead of 50 %; three runs in one JVM;</li>
 *   <li><b>preview, cold case</b>: on a copy of the store with the 60 % rules in service, draft = {@code rules/}
 *       as they are: the stored assessments are by another rule set, so both sides are assessed;</li>
 *   <li><b>re-assessment</b>: on that copy, one job under the 60 % rules: every review gets a new
 *       assessment, stored 1,000 per transaction.</li>
 * </ol>
 * Run from the repository root (docs/benchmarks.md, "Impact preview and re-assessment"):
 * {@code java -Xmx6g -cp … dev.ladder.benchmark.ImpactBenchmark 10000 100000}; {@code -Dimpact.runs=1} for one
 * warm preview instead of three, {@code -Dimpact.cold=false} to leave out the cold preview, {@code -Dimpact.read=false}
 * to leave out timing the full read, {@code -Dimpact.reassess=false} to leave out the re-assessment, {@code -Dimpact.afterIndex=true} to wait for the report
 * snapshot before the first preview (as an analyst who comes once the service is up); {@code -Dbench.store=…} for stores seeded under another folder. Each
 * RESULT line gives the wall time, the process's CPU time over the step and the load average.
 */
public final class ImpactBenchmark {

    private ImpactBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String count : args.length == 0 ? new String[] {"10000", "100000"} : args) {
            run(Integer.parseInt(count));
        }
    }

    private static void run(int count) throws Exception {
        Path seeded = BenchReviews.seededStore(count);
        Map<String, byte[]> inService = ruleFiles(Path.of("rules"));
        Map<String, byte[]> sixty = new LinkedHashMap<>(inService);
        sixty.put("readiness-threshold.drl.csv", leicesterAt(inService.get("readiness-threshold.drl.csv"), 60));

        Path copy = BenchApp.tempDir("impact-" + count + "-");
        Path rules = BenchApp.tempDir("rules-60-");
        try {
            copyTree(seeded, copy);
            try (BenchApp app = BenchApp.start(copy, false)) {
                PolicyImpact impact = app.bean(PolicyImpact.class);
                if (Boolean.parseBoolean(System.getProperty("impact.read", "true"))) {
                    long r0 = System.nanoTime();
                    long c0 = cpu();
                    int read = app.bean(dev.ladder.history.ReviewHistory.class).current().size();
                    System.out.printf("RESULT %,d reviews | reading every current review (one query, JSON parsed) | %,d ms"
                            + " | cpu %,d ms | %s | %,d read%n", count, (System.nanoTime() - r0) / 1_000_000,
                            (cpu() - c0) / 1_000_000, load(), read);
                }
                if (Boolean.getBoolean("impact.afterIndex")) {
                    // The first preview of an analyst who comes once the service is up: its report snapshot
                    // built (as a few seconds after start-up), the assessment path not yet compiled by the JIT.
                    long i0 = System.nanoTime();
                    app.bean(dev.ladder.report.ReportIndex.class).periodsNewestFirst();
                    System.out.printf("RESULT %,d reviews | report snapshot built, waited %,d ms | %s%n", count,
                            (System.nanoTime() - i0) / 1_000_000, load());
                }
                for (int run = 1; run <= Integer.getInteger("impact.runs", 3); run++) {
                    long t0 = System.nanoTime();
                    long c0 = cpu();
                    Impact result = impact.preview(sixty, true);
                    report(count, "preview (warm: stored assessments by the rule set in service), run " + run, t0, c0,
                            result);
                }
            }
            sixty.forEach((name, bytes) -> write(rules.resolve(name), bytes));
            System.setProperty("ladder.rules-dir", rules.toString());
            try (BenchApp app = BenchApp.start(copy, false)) {
                if (Boolean.parseBoolean(System.getProperty("impact.cold", "true"))) {
                    long t0 = System.nanoTime();
                    long c0 = cpu();
                    Impact result = app.bean(PolicyImpact.class).preview(inService, true);
                    report(count, "preview (cold: stored assessments by another rule set, both sides assessed)", t0, c0,
                            result);
                }

                if (!Boolean.parseBoolean(System.getProperty("impact.reassess", "true"))) {
                    return;
                }
                Reassessments reassessments = app.bean(Reassessments.class);
                long t1 = System.nanoTime();
                long c1 = cpu();
                ReassessmentJob job = reassessments.start("benchmark");
                while (job.status() == ReassessmentJob.Status.RUNNING) {
                    Thread.sleep(1000);
                    job = reassessments.find(job.id()).orElseThrow();
                    if ((System.nanoTime() - t1) / 1_000_000_000 % 15 == 0) {
                        System.out.printf("  re-assessing: %,d of %,d%n", job.done(), job.total());
                    }
                }
                long millis = (System.nanoTime() - t1) / 1_000_000;
                System.out.printf("RESULT %,d reviews | re-assessment | %,d ms | cpu %,d ms | %s | %.0f reviews/s | status %s,"
                                + " total %,d, done %,d, changed %,d, failed %,d%n", count, millis, (cpu() - c1) / 1_000_000,
                        load(), job.done() * 1000.0 / millis,
                        job.status(), job.total(), job.done(), job.changed(), job.failed());
            }
        } finally {
            System.clearProperty("ladder.rules-dir");
            BenchApp.delete(copy);
            BenchApp.delete(rules);
        }
    }

    /** The load average over the last minute, as {@code uptime} shows it (for the conditions of each figure). */
    static String load() {
        try {
            return "load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "load ?";
        }
    }

    /**
     * CPU time of this whole process so far (every thread, GC and JIT included), in nanoseconds: on a
     * machine shared with others the wall time says little, the CPU time of a step much more.
     */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(int count, String what, long start, long cpuStart, Impact result) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("RESULT %,d reviews | %s | %,d ms | cpu %,d ms | %s | compared %,d, assessed by the draft %,d"
                + " (only %s), changed %,d, failed %,d, transitions %s%n", count, what, millis,
                (cpu() - cpuStart) / 1_000_000, load(), result.reviews(), result.assessedByDraft(),
                result.onlyFrameworks(), result.changed(), result.failed(),
                result.transitions().stream().filter(t -> !t.from().equals(t.to()))
                        .map(t -> t.from() + "→" + t.to() + " " + t.count()).toList());
    }

    static Map<String, byte[]> ruleFiles(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    static byte[] leicesterAt(byte[] table, int percent) {
        String text = new String(table, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?m)^(Threshold: leicester,leicester,)\\d+", "$1" + percent);
        if (changed.equals(text)) {
            throw new IllegalStateException("no Leicester row in rules/readiness-threshold.drl.csv");
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (file.getFileName().toString().equals("tdb.lock")) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
