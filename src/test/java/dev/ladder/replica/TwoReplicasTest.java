package dev.ladder.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.ladder.durability.LadderHttp;
import dev.ladder.durability.LadderProcess;
import dev.ladder.organisation.Csv;
import dev.ladder.store.Fuseki;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two Ladder processes over one Fuseki ({@code ladder.store.type=remote}), each with a data folder of its
 * own: what is written through one is read through the other. The register imported through A is the
 * register of B; reviews stored through A show in B's reports, and B's reports equal A's; B serves the
 * person's history and the audit trail of writes made through A; a person erased through B leaves A's
 * reports. Reports and the register follow the store's change log, so B is polled until it agrees, with
 * a generous time-out (the stated bound is {@code ladder.replicas.poll-interval}, here 200 ms, plus the
 * time to read the change; docs/scaling.md); nothing here asserts how long it took.
 */
class TwoReplicasTest {

    private static final List<String> JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Duration START_AT_MOST = Duration.ofSeconds(90);
    private static final Duration AGREE_AT_MOST = Duration.ofSeconds(30);
    private static final String[] REPORTS = {"/api/reports/readiness", "/api/reports/training-needs",
            "/api/reports/red-flags", "/api/reports/resources"};

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<LadderProcess> started = new ArrayList<>();
    private Fuseki fuseki;

