package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.check.TestWorkbooks;
import dev.ladder.framework.OntologyWorkspace;
import dev.ladder.policy.PolicyPublished;
import tools.jackson.databind.JsonNode;

/**
 * The policy workbench's API over real HTTP, as an analyst scripting the council's policy would use
 * it: drafts, checks, publishing (a real git history in a temporary folder), history, diff and roll
 * back. The service runs on copies of the project's {@code rules/} and {@code features/} in a
 * temporary folder, with the rules watcher off, so a publish must put its version into service itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ladder.watch-rules=false")
@Import(PolicyApiTest.Announcements.class)
@DirtiesContext
class PolicyApiTest {

    private static final Path WORK = temporaryFolder();
    private static final Path RULES = WORK.resolve("rules");
    private static final Path FEATURES = WORK.resolve("features");
    private static final Path HISTORY = WORK.resolve("policy-history");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String COMMENT = "// The readiness policy, reviewed by the workbench test\n";

    @LocalServerPort
    int port;
    ApiClient analyst;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        OntologyWorkspace.copyTree(Path.of("features"), FEATURES);
        registry.add("ladder.rules-dir", RULES::toString);
        registry.add("ladder.features-dir", FEATURES::toString);
        registry.add("ladder.policy-history", HISTORY::toString);
    }

    @AfterAll
    static void removeFolders() {
        OntologyWorkspace.delete(WORK);
    }

    @BeforeEach
    void signIn() {
        analyst = new ApiClient(port).as("analyst");
    }

    @Test
    void aDraftStartsFromThePolicyInServiceAndNeverTouchesIt() throws IOException {
        String inService = ruleSetVersion();
        byte[] readiness = Files.readAllBytes(RULES.resolve("readiness.drl"));

        ApiClient.Response created = analyst.post("/api/policy/drafts");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/policy/drafts/" + id);
        assertThat(created.body().get("author").asString()).isEqualTo("analyst");
        assertThat(created.body().get("baseVersion").asString()).isEqualTo(inService);

        JsonNode draft = analyst.get("/api/policy/drafts/" + id).body();
        assertThat(texts(draft.get("files"))).contains("readiness.drl", "readiness-threshold.drl.csv",
                "features/assessment-readiness.feature").doesNotContain("README.md");

        ApiClient.Response file = analyst.get("/api/policy/drafts/" + id + "/files/features/assessment-readiness.feature");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/plain");
        assertThat(file.text()).isEqualTo(Files.readString(FEATURES.resolve("assessment-readiness.feature")));

        String edited = COMMENT + new String(readiness, StandardCharsets.UTF_8);
        assertThat(put("/api/policy/drafts/" + id + "/files/readiness.drl", edited).statusCode()).isEqualTo(204);
        assertThat(analyst.get("/api/policy/drafts/" + id + "/files/readiness.drl").text()).isEqualTo(edited);
        assertThat(put("/api/policy/drafts/" + id + "/files/features/new.feature", "Feature: new\n").statusCode())
                .isEqualTo(204);
        assertThat(texts(analyst.get("/api/policy/drafts/" + id).body().get("files"))).contains("features/new.feature");

        assertThat(Files.readAllBytes(RULES.resolve("readiness.drl"))).as("the rules folder is untouched").isEqualTo(readiness);
        assertThat(Files.exists(FEATURES.resolve("new.feature"))).isFalse();
        assertThat(ruleSetVersion()).as("the rule set in service is untouched").isEqualTo(inService);

        assertThat(analyst.delete("/api/policy/drafts/" + id + "/files/features/new.feature").status()).isEqualTo(204);
        assertThat(texts(analyst.get("/api/policy/drafts/" + id).body().get("files"))).doesNotContain("features/new.feature");
    }

    @Test
    void aCheckCompilesRunsEveryScenarioAndNamesTheRulesNoScenarioFires() throws IOException {
        String inService = ruleSetVersion();
        String id = newDraft();
        String readiness = Files.readString(RULES.resolve("readiness.drl"));
        put("/api/policy/drafts/" + id + "/files/readiness.drl", readiness
                + "\nrule \"Never fires: a rule no scenario covers\"\nwhen\n    eval(false)\nthen\nend\n");

        ApiClient.Response check = analyst.post("/api/policy/drafts/" + id + "/check");

        assertThat(check.status()).isEqualTo(200);
        JsonNode report = check.body();
        assertThat(report.get("problems")).isEmpty();
        JsonNode scenarios = report.get("scenarios");
        assertThat(scenarios.get("failed").asInt()).isZero();
        assertThat(scenarios.get("passed").asInt()).isPositive();
        assertThat(scenarios.get("results")).hasSize(scenarios.get("passed").asInt());
        assertThat(scenarios.get("results").get(0).get("status").asString()).isEqualTo("PASSED");
        assertThat(texts(report.get("uncoveredRules"))).contains("Never fires: a rule no scenario covers")
                .doesNotContain("Readiness gap: too few next-level behaviours shown");
        assertThat(ruleSetVersion()).isEqualTo(inService);
    }

    @Test
    void aDraftThatFailsItsCheckIsRefusedAndNothingChanges() throws IOException {
        String inService = ruleSetVersion();
        byte[] readiness = Files.readAllBytes(RULES.resolve("readiness.drl"));
        int versions = analyst.get("/api/policy/history").body().size();
        String id = newDraft();
        put("/api/policy/drafts/" + id + "/files/readiness.drl",
                new String(readiness, StandardCharsets.UTF_8) + "\nrule \"Broken\"\nwhen\nthen\n    nonsense(\nend\n");

        JsonNode report = analyst.post("/api/policy/drafts/" + id + "/check").body();
        assertThat(report.get("problems")).isNotEmpty();
        assertThat(report.get("problems").get(0).get("file").asString()).isEqualTo("readiness.drl");
        assertThat(report.get("problems").get(0).get("line").asInt()).isPositive();
        assertThat(report.get("scenarios").isNull()).as("no scenario runs without a rule set").isTrue();

        ApiClient.Response refused = analyst.post("/api/policy/drafts/" + id + "/publish", "{\"reason\":\"try it\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("problems").get(0).get("file").asString()).isEqualTo("readiness.drl");
        assertThat(Files.readAllBytes(RULES.resolve("readiness.drl"))).isEqualTo(readiness);
        assertThat(ruleSetVersion()).isEqualTo(inService);
        assertThat(analyst.get("/api/policy/history").body()).hasSize(versions);
    }

    @Test
    void aFailingScenarioStopsAPublishAndSaysWhichStepFailedInPlainWords() throws IOException {
        String inService = ruleSetVersion();
        String id = newDraft();
        put("/api/policy/drafts/" + id + "/files/features/wrong.feature", """
                Feature: A wrong expectation
                  Scenario: A ready employee said to be not ready
                    Given a Milton Keynes employee at level 1
                    And they are rated 3 in every competency of their level
                    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
                    When the review is assessed
                    Then readiness for level 2 is NOT_READY
                """);

        JsonNode scenarios = analyst.post("/api/policy/drafts/" + id + "/check").body().get("scenarios");
        assertThat(scenarios.get("failed").asInt()).isEqualTo(1);
        ApiClient.Response refused = analyst.post("/api/policy/drafts/" + id + "/publish", "{\"reason\":\"try it\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("problems")).isEmpty();
        JsonNode failed = refused.body().get("failedScenarios");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("feature").asString()).isEqualTo("wrong.feature");
        assertThat(failed.get(0).get("name").asString()).isEqualTo("A ready employee said to be not ready");
        assertThat(failed.get(0).get("failedStep").asString()).contains("readiness for level 2 is NOT_READY");
        assertThat(failed.get(0).get("message").asString()).contains("READY").doesNotContain("Exception", "\tat ");
        assertThat(Files.exists(FEATURES.resolve("wrong.feature"))).isFalse();
        assertThat(ruleSetVersion()).isEqualTo(inService);
    }

    @Test
    void aFeatureFileThatIsNotGherkinIsAProblemNamingFileAndLine() {
        String id = newDraft();
        put("/api/policy/drafts/" + id + "/files/features/broken.feature",
                "Feature: broken\n  Scenario: one\n    Given a Milton Keynes employee at level 1\n  this is not a step\n");

        JsonNode report = analyst.post("/api/policy/drafts/" + id + "/check").body();

        assertThat(report.get("problems")).hasSize(1);
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo("features/broken.feature");
        assertThat(problem.get("line").asInt()).isEqualTo(4);
        assertThat(problem.get("message").asString()).isNotBlank();
        ApiClient.Response refused = analyst.post("/api/policy/drafts/" + id + "/publish", "{\"reason\":\"try it\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("problems").get(0).get("file").asString()).isEqualTo("features/broken.feature");
    }

    @Test
    void publishPutsTheVersionInServiceAndHistoryDiffAndRollBackFollowIt(
            @org.springframework.beans.factory.annotation.Autowired Announcements announcements) throws IOException {
        String before = ruleSetVersion();
        byte[] readiness = Files.readAllBytes(RULES.resolve("readiness.drl"));
        String id = newDraft();
        put("/api/policy/drafts/" + id + "/files/readiness.drl", COMMENT + new String(readiness, StandardCharsets.UTF_8));

        long compiledBefore = RuleSetCompiler.compilations();
        ApiClient.Response published = analyst.post("/api/policy/drafts/" + id + "/publish",
                "{\"reason\":\"Say who reviewed the readiness rules\"}");

        assertThat(published.status()).isEqualTo(201);
        assertThat(RuleSetCompiler.compilations() - compiledBefore)
                .as("compiled once: the rule set its check built is the one put into service").isEqualTo(1);
        String version = published.body().get("version").asString();
        String ruleSet = published.body().get("ruleSetVersion").asString();
        assertThat(version).matches("[0-9a-f]{7,40}");
        assertThat(ruleSet).isNotEqualTo(before);
        assertThat(ruleSetVersion()).as("in service at once, with the watcher off").isEqualTo(ruleSet);
        assertThat(Files.readString(RULES.resolve("readiness.drl"))).startsWith(COMMENT);
        assertThat(announcements.published).anySatisfy(event -> {
            assertThat(event.version().version()).isEqualTo(version);
            assertThat(event.ruleSetVersion()).isEqualTo(ruleSet);
        });

        assertThat(analyst.get("/api/policy/drafts/" + id).status()).as("a published draft is in the history now")
                .isEqualTo(404);

        JsonNode newest = analyst.get("/api/policy/history").body().get(0);
        // the version before it: the policy as it was in service just before (a hand edit is recorded first)
        String previous = analyst.get("/api/policy/history").body().get(1).get("version").asString();
        assertThat(newest.get("version").asString()).isEqualTo(version);
        assertThat(newest.get("author").asString()).isEqualTo("analyst");
        assertThat(newest.get("reason").asString()).isEqualTo("Say who reviewed the readiness rules");
        assertThat(newest.get("at").asString()).isNotBlank();

        ApiClient.Response diff = analyst.get("/api/policy/history/" + version + "/diff");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.contentType()).startsWith("text/plain");
        assertThat(diff.text()).contains("--- a/rules/readiness.drl", "+++ b/rules/readiness.drl",
                "+" + COMMENT.strip());
        assertThat(diff.text().lines().filter(line -> line.startsWith("+") && !line.startsWith("+++"))).hasSize(1);

        ApiClient.Response rolledBack = analyst.post("/api/policy/rollback",
                "{\"version\":\"" + previous + "\",\"reason\":\"Back to the policy before the review note\"}");

        assertThat(rolledBack.status()).isEqualTo(201);
        assertThat(ruleSetVersion()).isEqualTo(before);
        assertThat(Files.readAllBytes(RULES.resolve("readiness.drl"))).isEqualTo(readiness);
        JsonNode history = analyst.get("/api/policy/history").body();
        assertThat(history.get(0).get("version").asString()).isEqualTo(rolledBack.body().get("version").asString());
        assertThat(history.get(0).get("reason").asString()).isEqualTo("Back to the policy before the review note");
        assertThat(history.get(1).get("version").asString()).isEqualTo(version);
        assertThat(analyst.get("/api/policy/history/" + history.get(0).get("version").asString() + "/diff").text())
                .contains("-" + COMMENT.strip());
    }

    @Test
    void aHandEditSinceTheLastVersionIsRecordedBeforeTheNextPublish() throws IOException {
        Path threshold = RULES.resolve("learning-needs.drl");
        String original = Files.readString(threshold);
        Files.writeString(threshold, original + "\n// edited by hand\n");
        try {
            String id = newDraft();
            ApiClient.Response published = analyst.post("/api/policy/drafts/" + id + "/publish",
                    "{\"reason\":\"Publish on top of a hand edit\"}");
            assertThat(published.status()).isEqualTo(201);

            JsonNode history = analyst.get("/api/policy/history").body();
            assertThat(history.get(0).get("reason").asString()).isEqualTo("Publish on top of a hand edit");
            assertThat(history.get(1).get("reason").asString()).isEqualTo("Edited by hand outside the workbench");
            assertThat(analyst.get("/api/policy/history/" + history.get(1).get("version").asString() + "/diff").text())
                    .contains("+// edited by hand");
        } finally {
            Files.writeString(threshold, original);
            analyst.post("/api/rules/reload");
        }
    }

    @Test
    void draftsAreListedNewestFirstUntilDiscardedAndARefusedPublishKeepsTheDraft() throws IOException {
        String first = newDraft();
        String second = newDraft();
        put("/api/policy/drafts/" + second + "/files/readiness.drl", "rule \"broken\" when then");

        JsonNode listed = analyst.get("/api/policy/drafts").body();
        List<String> ids = new ArrayList<>();
        listed.forEach(draft -> ids.add(draft.get("id").asString()));
        assertThat(ids).containsSubsequence(second, first);
        assertThat(listed.get(ids.indexOf(first)).get("author").asString()).isEqualTo("analyst");
        assertThat(listed.get(ids.indexOf(first)).get("baseVersion").asString()).isEqualTo(ruleSetVersion());

        assertThat(analyst.post("/api/policy/drafts/" + second + "/publish", "{\"reason\":\"try it\"}").status())
                .isEqualTo(422);
        assertThat(analyst.get("/api/policy/drafts/" + second).status()).as("refused: kept to be fixed").isEqualTo(200);

        assertThat(analyst.delete("/api/policy/drafts/" + first).status()).isEqualTo(204);
        assertThat(analyst.get("/api/policy/drafts/" + first).status()).isEqualTo(404);
        assertThat(analyst.delete("/api/policy/drafts/" + first).status()).isEqualTo(404);
        List<String> after = new ArrayList<>();
        analyst.get("/api/policy/drafts").body().forEach(draft -> after.add(draft.get("id").asString()));
        assertThat(after).contains(second).doesNotContain(first);
        assertThat(analyst.delete("/api/policy/drafts/" + second).status()).isEqualTo(204);
    }

    @Test
    void aSpreadsheetTableIsReadAndWrittenAsAWorkbookAndAnythingElseIsRefused() throws Exception {
        String id = newDraft();
        String threshold = Files.readString(RULES.resolve("readiness-threshold.drl.csv"));
        byte[] workbook = TestWorkbooks.of("Thresholds", threshold.lines().toList());
        assertThat(analyst.delete("/api/policy/drafts/" + id + "/files/readiness-threshold.drl.csv").status()).isEqualTo(204);

        HttpResponse<String> written = put("/api/policy/drafts/" + id + "/files/readiness-threshold.drl.xlsx", XLSX, workbook);

        assertThat(written.statusCode()).as(written.body()).isEqualTo(204);
        HttpResponse<byte[]> read = get("/api/policy/drafts/" + id + "/files/readiness-threshold.drl.xlsx");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(XLSX));
        assertThat(read.body()).isEqualTo(workbook);

        // a CSV sent as a workbook is refused, saying what it is, and the draft keeps the workbook it had
        HttpResponse<String> refused = put("/api/policy/drafts/" + id + "/files/readiness-threshold.drl.xlsx", XLSX,
                threshold.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("readiness-threshold.drl.xlsx", "is not an Excel workbook",
                "not a zip archive", "\"title\":\"Not an Excel workbook\"");
        assertThat(get("/api/policy/drafts/" + id + "/files/readiness-threshold.drl.xlsx").body()).isEqualTo(workbook);
        // a workbook cannot replace a text file, nor text a workbook
        assertThat(put("/api/policy/drafts/" + id + "/files/readiness.drl", XLSX, workbook).statusCode()).isEqualTo(400);
        HttpResponse<String> asText = put("/api/policy/drafts/" + id + "/files/readiness-threshold.drl.xlsx", "a,b");
        assertThat(asText.statusCode()).isEqualTo(400);
        assertThat(asText.body()).contains("send the workbook itself");

        // the same table as a workbook: the check compiles it and every scenario still passes
        JsonNode check = analyst.post("/api/policy/drafts/" + id + "/check").body();
        assertThat(check.get("problems")).isEmpty();
        assertThat(check.get("scenarios").get("failed").asInt()).isZero();
        assertThat(check.get("version").asString()).isNotEqualTo(ruleSetVersion());
        assertThat(analyst.delete("/api/policy/drafts/" + id).status()).isEqualTo(204);
    }

    @Test
    void theFirstVersionIsThePolicyAsFoundAtStartUp() {
        JsonNode history = analyst.get("/api/policy/history").body();
        JsonNode first = history.get(history.size() - 1);

        assertThat(first.get("reason").asString()).isEqualTo("Policy as found when the history began");
        assertThat(first.get("author").asString()).isEqualTo("Ladder");
        assertThat(analyst.get("/api/policy/history/" + first.get("version").asString() + "/diff").text())
                .contains("+++ b/rules/readiness-threshold.drl.csv", "+++ b/features/assessment-readiness.feature")
                .doesNotContain("README.md");
    }

    @Test
    void anUnknownDraftOrVersionIs404() {
        for (ApiClient.Response response : List.of(analyst.get("/api/policy/drafts/0123456789ab"),
                analyst.get("/api/policy/drafts/nosuchdraft"),
                analyst.get("/api/policy/drafts/0123456789ab/files/readiness.drl"),
                analyst.post("/api/policy/drafts/0123456789ab/check"),
                analyst.post("/api/policy/drafts/0123456789ab/publish", "{\"reason\":\"why\"}"),
                analyst.get("/api/policy/history/abcdef0123/diff"),
                analyst.get("/api/policy/history/HEAD/diff"),
                analyst.post("/api/policy/rollback", "{\"version\":\"abcdef0123\",\"reason\":\"why\"}"))) {
            assertThat(response.status()).as(response.text()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        String id = newDraft();
        ApiClient.Response noFile = analyst.get("/api/policy/drafts/" + id + "/files/no-such-rules.drl");
        assertThat(noFile.status()).isEqualTo(404);
        assertThat(noFile.body().get("detail").asString()).contains("no-such-rules.drl");
    }

    @Test
    void aPathThatIsNotAPolicyFileIs400NamingIt() throws IOException {
        String id = newDraft();
        for (String path : List.of("README.md", "notes.txt", "features/readiness.drl", "readiness.feature")) {
            ApiClient.Response response = analyst.get("/api/policy/drafts/" + id + "/files/" + path);
            assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("detail").asString()).contains("expected a rule file (*.drl, *.drl.csv,"
                    + " *.drl.xlsx)");
            HttpResponse<String> write = put("/api/policy/drafts/" + id + "/files/" + path, "text");
            assertThat(write.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(analyst.get("/api/policy/drafts/" + id + "/files/notes.txt").body().get("path").asString())
                .isEqualTo("notes.txt");
        assertThat(texts(analyst.get("/api/policy/drafts/" + id).body().get("files")))
                .doesNotContain("notes.txt", "README.md", "readiness.feature");
    }

    @Test
    void aPublishOrRollbackNeedsAReasonAndAVersion() {
        String id = newDraft();
        for (String body : List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":null}")) {
            ApiClient.Response response = analyst.post("/api/policy/drafts/" + id + "/publish", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.body().get("path").asString()).isEqualTo("$.reason");
            assertThat(response.body().get("detail").asString()).contains("'reason' is required");
        }
        ApiClient.Response notJson = analyst.post("/api/policy/drafts/" + id + "/publish", "{reason");
        assertThat(notJson.status()).isEqualTo(400);
        ApiClient.Response noVersion = analyst.post("/api/policy/rollback", "{\"reason\":\"why\"}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("path").asString()).isEqualTo("$.version");
    }

    @Test
    void onlyAnalystsAndAdministratorsMayWorkOnThePolicy() {
        ApiClient lnd = analyst.as("lnd");
        assertThat(lnd.post("/api/policy/drafts").status()).isEqualTo(403);
        ApiClient.Response refused = lnd.get("/api/policy/history");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("This request is for ANALYST and ADMIN; you are signed in as lnd with the role(s) LND.");
        assertThat(analyst.anonymous().get("/api/policy/history").status()).isEqualTo(401);
        assertThat(new ApiClient(port).get("/api/policy/history").status()).as("ADMIN").isEqualTo(200);
    }

    private String newDraft() {
        ApiClient.Response created = analyst.post("/api/policy/drafts");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String ruleSetVersion() {
        return analyst.get("/api/rules/status").body().get("version").asString();
    }

    private HttpResponse<String> put(String path, String text) {
        return put(path, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of a draft as the bytes the service sends, whatever their type. */
    private HttpResponse<byte[]> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("analyst:" + ApiClient.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HttpClient.newHttpClient().send(request, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ladder-policy-api");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every {@link PolicyPublished} announced, for the test to see. */
    @TestConfiguration
    static class Announcements {

        final List<PolicyPublished> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PolicyPublished event) {
            published.add(event);
        }
    }
}
