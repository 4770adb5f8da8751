package dev.ladder.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.LadderProperties;
import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.assessment.reference.ReferencePolicy;
import dev.ladder.assessment.reference.ReviewGenerator;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;

/**
 * Assessments per second: the Drools rules behind {@link Assessor} against the plain-Java
 * {@link ReferencePolicy}, for one review and for a batch of 100 varied reviews (all frameworks and
 * levels, a third with a previous review). Run as docs/benchmarks.md says; never part of the tests.
 *
 * <p>The two sides do not do the same amount of work: {@code Assessor.assess} validates the review,
 * builds the facts, runs a fresh KieSession, assembles the explained assessment and adds learning
 * recommendations; the reference computes only the decisions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AssessmentBenchmark {

    private static final int BATCH = 100;
    private static final long SEED = 42L;

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private Assessor assessor;
    private ReferencePolicy reference;

    private ReviewGenerator.Case one;
    private Framework oneFramework;
    private final List<ReviewGenerator.Case> batch = new ArrayList<>();
    private final List<Framework> batchFrameworks = new ArrayList<>();
    /** The batch's reviews as the JSON a client sends, for {@link #readBatch}. */
    private final List<String> batchJson = new ArrayList<>();
    private final dev.ladder.review.ReviewReader reader = new dev.ladder.review.ReviewReader();
    /** The batch's facts, built once, for {@link #engineBatch}. */
    private dev.ladder.assessment.EngineOnly engine;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("ladder-bench");
        SpringApplication app = new SpringApplication(LadderApplication.class);
        context = app.run("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
                "--ladder.data-dir=" + dataDir, "--ladder.watch-rules=false", "--logging.level.root=WARN");
        assessor = context.getBean(Assessor.class);
        Frameworks frameworks = context.getBean(Frameworks.class);
        reference = ReferencePolicy.fromRules(context.getBean(LadderProperties.class).rulesDir());

        List<Framework> all = frameworks.all().stream().toList();
        if (all.size() != 3) {
            throw new IllegalStateException("expected the three frameworks, found " + all.stream().map(Framework::id).toList());
        }
        ReviewGenerator generator = new ReviewGenerator(new Random(SEED));
        while (batch.size() < BATCH) {
            for (Framework framework : all) {
                for (dev.ladder.framework.Level level : framework.levels()) {
                    if (batch.size() < BATCH) {
                        batch.add(generator.next(framework, level.rank()));
                        batchFrameworks.add(framework);
                    }
                }
            }
        }
        // One typical review: Milton Keynes level 3, developing, with a red flag and a previous review.
        oneFramework = frameworks.find("milton-keynes").orElseThrow();
        do {
            one = generator.next(oneFramework, 3);
        } while (!typical(reference.assess(one.review(), one.previous(), oneFramework)) || one.previous().isEmpty());

        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (ReviewGenerator.Case c : batch) {
            batchJson.add(json.writeValueAsString(c.review()));
            if (!reader.read(batchJson.get(batchJson.size() - 1)).problems().isEmpty()) {
                throw new IllegalStateException("a generated review does not read back: " + batchJson.get(batchJson.size() - 1));
            }
        }
        engine = new dev.ladder.assessment.EngineOnly(context.getBean(dev.ladder.assessment.RuleSets.class),
                batch.stream().map(ReviewGenerator.Case::review).toList(),
                batch.stream().map(ReviewGenerator.Case::previous).toList(), batchFrameworks);
        // Both sides must work on these reviews before they are timed.
        for (int i = 0; i < batch.size(); i++) {
            assessor.assess(batch.get(i).review(), batch.get(i).previous());
            reference.assess(batch.get(i).review(), batch.get(i).previous(), batchFrameworks.get(i));
        }
    }

    private static boolean typical(ReferencePolicy.Result result) {
        return result.status() == ReadinessStatus.DEVELOPING && !result.redFlags().isEmpty();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * A JMH profiler ({@code -prof 'dev.ladder.benchmark.AssessmentBenchmark$CpuTime'}): CPU time of the
     * benchmark's whole JVM (its threads, GC and JIT included) per operation, in microseconds. On a
     * machine other processes share, the CPU time a version needs moves much less than its wall-clock
     * throughput, so the ratio of two benchmarks' CPU times is the steadier figure.
     */
    public static final class CpuTime implements org.openjdk.jmh.profile.InternalProfiler {

        private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private long start;

        @Override
        public String getDescription() {
            return "process CPU time per operation";
        }

        @Override
        public void beforeIteration(org.openjdk.jmh.infra.BenchmarkParams benchmark,
                                    org.openjdk.jmh.infra.IterationParams iteration) {
            start = os.getProcessCpuTime();
        }

        @Override
        public java.util.Collection<? extends org.openjdk.jmh.results.Result> afterIteration(
                org.openjdk.jmh.infra.BenchmarkParams benchmark, org.openjdk.jmh.infra.IterationParams iteration,
                org.openjdk.jmh.results.IterationResult result) {
            long nanos = os.getProcessCpuTime() - start;
            long ops = result.getMetadata().getAllOps();
            return List.of(new org.openjdk.jmh.results.ScalarResult("cpu.time.norm", ops == 0 ? Double.NaN
                    : nanos / 1000.0 / ops, "us/op", org.openjdk.jmh.results.AggregationPolicy.AVG));
        }
    }

    @Benchmark
    public Assessment droolsOne() {
        return assessor.assess(one.review(), one.previous());
    }

    @Benchmark
    public ReferencePolicy.Result referenceOne() {
        return reference.assess(one.review(), one.previous(), oneFramework);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void droolsBatch(Blackhole sink) {
        for (ReviewGenerator.Case c : batch) {
            sink.consume(assessor.assess(c.review(), c.previous()));
        }
    }

    /**
     * Only the rule engine's part of {@link #droolsBatch}: the facts built beforehand, then a pooled
     * session, inserting, firing, reading the findings back and disposing ({@code EngineOnly}). The floor
     * of the Drools path for the present rules and facts.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int engineBatch() {
        return engine.runAll();
    }

    /** Reading the batch's JSON as a submission does ({@code ReviewReader}: structure, types, repeated keys). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void readBatch(Blackhole sink) {
        for (String body : batchJson) {
            sink.consume(reader.read(body));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void referenceBatch(Blackhole sink) {
        for (int i = 0; i < BATCH; i++) {
            ReviewGenerator.Case c = batch.get(i);
            sink.consume(reference.assess(c.review(), c.previous(), batchFrameworks.get(i)));
        }
    }
}
