package dev.ladder.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.ladder.durability.LadderHttp;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Review;

/**
 * Reviews stored per second: {@link ReviewService#submit} in this JVM ({@code submit}), and
 * {@code POST /api/reviews} over loopback HTTP to the same application ({@code post}). Each operation
 * is a new review (a new period) of one of {@value #PEOPLE} people, so every one is validated,
 * assessed with the person's previous review, stored in its own TDB2 write transaction, which is
 * committed to disk, and added to the report index. Run as docs/benchmarks.md says, "Service
 * benchmarks"; never part of the tests.
 *
 * <p>The store starts empty (a fresh folder per fork) and grows as the benchmark runs. Operations go
 * round the register, so a person has at most {@code ops / PEOPLE + 1} stored reviews. Use JMH's
 * {@code -t N} to submit from N threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ServiceBenchmarkSubmit {

    private static final int PEOPLE = 20_000;

    private java.nio.file.Path dataDir;
    private BenchApp app;
    private ReviewService service;
    private LadderHttp http;
    private List<BenchReviews.Person> people;
    private Map<String, List<Review>> templates;
    private final AtomicLong serial = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        dataDir = BenchApp.tempDir("submit-");
        app = BenchApp.start(dataDir, true);
        Frameworks frameworks = app.bean(Frameworks.class);
        people = BenchReviews.register(frameworks, PEOPLE);
        app.bean(Organisation.class).importCsv(BenchReviews.csv(people));
        templates = BenchReviews.templates(frameworks, 50);
        service = app.bean(ReviewService.class);
        http = app.http();
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%n%,d reviews submitted in this fork%n", serial.get());
        app.close();
        BenchApp.delete(dataDir);
    }

    /** The next new review: person n mod PEOPLE, period n / PEOPLE. */
    private Review next() {
        long n = serial.getAndIncrement();
        BenchReviews.Person person = people.get((int) (n % PEOPLE));
        List<Review> slot = templates.get(person.framework() + "/" + person.level());
        return BenchReviews.reviewOf(person, BenchReviews.period(n / PEOPLE), slot.get((int) (n / 7 % slot.size())));
    }

    @Benchmark
    public StoredReview submit() {
        return service.submit(next(), "benchmark");
    }

    @Benchmark
    public int post() {
        LadderHttp.Response response = http.postJson("/api/reviews", BenchReviews.json(next()));
        if (response.status() != 201) {
            throw new IllegalStateException("POST /api/reviews answered " + response.status() + ": " + response.body());
        }
        return response.body().length();
    }
}
