package dev.ladder.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.ladder.organisation.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A crash must not lose an acknowledged review, nor leave a store that does not open.
 *
 * <p>Ladder runs as a separate process on a fresh data folder, and every call is made as the
 * administrator (HTTP Basic). The register of {@code docs/examples/employees.csv} is imported, then {@value #THREADS} client threads POST valid
 * reviews, each for a new period, and record every review answered 201 (employee, period, id). While
 * requests are still in flight the process is killed with SIGKILL: no shutdown hook, no Spring
 * shutdown, no TDB2 close. A new process on the same folder must then open the store and serve the
 * frameworks, and must hold every review that was answered 201, under its id, and the audit trail
 * must hold one SUBMIT entry for each review it holds and none for any other (the entry is written in
 * the review's transaction, which reviews submitted at the same moment share: group commit).
 *
 * <p>What this proves is durability against a crash of the process, which is what SIGKILL is. It
 * does not prove durability against a power cut: a write the kernel has accepted survives SIGKILL even
 * if it was never flushed to the disk.
 */
class CrashDurabilityTest {

    private static final int THREADS = 6;
    /** Kill once this many reviews are acknowledged, or after {@link #LOAD_AT_MOST}, whichever comes first. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final Duration LOAD_AT_MOST = Duration.ofSeconds(12);
    private static final Duration START_AT_MOST = Duration.ofSeconds(60);
    /** Faster start-up (C1 only); the speed of assessments does not matter here. */
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    private static final java.util.regex.Pattern SUBMIT_PERIOD =
            java.util.regex.Pattern.compile("POST /api/reviews \\(period (.+)\\)");

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<LadderProcess> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(LadderProcess::close);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedReviewSurvivesSigkill() throws Exception {
        long begin = System.nanoTime();
        Path work = Files.createDirectories(Path.of("target", "durability"));
        Path dataDir = Files.createTempDirectory(work, "store-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");

        // 1. A fresh service, and the example register.
        LadderProcess first = start(dataDir, log);
        LadderHttp http = LadderHttp.localhost(first.port(), LadderProcess.USER, LadderProcess.PASSWORD);
        Duration firstStart = first.awaitHealthy(http, START_AT_MOST);
        String csv = Files.readString(Path.of("docs", "examples", "employees.csv"));
        LadderHttp.Response imported = http.post("/api/employees/import", "text/csv", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        List<Person> people = people(csv, http);
        assertThat(people).hasSize(json.readTree(imported.body()).get("imported").asInt()).hasSizeGreaterThan(10);

        // 2. Reviews from several threads, each for a new period; kill the process mid-stream.
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger serial = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger cutOff = new AtomicInteger();
        AtomicInteger refusedAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        int n = serial.getAndIncrement();
                        Person person = people.get(n % people.size());
                        String period = String.valueOf(2000 + n);
                        boolean startedBeforeKill = !killed.get();
                        inFlight.incrementAndGet();
                        try {
                            LadderHttp.Response response = http.postJson("/api/reviews", review(person, period, n));
                            if (response.status() == 201) {
                                acknowledged.add(new Acknowledged(person.id(), period,
                                        json.readTree(response.body()).get("id").asString()));
                            } else {
                                unexpected.add(response.status() + " " + response.body());
                            }
                        } catch (UncheckedIOException noAnswer) {
                            if (!killed.get()) {
                                unexpected.add("no answer before the kill: " + noAnswer.getMessage());
                            } else if (startedBeforeKill) {
                                cutOff.incrementAndGet();
                            } else {
                                refusedAfterKill.incrementAndGet();
                            }
                            if (killed.get()) {
                                return;
                            }
                        } finally {
                            inFlight.decrementAndGet();
                        }
                        if (!unexpected.isEmpty()) {
                            return;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "reviewer-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        long loadStart = System.nanoTime();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && unexpected.isEmpty()
                && System.nanoTime() - loadStart < LOAD_AT_MOST.toNanos()) {
            Thread.sleep(5);
        }
        while (inFlight.get() < 2 && unexpected.isEmpty()) {
            Thread.onSpinWait();
        }
        int inFlightAtKill = inFlight.get();
        int acknowledgedAtKill = acknowledged.size();
        killed.set(true);
        int exit = first.kill();
        Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
        assertThat(done.await(60, TimeUnit.SECONDS)).as("every client thread ended").isTrue();

        assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
        assertThat(exit).as("exit status of a process ended by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(acknowledged).as("reviews acknowledged before the kill").hasSizeGreaterThanOrEqualTo(20);
        assertThat(cutOff.get()).as("requests sent before the kill that never got an answer").isPositive();

        // 3. Restart on the same folder: the store opens and holds every acknowledged review.
        LadderProcess second = start(dataDir, log);
        LadderHttp again = LadderHttp.localhost(second.port(), LadderProcess.USER, LadderProcess.PASSWORD);
        Duration secondStart = second.awaitHealthy(again, START_AT_MOST);
        assertThat(json.readTree(again.get("/actuator/health").body()).get("status").asString()).isEqualTo("UP");
        LadderHttp.Response frameworks = again.get("/api/frameworks");
        assertThat(frameworks.status()).isEqualTo(200);
        Set<String> frameworkIds = new TreeSet<>();
        json.readTree(frameworks.body()).forEach(f -> frameworkIds.add(f.get("id").asString()));
        assertThat(frameworkIds).containsExactly("cambridge", "leicester", "milton-keynes");

        Map<String, StoredReview> stored = new HashMap<>();
        for (Person person : people) {
            LadderHttp.Response reviews = again.get("/api/employees/" + person.id() + "/reviews");
            assertThat(reviews.status()).as(reviews.body()).isEqualTo(200);
            for (JsonNode review : json.readTree(reviews.body())) {
                stored.put(review.get("id").asString(), new StoredReview(review.get("review").get("employeeId").asString(),
                        review.get("review").get("period").asString(), review.get("assessment").isObject()));
            }
        }
        for (Acknowledged ack : acknowledged) {
            assertThat(stored).as("review %s (%s, period %s), acknowledged with 201", ack.id(), ack.employeeId(),
                    ack.period()).containsKey(ack.id());
            assertThat(stored.get(ack.id())).isEqualTo(new StoredReview(ack.employeeId(), ack.period(), true));
        }
        // Unacknowledged requests may or may not have been committed; nothing else may appear.
        assertThat(stored.size()).as("stored reviews: the acknowledged ones plus at most the cut-off ones")
                .isBetween(acknowledged.size(), acknowledged.size() + cutOff.get());

        // A review's SUBMIT entry is written in the transaction that stores it: the trail has exactly one
        // for every review that survived, and none for a review that did not.
        Map<String, Integer> submitted = new HashMap<>();
        for (Person person : people) {
            LadderHttp.Response trail = again.get("/api/audit?limit=10000&subject=" + person.id());
            assertThat(trail.status()).as(trail.body()).isEqualTo(200);
            for (JsonNode entry : json.readTree(trail.body())) {
                if ("SUBMIT".equals(entry.get("action").asString())) {
                    java.util.regex.Matcher period = SUBMIT_PERIOD.matcher(entry.get("what").asString());
                    assertThat(period.matches()).as(entry.toString()).isTrue();
                    submitted.merge(person.id() + " " + period.group(1), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> expectedEntries = new HashMap<>();
        stored.values().forEach(review -> expectedEntries.put(review.employeeId() + " " + review.period(), 1));
        assertThat(submitted).as("SUBMIT entries per (employee, period)").isEqualTo(expectedEntries);

        // The store still takes writes, and the reports are built from what survived.
        Person someone = people.get(0);
        LadderHttp.Response after = again.postJson("/api/reviews", review(someone, "9999", 0));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        assertThat(again.get("/api/reports/readiness").status()).isEqualTo(200);
        assertThat(second.stop()).as("graceful stop").isIn(0, 143);

        System.out.printf("CrashDurabilityTest: first start %d ms, load %d ms (%d acknowledged, %d at the kill), "
                        + "%d in flight at the kill, %d cut off, %d refused after; %d stored after restart; "
                        + "second start %d ms; total %d ms%n",
                firstStart.toMillis(), load.toMillis(), acknowledged.size(), acknowledgedAtKill, inFlightAtKill,
                cutOff.get(), refusedAfterKill.get(), stored.size(), secondStart.toMillis(),
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
        deleteQuietly(dataDir);
        Files.deleteIfExists(log);
    }

    private LadderProcess start(Path dataDir, Path log) {
        LadderProcess process = LadderProcess.start(dataDir, log, JVM);
        started.add(process);
        return process;
    }

    /** Everyone in the register, with the competencies their level expects. */
    private List<Person> people(String csv, LadderHttp http) {
        List<Person> people = new ArrayList<>();
        Map<String, List<String>> competencies = new HashMap<>();
        List<Csv.Row> rows = Csv.parse(csv);
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String id = row.cell(0);
            String framework = row.cell(4);
            int level = Integer.parseInt(row.cell(5));
            List<String> ids = competencies.computeIfAbsent(framework + "/" + level, key -> {
                LadderHttp.Response response = http.get("/api/frameworks/" + key.replace("/", "/levels/"));
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                List<String> found = new ArrayList<>();
                json.readTree(response.body()).get("competencies").forEach(c -> found.add(c.get("id").asString()));
                return found;
            });
            people.add(new Person(id, framework, level, ids));
        }
        return people;
    }

    /** A valid review: every competency of the level rated, the ratings varying with {@code n}. */
    private String review(Person person, String period, int n) {
        ObjectNode review = json.createObjectNode().put("employeeId", person.id()).put("framework", person.framework())
                .put("level", person.level()).put("period", period);
        ArrayNode ratings = review.putArray("ratings");
        for (int i = 0; i < person.competencies().size(); i++) {
            ratings.addObject().put("competency", person.competencies().get(i)).put("rating", 1 + (n + i) % 4);
        }
        review.putArray("observed");
        return json.writeValueAsString(review);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // left for mvn clean
        }
    }

    record Person(String id, String framework, int level, List<String> competencies) {
    }

    record Acknowledged(String employeeId, String period, String id) {
    }

    record StoredReview(String employeeId, String period, boolean assessed) {
    }
}