    @AfterEach
    void stop() {
        started.forEach(LadderProcess::close);
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void whatIsWrittenThroughOneReplicaIsReadThroughTheOther() throws Exception {
        fuseki = Fuseki.serve(DatasetFactory.createTxnMem());
        Path work = Files.createDirectories(Path.of("target", "replicas"));
        // Both start at once over the empty store (loading the ontology twice does no harm: same graphs).
        LadderProcess a = start(Files.createTempDirectory(work, "a-"));
        LadderProcess b = start(Files.createTempDirectory(work, "b-"));
        LadderHttp httpA = LadderHttp.localhost(a.port(), LadderProcess.USER, LadderProcess.PASSWORD);
        LadderHttp httpB = LadderHttp.localhost(b.port(), LadderProcess.USER, LadderProcess.PASSWORD);
        a.awaitHealthy(httpA, START_AT_MOST);
        b.awaitHealthy(httpB, START_AT_MOST);

        // The register, imported through A, is B's register too.
        String csv = Files.readString(Path.of("docs", "examples", "employees.csv"));
        LadderHttp.Response imported = httpA.post("/api/employees/import", "text/csv", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        List<Csv.Row> rows = Csv.parse(csv);
        String lastId = rows.get(rows.size() - 1).cell(0);
        awaitTrue("B's register holds " + lastId, () -> httpB.get("/api/employees/" + lastId).status() == 200, b);

        // Reviews stored through A, for several people and two periods.
        List<Person> people = people(rows, httpA).subList(0, 8);
        Map<String, String> reviewIds = new HashMap<>();
        int n = 0;
        for (String period : List.of("2025", "2026")) {
            for (Person person : people) {
                LadderHttp.Response stored = httpA.postJson("/api/reviews", review(person, period, n++));
                assertThat(stored.status()).as(stored.body()).isEqualTo(201);
                reviewIds.put(person.id() + "/" + period, json.readTree(stored.body()).get("id").asString());
            }
        }
        String readinessA = body(httpA, "/api/reports/readiness");
        assertThat(people(json.readTree(readinessA))).as("people counted by A's readiness report").isEqualTo(people.size());
        for (String report : REPORTS) {
            awaitAgree(report, httpA, httpB, b);
        }

        // A person's history and the audit trail, written through A, read through B (straight from the store).
        Person first = people.get(0);
        JsonNode history = json.readTree(body(httpB, "/api/employees/" + first.id() + "/reviews"));
        List<String> ids = new ArrayList<>();
        history.forEach(review -> ids.add(review.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder(reviewIds.get(first.id() + "/2025"), reviewIds.get(first.id() + "/2026"));
        JsonNode trail = json.readTree(body(httpB, "/api/audit?subject=" + first.id() + "&limit=100"));
        List<String> actions = new ArrayList<>();
        trail.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).as("audit entries about %s read through B", first.id()).contains("SUBMIT");

        // A newer review of the same period through A supersedes the old one in B's reports too.
        LadderHttp.Response again = httpA.postJson("/api/reviews", review(first, "2026", 3));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        awaitAgree("/api/reports/training-needs", httpA, httpB, b);

        // A workbench draft started through A is there, with its files, through B (drafts live in the store).
        LadderHttp.Response draft = httpA.post("/api/policy/drafts", "application/json", "");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String draftId = json.readTree(draft.body()).get("id").asString();
        JsonNode draftOnA = json.readTree(body(httpA, "/api/policy/drafts/" + draftId));
        JsonNode draftOnB = json.readTree(body(httpB, "/api/policy/drafts/" + draftId));
        assertThat(draftOnB).isEqualTo(draftOnA);
        assertThat(draftOnB.toString()).contains(".drl");

        List<String> draftsOnB = new ArrayList<>();
        json.readTree(body(httpB, "/api/policy/drafts")).forEach(d -> draftsOnB.add(d.get("id").asString()));
        assertThat(draftsOnB).contains(draftId);

        // A re-assessment run by A is followed through B (jobs are recorded in the store), and ends the same.
        LadderHttp.Response job = httpA.post("/api/policy/reassessments", "application/json", "");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        String jobId = json.readTree(job.body()).get("id").asString();
        assertThat(httpB.get("/api/policy/reassessments/" + jobId).status()).isEqualTo(200);
        awaitTrue("A's re-assessment is done", () -> body(httpA, "/api/policy/reassessments/" + jobId)
                .contains("\"DONE\""), a);
        awaitAgree("/api/policy/reassessments/" + jobId, httpA, httpB, b);

        // Both replicas have the same policy history (shared through the store), under the same version ids.
        assertThat(body(httpB, "/api/policy/history")).isEqualTo(body(httpA, "/api/policy/history")).contains("\"version\"");

        // Erased through B: gone from A's reports and register.
        Person erased = people.get(1);
        assertThat(delete(b, "/api/employees/" + erased.id())).as("erasure through B").isIn(200, 204);
        awaitTrue("A's readiness report counts one person fewer",
                () -> people(json.readTree(body(httpA, "/api/reports/readiness"))) == people.size() - 1, a);
        for (String report : REPORTS) {
            awaitAgree(report, httpB, httpA, a);
        }
        awaitTrue("A's register no longer holds " + erased.id(),
                () -> httpA.get("/api/employees/" + erased.id()).status() == 404, a);
    }

    private LadderProcess start(Path dataDir) {
        LadderProcess process = LadderProcess.start(dataDir, dataDir.resolveSibling(dataDir.getFileName() + ".log"), JVM,
                "--ladder.store.type=remote", "--ladder.store.url=" + fuseki.url(),
                "--ladder.replicas.poll-interval=200ms");
        started.add(process);
        return process;
    }

    /** Polls until {@code reader}'s answer to {@code path} equals {@code writer}'s (read afresh each time). */
    private void awaitAgree(String path, LadderHttp writer, LadderHttp reader, LadderProcess readerProcess) {
        String[] last = new String[2];
        awaitTrue("the two replicas' " + path + " agree", () -> {
            last[0] = body(writer, path);
            last[1] = body(reader, path);
            return last[0].equals(last[1]);
        }, readerProcess);
        assertThat(last[1]).isEqualTo(last[0]);
    }

    private void awaitTrue(String what, Supplier<Boolean> condition, LadderProcess process) {
        long deadline = System.nanoTime() + AGREE_AT_MOST.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime() < deadline).as("%s within %s; end of the replica's log:%n%s", what,
                    AGREE_AT_MOST, process.tailOfLog()).isTrue();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String body(LadderHttp http, String path) {
        LadderHttp.Response response = http.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** How many people a readiness report counts. */
    private static int people(JsonNode readiness) {
        int count = 0;
        for (JsonNode row : readiness) {
            for (String status : List.of("ready", "developing", "notReady", "topLevel")) {
                count += row.get(status).asInt();
            }
        }
        return count;
    }

    private List<Person> people(List<Csv.Row> rows, LadderHttp http) {
        List<Person> people = new ArrayList<>();
        Map<String, List<String>> competencies = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String framework = row.cell(4);
            int level = Integer.parseInt(row.cell(5));
            List<String> ids = competencies.computeIfAbsent(framework + "/" + level, key -> {
                List<String> found = new ArrayList<>();
                json.readTree(body(http, "/api/frameworks/" + key.replace("/", "/levels/"))).get("competencies")
                        .forEach(c -> found.add(c.get("id").asString()));
                return found;
            });
            people.add(new Person(row.cell(0), framework, level, ids));
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

    record Person(String id, String framework, int level, List<String> competencies) {
    }

    /** DELETE as the administrator (LadderHttp has no DELETE); the status code. */
    private static int delete(LadderProcess process, String path) throws IOException, InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + process.port() + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (LadderProcess.USER + ":" + LadderProcess.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .DELETE().timeout(Duration.ofSeconds(60)).build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
