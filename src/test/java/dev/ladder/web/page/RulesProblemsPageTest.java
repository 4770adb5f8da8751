package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.framework.OntologyWorkspace;

/**
 * The rules page when the latest compilation failed: the rule set compiled before stays in service and
 * the page lists why the new one did not compile, by file and line. A context of its own, on a COPY of
 * {@code rules/} (the real folder is never touched), without the watcher: the broken file is compiled
 * by the page's "Reload rules".
 */
class RulesProblemsPageTest extends PageTest {

    private static final Path WORK = temporaryFolder();
    private static final Path RULES = WORK.resolve("rules");

    @DynamicPropertySource
    static void rulesCopy(DynamicPropertyRegistry registry) {
        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        registry.add("ladder.rules-dir", RULES::toString);
        registry.add("ladder.watch-rules", () -> "false");
    }

    @AfterAll
    static void removeCopy() {
        OntologyWorkspace.delete(WORK);
    }

    @Test
    void aFailedCompilationIsListedByFileAndLineWhileTheLastGoodRuleSetServes() throws IOException {
        String version = api.get("/api/rules/status").body().get("version").asString();
        Files.writeString(RULES.resolve("broken.drl"), """
                package dev.ladder.rules

                rule "Broken on purpose"
                when
                    NoSuchFact( )
                then
                end
                """);

        as("analyst").open("/rules");
        browser.clickAndWait("#rules-reload");

        assertThat(browser.text("#rules-reloaded")).contains("The rules did not compile",
                "rule set " + version + " stays in service");
        assertThat(browser.text("#rules-version")).isEqualTo(version);
        assertThat(browser.text("#rules-failed")).contains("do not compile", "Rule set " + version + ", compiled before, stays in service");
        assertThat(browser.text("#rules-last")).contains("failed with 1 problem");
        List<String> problems = browser.all("#rules-problems tbody tr").stream().map(WebElement::getText).toList();
        assertThat(problems).isNotEmpty().anySatisfy(p -> assertThat(p).startsWith("broken.drl 5").contains("NoSuchFact"));
        // next to Drools' message, what it means in plain English
        assertThat(browser.all("#rules-problems .ladder-problems__hint").stream().map(WebElement::getText))
                .anySatisfy(hint -> assertThat(hint).contains("There is no fact called \"NoSuchFact\""));
        assertThat(api.get("/api/rules/status").body().get("lastAttempt").get("problems").size())
                .isEqualTo(problems.size());
        browser.check("rules-problems");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ladder-rules-page");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
