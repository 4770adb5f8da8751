package dev.ladder.benchmark;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.ladder.durability.LadderHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Latency of the four L&D reports as JSON ({@code GET /api/reports/…}, no filter: everyone's latest
 * review counts), over loopback HTTP, with 10,000 and 100,000 stored reviews (one per person, so a
 * report counts 10,000 or 100,000 people). JMH's sample mode gives the distribution: median, p99 and
 * the rest. The stores are generated once by {@link BenchReviews#seededStore} and reused. Run as
 * docs/benchmarks.md says, "Service benchmarks"; never part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ServiceBenchmarkReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Param({"10000", "100000"})
    public int reviews;

    private BenchApp app;
    private LadderHttp http;

    @Setup(Level.Trial)
    public void start() {
        app = BenchApp.start(BenchReviews.seededStore(reviews), true);
        http = app.http();
        System.out.printf("%nstart-up with %,d stored reviews (report index built from the store): %,d ms%n",
                reviews, app.startMillis);
        for (String report : new String[] {"training-needs", "resources", "readiness", "red-flags"}) {
            get(report);
        }
        int counted = 0;
        for (JsonNode row : JSON.readTree(http.get("/api/reports/readiness").body())) {
            counted += row.get("ready").asInt() + row.get("developing").asInt() + row.get("notReady").asInt()
                    + row.get("topLevel").asInt();
        }
        if (counted != reviews) {
            throw new IllegalStateException("the readiness report counts " + counted + " people, expected " + reviews);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    private int get(String report) {
        LadderHttp.Response response = http.get("/api/reports/" + report);
        if (response.status() != 200) {
            throw new IllegalStateException("GET /api/reports/" + report + " answered " + response.status() + ": "
                    + response.body());
        }
        return response.body().length();
    }

    @Benchmark
    public int trainingNeeds() {
        return get("training-needs");
    }

    @Benchmark
    public int resources() {
        return get("resources");
    }

    @Benchmark
    public int readiness() {
        return get("readiness");
    }

    @Benchmark
    public int redFlags() {
        return get("red-flags");
    }
}
