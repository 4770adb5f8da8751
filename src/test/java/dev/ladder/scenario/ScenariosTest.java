package dev.ladder.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.LadderProperties;
import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;

/**
 * What an analyst sees when a scenario does not hold: the scenario, the step that failed and why, in
 * plain words; and which rules the scenarios made fire. Runs in this process, with the rule set in
 * service or a draft built from files in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenariosTest {

    private static final String READY_AT_LEVEL_2 = """
            Feature: A Milton Keynes employee ready for level 3

              Scenario: Ready
                Given a Milton Keynes employee at level 2
                And they are rated 3 in every competency of their level
                And the reviewer observed 50% of the next-level behaviours in every competency of the next level
                When the review is assessed
                Then readiness for level 3 is VERDICT
            """;

    @Autowired
    Scenarios scenarios;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    LadderProperties properties;

    @Test
    void aScenarioThatHoldsPasses() {
        ScenarioReport report = run(READY_AT_LEVEL_2.replace("VERDICT", "READY"));

        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        ScenarioResult result = report.results().get(0);
        assertThat(result).extracting(ScenarioResult::feature, ScenarioResult::name, ScenarioResult::line,
                ScenarioResult::status, ScenarioResult::failedStep, ScenarioResult::message)
                .containsExactly("ready.feature", "Ready", 3, ScenarioResult.Status.PASSED, null, null);
    }

    @Test
    void aChangedExpectationFailsAtItsStepInPlainWords() {
        ScenarioReport report = run(READY_AT_LEVEL_2.replace("VERDICT", "DEVELOPING"));

        assertThat(report.failed()).isEqualTo(1);
        ScenarioResult result = report.results().get(0);
        assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAILED);
        assertThat(result.failedStep()).isEqualTo("Then readiness for level 3 is DEVELOPING");
        assertThat(result.failedStepLine()).isEqualTo(8);
        assertThat(result.message()).startsWith("Readiness is READY (Rule \"Readiness: ready\": ")
                .endsWith("; the scenario expects DEVELOPING.");
        assertPlainWords(result.message());
    }

    @Test
    void aBehaviourTheCouncilDoesNotWriteIsNamedInTheFailure() {
        ScenarioReport report = run("""
                Feature: A typo
                  Scenario: Impatient
                    Given a Milton Keynes employee at level 2
                    And the reviewer observed "Impatient with customer"
                    When the review is assessed
                    Then they have a red flag of concern for "Impatient with customers"
                """);

        ScenarioResult result = report.results().get(0);
        assertThat(result.failedStep()).isEqualTo("And the reviewer observed \"Impatient with customer\"");
        assertThat(result.message()).isEqualTo("The Milton Keynes Council framework has no behaviour"
                + " \"Impatient with customer\". Copy the behaviour exactly as the council writes it.");
    }

    @Test
    void aSentenceNoStepKnowsFailsAndPointsAtTheGlossary() {
        ScenarioReport report = run("""
                Feature: A sentence no step knows
                  Scenario: Keen
                    Given a Milton Keynes employee at level 2
                    And they are keen to learn
                    When the review is assessed
                """);

        ScenarioResult result = report.results().get(0);
        assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAILED);
        assertThat(result.failedStep()).isEqualTo("And they are keen to learn");
        assertThat(result.message()).startsWith("no step matches 'they are keen to learn'; see the glossary");
    }

    @Test
    void anUnknownCouncilIsNamedWithTheCouncilsThereAre() {
        ScenarioReport report = run("""
                Feature: A council Ladder does not have
                  Scenario: Atlantis
                    Given an Atlantis employee at level 1
                """);

        ScenarioResult result = report.results().get(0);
        assertThat(result.failedStep()).isEqualTo("Given an Atlantis employee at level 1");
        assertThat(result.message()).startsWith("Ladder has no framework of a council called \"Atlantis\"; it has those of ")
                .contains("Milton Keynes Council");
        assertPlainWords(result.message());
    }

    @Test
    void aFileThatIsNotGherkinIsOneFailureNamingItsLineAndOtherFilesAreLeftOut() {
        ScenarioReport report = scenarios.run(Map.of("broken.feature", """
                Feature: Broken
                  Scenario: One
                    Given a Milton Keynes employee at level 2
                  this line is no step
                """, "ready.feature", READY_AT_LEVEL_2.replace("VERDICT", "READY"),
                "GLOSSARY.md", "# Step glossary, not a feature"), rules());

        assertThat(report.results()).hasSize(2);
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        ScenarioResult broken = report.results().get(0);
        assertThat(broken.feature()).isEqualTo("broken.feature");
        assertThat(broken.line()).isEqualTo(4);
        assertThat(broken.message()).startsWith("line 4, column 3: ");
    }

    @Test
    void firedRulesNamesTheRulesThatFiredAndNoOther() {
        ScenarioReport report = run("""
                Feature: A concern
                  Scenario: Impatient
                    Given a Milton Keynes employee at level 2
                    And they are rated 3 in every competency of their level
                    And the reviewer observed "Impatient with customers"
                    When the review is assessed
                    Then they have a red flag of concern for "Impatient with customers"
                """);

        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.firedRules()).contains("Red flag: observed negative behaviour, concern", "Readiness: developing")
                .doesNotContain("Readiness: top of the ladder", "Serious: also observed in the previous review");
        assertThat(rules().rules()).containsAll(report.firedRules());
        assertThat(report.rulesNotFired(rules())).contains("Readiness: top of the ladder")
                .doesNotContain("Red flag: observed negative behaviour, concern");
    }

    @Test
    void aDraftWithAnotherThresholdFailsTheScenariosThatSayFiftyPercent() throws Exception {
        SortedMap<String, byte[]> files = new TreeMap<>(RuleSetCompiler.readFolder(ruleSets.folder()));
        String table = new String(files.get("readiness-threshold.drl.csv"), java.nio.charset.StandardCharsets.UTF_8);
        String changed = table.replaceAll("(?m)^(Threshold: leicester,.*)\\b50\\b", "$160");
        assertThat(changed).as("the Leicester row of the threshold table").isNotEqualTo(table);
        files.put("readiness-threshold.drl.csv", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RuleSetCompiler.Result draft = ruleSets.build(files);
        assertThat(draft.problems()).isEmpty();
        String readiness = Files.readString(properties.featuresDir().resolve("assessment-readiness.feature"));
        try {
            ScenarioReport report = scenarios.run(Map.of("assessment-readiness.feature", readiness), draft.ruleSet());

            List<ScenarioResult> failed = report.results().stream().filter(r -> r.status() == ScenarioResult.Status.FAILED).toList();
            assertThat(failed).isNotEmpty().allSatisfy(r -> assertPlainWords(r.message()));
            assertThat(failed).anySatisfy(r -> {
                assertThat(r.failedStep()).isEqualTo("Then readiness for level 2 is READY");
                assertThat(r.message()).startsWith("Readiness is DEVELOPING (");
            });
            assertThat(ruleSets.current().orElseThrow().version()).as("the rule set in service").isNotEqualTo(draft.ruleSet().version());
        } finally {
            ruleSets.release(draft.ruleSet());
        }
    }

    private ScenarioReport run(String feature) {
        return scenarios.run(Map.of("ready.feature", feature), rules());
    }

    private RuleSet rules() {
        return ruleSets.current().orElseThrow();
    }

    private static void assertPlainWords(String message) {
        assertThat(message).doesNotContain("Exception", "Error", "\tat ", "dev.ladder", "java.", "io.cucumber");
    }
}
