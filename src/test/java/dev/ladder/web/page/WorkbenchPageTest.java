package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.assessment.check.TestWorkbooks;
import dev.ladder.framework.OntologyWorkspace;
import dev.ladder.policy.PolicyDrafts;
import dev.ladder.policy.RecordedJobs;
import dev.ladder.store.RdfStore;
import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The analysts' workbench in a browser, on COPIES of {@code rules/} and {@code features/} with a policy
 * history and a store of its own (the project's folders are never touched), and a small demo
 * organisation so that there are stored reviews to preview, explain and re-assess.
 */
class WorkbenchPageTest extends PageTest {

    private static final Path WORK = temporaryFolder();
    private static final Path RULES = WORK.resolve("rules");
    private static final Path FEATURES = WORK.resolve("features");

    @DynamicPropertySource
    static void workbenchFolders(DynamicPropertyRegistry registry) {
        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        OntologyWorkspace.copyTree(Path.of("features"), FEATURES);
        registry.add("ladder.rules-dir", RULES::toString);
        registry.add("ladder.features-dir", FEATURES::toString);
        registry.add("ladder.policy-history", () -> WORK.resolve("policy-history").toString());
        registry.add("ladder.data-dir", () -> WORK.resolve("data").toString());
        registry.add("ladder.demo.enabled", () -> "true");
        registry.add("ladder.demo.employees", () -> "60");
    }

    @AfterAll
    static void removeCopies() {
        OntologyWorkspace.delete(WORK);
    }

    @Test
    void thePolicyInForceShowsEveryTableAndEveryRuleReadably() {
        JsonNode status = api.get("/api/rules/status").body();
        Set<String> ruleNames = new HashSet<>();
        status.get("rules").forEach(r -> ruleNames.add(r.asString()));

        as("analyst").open("/policy");
        assertThat(browser.heading()).isEqualTo("Policy in force");
        assertThat(browser.text("#policy-version-value")).isEqualTo(status.get("version").asString());

        // The threshold table: its headings from the file, the framework with the council's own title
        WebElement threshold = browser.find("#table-readiness-threshold-drl-csv-0");
        assertThat(threshold.findElement(By.tagName("h2")).getText()).isEqualTo("Readiness threshold");
        assertThat(threshold.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Rule name", "Framework", "Share of next-level behaviours needed (%)");
        String leicester = api.get("/api/frameworks/leicester").body().get("title").asString();
        assertThat(threshold.getText()).contains("Threshold: leicester", leicester);

        // Every rule of the rule set in service is on the page: a table's row (by its name) or a DRL file's rule
        List<String> shown = new ArrayList<>();
        browser.all(".ladder-policy-table tbody tr td:first-child").forEach(td -> shown.add(td.getText().strip()));
        browser.all("#policy-drl li").forEach(li -> shown.add(li.getText().strip()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(ruleNames);
        browser.check("workbench-policy");

        // The rules page and the menu lead here
        browser.open("/rules");
        browser.clickAndWait("#rules-workbench");
        assertThat(browser.path()).isEqualTo("/policy");
        assertThat(browser.text(".govuk-service-navigation__item--active")).isEqualTo("Workbench");
    }

    /**
     * The analyst's journey of the issue: Leicester's threshold to 60 % in the grid, a scenario fails in plain
     * words, the scenarios fixed in the editor, the check passes, the impact previewed, published with a
     * reason, the new version in the history, every stored review re-assessed, and rolled back.
     */
    @Test
    void anAnalystChangesLeicestersThresholdChecksPreviewsPublishesReassessesAndRollsBack() throws IOException {
        String table = Files.readString(RULES.resolve("readiness-threshold.drl.csv"));
        assertThat(table).contains("Threshold: leicester,leicester,50");
        String inServiceBefore = api.get("/api/rules/status").body().get("version").asString();

        // Start a draft
        as("analyst").open("/policy");
        browser.clickAndWait("#start-draft");
        assertThat(browser.path()).startsWith("/policy/drafts/");
        String draft = browser.path().substring("/policy/drafts/".length());
        assertThat(browser.heading()).isEqualTo("Draft");
        assertThat(browser.text("#draft-checked")).contains("Not checked");
        browser.check("workbench-draft");

        // The threshold table in the grid: Leicester's share to 60
        browser.clickAndWait(browser.find("#draft-tables a[href*='readiness-threshold.drl.csv']"));
        assertThat(browser.heading()).isEqualTo("readiness-threshold.drl.csv");
        WebElement leicester = rowNamed("Threshold: leicester");
        assertThat(leicester.findElement(By.cssSelector("select")).getAttribute("value")).isEqualTo("leicester");
        WebElement share = leicester.findElements(By.cssSelector("input.govuk-input")).get(1);
        assertThat(share.getAttribute("value")).isEqualTo("50");
        share.clear();
        share.sendKeys("60");
        browser.check("workbench-grid");
        browser.clickAndWait("#grid-save");
        assertThat(browser.text("#file-saved")).contains("Saved in the draft");
        assertThat(rowNamed("Threshold: leicester").findElements(By.cssSelector("input.govuk-input")).get(1)
                .getAttribute("value")).isEqualTo("60");
        // Saved into the CSV: only the Leicester row changed, every header row exactly as it was
        assertThat(analyst().get("/api/policy/drafts/" + draft + "/files/readiness-threshold.drl.csv").text())
                .isEqualTo(table.replace("Threshold: leicester,leicester,50", "Threshold: leicester,leicester,60"));
        assertThat(Files.readString(RULES.resolve("readiness-threshold.drl.csv"))).as("the rules in service").isEqualTo(table);

        // Check: scenarios that expect 50 % fail, in plain words
        browser.open("/policy/drafts/" + draft);
        browser.clickAndWait("#check-draft");
        assertThat(browser.path()).isEqualTo("/policy/drafts/" + draft + "/check");
        assertThat(browser.text("#check-summary")).contains("The draft cannot be published yet");
        List<WebElement> failed = browser.all("tr.ladder-scenario--failed");
        assertThat(failed).isNotEmpty();
        assertThat(failed).anySatisfy(row -> assertThat(row.getText())
                .contains("Then readiness for level 2 is READY", "Readiness is DEVELOPING", "at least 60% are needed"));
        assertThat(browser.mainText()).doesNotContain("Exception", "\tat ", "dev.ladder.", "io.cucumber");
        assertThat(browser.text("#check-scenario-counts")).contains(failed.size() + " failed");
        browser.check("workbench-check-failed");

        // Publishing it now is refused, with the same report; nothing changes in service
        browser.open("/policy/drafts/" + draft);
        browser.find("#reason").sendKeys("Leicester at 60%");
        browser.clickAndWait("#publish-draft");
        assertThat(browser.heading()).isEqualTo("Publishing refused");
        assertThat(browser.text("#check-summary")).contains("It was not published: the checks did not pass");
        assertThat(browser.all("tr.ladder-scenario--failed")).hasSize(failed.size());
        assertThat(Files.readString(RULES.resolve("readiness-threshold.drl.csv"))).isEqualTo(table);
        assertThat(api.get("/api/rules/status").body().get("version").asString()).isEqualTo(inServiceBefore);
        browser.check("workbench-publish-refused");
        browser.open("/policy/drafts/" + draft + "/check");
        failed = browser.all("tr.ladder-scenario--failed");

        // Fix the scenarios in the editor: the failing scenario's link opens its file at the failing step
        browser.clickAndWait(failed.stream().map(row -> row.findElement(By.cssSelector("a")))
                .filter(a -> a.getText().startsWith("assessment-readiness.feature")).findFirst().orElseThrow());
        assertThat(browser.heading()).isEqualTo("features/assessment-readiness.feature");
        browser.waitFor(".CodeMirror");
        assertThat(browser.all(".ladder-editor__marker")).isNotEmpty();
        assertThat(browser.text("#editor-problems")).contains("Then readiness for level 2 is READY");
        browser.check("workbench-editor");
        fixInTheEditor();
        assertThat(browser.text("#file-saved")).contains("Saved in the draft");
        browser.open("/policy/drafts/" + draft);
        browser.clickAndWait(browser.find("#draft-features a[href*='assessment-learning-needs.feature']"));
        browser.waitFor(".CodeMirror");
        fixInTheEditor();
        assertThat(analyst().get("/api/policy/drafts/" + draft + "/files/features/assessment-readiness.feature").text())
                .contains("observed 60% of the next-level behaviours").doesNotContain("observed 50% of the next-level");

        // Check again: it passes
        browser.open("/policy/drafts/" + draft);
        browser.clickAndWait("#check-draft");
        assertThat(browser.text("#check-passed")).contains("The draft passes every check");
        assertThat(browser.all("tr.ladder-scenario--failed")).isEmpty();
        assertThat(browser.all(".ladder-scenario--passed")).isNotEmpty();
        browser.check("workbench-check-passed");

        // Preview the impact: the same figures as the API; a higher bar moves nobody into READY
        browser.open("/policy/drafts/" + draft);
        browser.clickAndWait("#preview-impact");
        assertThat(browser.heading()).isEqualTo("Impact of the draft");
        JsonNode impact = analyst().post("/api/policy/drafts/" + draft + "/impact").body();
        List<String> expected = new ArrayList<>();
        impact.get("transitions").forEach(t -> expected.add(t.get("from").asString() + " → " + t.get("to").asString()
                + " " + t.get("count").asInt()));
        List<String> shown = browser.all("#impact-transitions tbody tr").stream()
                .map(tr -> tr.getText().replace("\n", " ")).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(impact.get("transitions")).noneSatisfy(t -> assertThat(
                !"READY".equals(t.get("from").asString()) && "READY".equals(t.get("to").asString())).isTrue());
        int people = 0;
        for (JsonNode t : impact.get("transitions")) {
            people += t.get("count").asInt();
        }
        assertThat(people).isEqualTo(impact.get("reviews").asInt()).isPositive();
        // only Leicester's row changed in the grid: only Leicester's people were assessed by the draft
        assertThat(impact.get("onlyFrameworks").toString()).isEqualTo("[\"leicester\"]");
        assertThat(browser.text("#impact-assessed")).startsWith(impact.get("assessedByDraft").asInt() + " of "
                + impact.get("reviews").asInt() + ": the draft changes only rows for leicester");
        assertThat(browser.text("#impact-people")).contains("Names are shown only to those who may see people's records");
        browser.check("workbench-impact");

        // Publish: a reason is required
        browser.open("/policy/drafts/" + draft);
        browser.clickAndWait("#publish-draft");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter why you are publishing this change");
        assertThat(Files.readString(RULES.resolve("readiness-threshold.drl.csv"))).isEqualTo(table);
        browser.check("workbench-publish-error");
        String reason = "Leicester asks for 60% of the next level's behaviours from now on";
        browser.find("#reason").sendKeys(reason);
        browser.clickAndWait("#publish-draft");
        assertThat(browser.text("#version-published")).contains("Published");
        assertThat(browser.text("#version-reason")).isEqualTo(reason);
        assertThat(browser.all(".ladder-diff__add").stream().map(WebElement::getText))
                .contains("+Threshold: leicester,leicester,60");
        assertThat(browser.all(".ladder-diff__remove").stream().map(WebElement::getText))
                .contains("-Threshold: leicester,leicester,50");
        browser.check("workbench-version");
        String published = browser.text("#version-id");
        assertThat(Files.readString(RULES.resolve("readiness-threshold.drl.csv"))).contains("Threshold: leicester,leicester,60");
        assertThat(Files.readString(FEATURES.resolve("assessment-readiness.feature"))).contains("observed 60% of the next-level");
        String inService = api.get("/api/rules/status").body().get("version").asString();
        assertThat(inService).isNotEqualTo(inServiceBefore);

        // Published, the draft is a version of the history and no longer a draft in progress
        browser.open("/policy");
        assertThat(browser.all("#drafts-table a").stream().map(WebElement::getText)).doesNotContain(draft);

        // The history shows it first: who, why
        browser.open("/policy/history");
        List<WebElement> versions = browser.all("#history-versions tbody tr");
        assertThat(versions.get(0).getText()).contains(published.substring(0, Math.min(10, published.length())),
                "analyst", reason);
        browser.check("workbench-history");

        // Re-assess every stored review (publishing started it already: the page follows that job), until done
        // (the page polls by itself)
        browser.clickAndWait("#reassess");
        assertThat(browser.path()).startsWith("/policy/reassessments/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> "DONE".equals(browser.find("#job").getAttribute("data-status")));
        String job = browser.path().substring("/policy/reassessments/".length());
        JsonNode done = analyst().get("/api/policy/reassessments/" + job).body();
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("ruleSetVersion").asString()).isEqualTo(inService);
        assertThat(browser.text("#job-done")).isEqualTo(done.get("done").asInt() + " of " + done.get("total").asInt()
                + " reviews (100%)");
        assertThat(browser.text("#job-status")).isEqualTo("Done");
        browser.check("workbench-job");

        // Roll back to the version before: a reason is required, then the threshold is 50 again
        browser.open("/policy/history");
        browser.clickAndWait(browser.all("#history-versions tbody tr").get(1).findElement(By.cssSelector("a")));
        String previous = browser.text("#version-id");
        browser.clickAndWait("#rollback");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter why you are rolling back to this version");
        browser.check("workbench-rollback-error");
        browser.find("#rollback-reason").sendKeys("Back to 50% until the council agrees");
        browser.clickAndWait("#rollback");
        assertThat(browser.text("#version-published")).contains("Published");
        assertThat(browser.text("#version-id")).isNotIn(published, previous);
        assertThat(Files.readString(RULES.resolve("readiness-threshold.drl.csv"))).isEqualTo(table);
        assertThat(api.get("/api/rules/status").body().get("version").asString()).isEqualTo(inServiceBefore);
        browser.open("/policy/history");
        assertThat(browser.all("#history-versions tbody tr").get(0).getText()).contains("Back to 50% until the council agrees");
    }

    @Test
    void anAnalystExplainsAStoredReviewChosenByFrameworkAndLevel() {
        as("analyst").open("/policy/explain");
        assertThat(browser.heading()).isEqualTo("Explain a review");
        new Select(browser.find("#framework")).selectByValue("leicester");
        new Select(browser.find("#level")).selectByValue("2");
        browser.clickAndWait("#explain-stored");
        assertThat(browser.text("#explanation-heading")).startsWith("leicester, level 2");
        assertThat(browser.text("#explain-status")).isIn("READY", "DEVELOPING", "NOT_READY");
        assertThat(browser.all("#explain-fired tbody tr")).isNotEmpty();
        assertThat(browser.text("#explain-fired")).contains("Readiness");
        List<WebElement> conditions = browser.all("#explain-conditions li");
        assertThat(conditions).isNotEmpty().allSatisfy(c -> assertThat(c.getText()).containsAnyOf("Held", "Not held"));
        // READY exactly when every condition held
        boolean allHeld = conditions.stream().noneMatch(c -> c.getText().startsWith("Not held"));
        assertThat("READY".equals(browser.text("#explain-status"))).isEqualTo(allHeld);
        // No names: the page shows the framework, level and period, never who it is
        String id = browser.text("#explain-review-id");
        assertThat(browser.mainText()).doesNotContainPattern("LC\\d{4}");
        browser.check("workbench-explain");

        // A typed review is checked like one sent to the API: a problem names its JSON path
        browser.find("#json").sendKeys("{\"employeeId\": \"X1\", \"framework\": \"leicester\", \"level\": 2,"
                + " \"period\": \"2026\", \"ratings\": [{\"competency\": \"no-such-competency\", \"rating\": 3}]}");
        browser.clickAndWait("#explain-typed button");
        assertThat(browser.text("#explain-errors")).contains("$.ratings[0].competency");
        assertThat(browser.all("#explanation")).isEmpty();
        browser.check("workbench-explain-error");

        browser.open("/policy/explain?review=" + id);
        assertThat(browser.text("#explanation-heading")).startsWith("leicester, level 2");
        browser.open("/policy/explain?review=no-such-review");
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    /** The row of the grid whose rule name is {@code name}. */
    private WebElement rowNamed(String name) {
        return browser.all(".ladder-grid tbody tr").stream()
                .filter(tr -> name.equals(tr.findElement(By.cssSelector("input")).getAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name + " in the grid"));
    }

    /** In the editor (CodeMirror), what 60 % means for the scenarios that said 50 %; then "Save". */
    private void fixInTheEditor() {
        browser.script("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + "cm.setValue(cm.getValue()"
                + ".replaceAll('observed 50% of the next-level behaviours', 'observed 60% of the next-level behaviours')"
                + ".replaceAll('show 8 more of these 15 behaviours', 'show 9 more of these 15 behaviours')"
                + ".replaceAll('asks for 8 more of its 15 behaviours', 'asks for 9 more of its 15 behaviours'));");
        browser.clickAndWait("#editor-save");
    }

    /** PUTs a draft's file as text through the API, as the analyst (what a script of the council would do). */
    private int putText(String path, String text) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("analyst:" + ApiClient.TEST_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(text)).build();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ApiClient analyst() {
        return api.as("analyst");
    }

    @Test
    void aMisspeltBehaviourIsShownAtItsCellAndFixedFromThePickList() {
        as("analyst").open("/policy");
        browser.clickAndWait("#start-draft");
        String draft = browser.path().substring("/policy/drafts/".length());
        String file = "/api/policy/drafts/" + draft + "/files/conduct-concerns.drl.csv";
        String table = analyst().get(file).text();
        assertThat(table).contains(",Acts in an underhand way,");
        assertThat(putText(file, table.replace(",Acts in an underhand way,", ",Acts in an underhand wya,")))
                .isEqualTo(204);

        browser.clickAndWait("#check-draft");
        WebElement problem = browser.all("#check-summary li a").stream()
                .filter(a -> a.getText().contains("Acts in an underhand wya")).findFirst().orElseThrow();
        assertThat(problem.getText()).startsWith("conduct-concerns.drl.csv, row ");
        assertThat(browser.text("#check-problems")).contains("Acts in an underhand way");
        browser.clickAndWait(problem);

        // The grid: the problem in the error summary, linked to the cell, which keeps the misspelt value
        assertThat(browser.heading()).isEqualTo("conduct-concerns.drl.csv");
        String cell = browser.find("#grid-problems a").getAttribute("href").replaceAll(".*#", "");
        Select behaviour = new Select(browser.find("#" + cell));
        assertThat(behaviour.getFirstSelectedOption().getText()).isEqualTo("Acts in an underhand wya (not in the frameworks)");
        assertThat(browser.find("#" + cell).findElement(By.xpath("ancestor::td")).getAttribute("class"))
                .contains("ladder-grid__cell--error");
        // the pick-list offers the councils' red-flag behaviours in their words
        assertThat(behaviour.getOptions().stream().map(WebElement::getText))
                .contains("Acts in an underhand way", "Ignores discrimination");
        browser.check("workbench-grid-problem");

        behaviour.selectByValue("Acts in an underhand way");
        browser.clickAndWait("#grid-save");
        assertThat(analyst().get(file).text()).isEqualTo(table);

        // Add a row (a new conduct concern) and remove it again: only the table's rows change
        browser.clickAndWait("#table-0-add");
        WebElement added = browser.find("#table-0-new");
        List<WebElement> inputs = added.findElements(By.cssSelector("input.govuk-input"));
        inputs.get(0).sendKeys("Conduct: takes credit for others' work");
        Select newBehaviour = new Select(added.findElement(By.cssSelector("select")));
        String text = newBehaviour.getOptions().stream().map(o -> o.getAttribute("value"))
                .filter(v -> !v.isEmpty() && !table.contains(v)).findFirst().orElseThrow();
        newBehaviour.selectByValue(text);
        inputs.get(1).sendKeys("it is on the conduct-concern list (integrity)");
        browser.clickAndWait("#grid-save");
        String withRow = analyst().get(file).text();
        assertThat(withRow).startsWith(table.strip()).contains("\nConduct: takes credit for others' work,");
        assertThat(withRow.lines().count()).isEqualTo(table.lines().count() + 1);
        List<WebElement> rows = browser.all("#table-0 tbody tr");
        rows.get(rows.size() - 1).findElement(By.cssSelector("button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> analyst().get(file).text().equals(table));
        browser.open("/policy/drafts/" + draft);
        browser.clickAndWait("#check-draft");
        assertThat(browser.text("#check-passed")).contains("The draft passes every check");
    }

    @Test
    void theGlossaryListsEverySentenceAScenarioMayUse() throws IOException {
        long sentences = Files.readAllLines(FEATURES.resolve("GLOSSARY.md")).stream()
                .filter(line -> line.startsWith("### `")).count();
        as("analyst").open("/policy/glossary");
        assertThat(browser.heading()).isEqualTo("Scenario sentences");
        assertThat(browser.all(".ladder-glossary-sentence")).hasSize((int) sentences);
        assertThat(browser.all(".ladder-glossary-sentence h3").stream().map(WebElement::getText))
                .contains("Given the reviewer observed {int}% of the next-level behaviours in every competency of the next level");
        browser.check("workbench-glossary");
    }

    @Test
    void theDraftsInProgressAreListedAndADraftCanBeDiscarded() {
        as("analyst").open("/policy");
        browser.clickAndWait("#start-draft");
        String draft = browser.path().substring("/policy/drafts/".length());

        browser.open("/policy");
        List<WebElement> rows = browser.all("#drafts-table tbody tr");
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains(draft, "analyst",
                api.get("/api/rules/status").body().get("version").asString()));
        assertThat(browser.all("#draft-discarded")).as("no banner until a draft is discarded").isEmpty();
        browser.check("workbench-drafts");

        browser.clickAndWait(browser.find("#drafts-table a[href$='" + draft + "']"));
        assertThat(browser.text("#draft-id")).isEqualTo(draft);
        browser.clickAndWait("#discard-draft");

        assertThat(browser.path()).startsWith("/policy?discarded");
        assertThat(browser.text("#draft-discarded")).contains("The draft was discarded");
        assertThat(browser.all("#drafts-table a").stream().map(WebElement::getText)).doesNotContain(draft);
        browser.open("/policy/drafts/" + draft);
        assertThat(browser.text("#error-detail")).contains("it may have been published or discarded");
    }

    @Test
    void aReassessmentCutShortByAStopShowsAsStoppedWithWhatToDo(@Autowired RdfStore store) {
        RecordedJobs.cutShort(store, "cut-short-job", Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T09:00:30Z"));

        as("analyst").open("/policy/reassessments/cut-short-job");

        assertThat(browser.text("#job-status")).isEqualTo("Stopped");
        assertThat(browser.find("#job").getAttribute("data-status")).isEqualTo("STOPPED");
        assertThat(browser.text("#job-note")).contains("The service stopped before this re-assessment ended",
                "it does only what is left");
        assertThat(browser.text("#job-done")).isEqualTo("14 of 40 reviews (35%)");
        assertThat(browser.text("#job-finished")).isEqualTo("1 Dec 2026, 09:00 UTC");
        browser.check("workbench-job-stopped");
    }

    @Test
    void aSpreadsheetTableIsDownloadedAndUploadedAndAFileThatIsNotAWorkbookIsRefused() throws IOException {
        String table = Files.readString(RULES.resolve("readiness-threshold.drl.csv"));
        byte[] workbook = TestWorkbooks.of("Thresholds", table.lines().toList());
        String draft = analyst().post("/api/policy/drafts").body().get("id").asString();
        Path folder = Files.createTempDirectory(WORK, "uploads");
        Path xlsx = Files.write(folder.resolve("readiness-threshold.drl.xlsx"), workbook);
        Path csv = Files.writeString(folder.resolve("thresholds.csv"), table);
        // the draft's table as a workbook (a blank one first), put there through the API as a council's script would
        assertThat(analyst().delete("/api/policy/drafts/" + draft + "/files/readiness-threshold.drl.csv").status())
                .isEqualTo(204);
        assertThat(analyst().put("/api/policy/drafts/" + draft + "/files/readiness-threshold.drl.xlsx",
                PolicyDrafts.XLSX, TestWorkbooks.of("Thresholds", List.of("RuleSet,x"))).status()).isEqualTo(204);

        // open it from the draft's page, upload the real table
        as("analyst").open("/policy/drafts/" + draft);
        browser.clickAndWait(browser.find("a[href*='readiness-threshold.drl.xlsx']"));
        assertThat(browser.heading()).isEqualTo("readiness-threshold.drl.xlsx");
        browser.find("#workbook").sendKeys(xlsx.toAbsolutePath().toString());
        browser.clickAndWait("#workbook-upload");
        assertThat(browser.text("#file-saved")).contains("Saved in the draft");
        assertThat(browser.find("#workbook-download").getAttribute("href"))
                .contains("/policy/drafts/" + draft + "/workbook?path=readiness-threshold.drl.xlsx");
        browser.check("workbench-spreadsheet");

        // a CSV chosen by mistake: refused at the field, saying what it is, and the draft keeps its workbook
        browser.find("#workbook").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait("#workbook-upload");
        assertThat(browser.text(".govuk-error-summary")).contains("'thresholds.csv' was not saved",
                "is not an Excel workbook", "not a zip archive");
        assertThat(browser.text("#workbook-error")).contains("is not an Excel workbook");
        browser.check("workbench-spreadsheet-error");
        // what the draft holds is the workbook uploaded before, byte for byte (the download link serves it)
        Object download = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('workbook-download').href, {credentials: 'same-origin'})"
                + ".then(async r => done([String(r.status), r.headers.get('Content-Type'),"
                + " r.headers.get('Content-Disposition'), String((await r.arrayBuffer()).byteLength)]))");
        assertThat(download).asList().containsExactly("200", PolicyDrafts.XLSX,
                "attachment; filename=\"readiness-threshold.drl.xlsx\"", String.valueOf(workbook.length));
        assertThat(analyst().post("/api/policy/drafts/" + draft + "/check").body().get("problems")).isEmpty();
        analyst().delete("/api/policy/drafts/" + draft);
    }

    @Test
    void employeesAndLndCannotOpenTheWorkbench() {
        for (String user : List.of("MK0005", "lnd")) {
            for (String page : List.of("/policy", "/policy/history", "/policy/explain")) {
                as(user).open(page);
                assertThat(browser.heading()).as(user + " " + page).isEqualTo("You cannot open this page");
                assertThat(browser.text("#error-detail")).contains("This page is for ANALYST and ADMIN");
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ladder-workbench-page");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
