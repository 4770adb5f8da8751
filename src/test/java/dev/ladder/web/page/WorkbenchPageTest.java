package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.framework.OntologyWorkspace;
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
        assertThat(threshold.findElement(org.openqa.selenium.By.tagName("h2")).getText()).isEqualTo("Readiness threshold");
        assertThat(threshold.findElements(org.openqa.selenium.By.cssSelector("thead th")).stream().map(WebElement::getText))
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
