package dev.ladder.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.LadderProperties;
import dev.ladder.assessment.RuleSets;

/**
 * Every scenario of the top-level {@code features/} folder, run in this process against the rule set
 * in service, one test per scenario (per row of examples). A failing scenario fails its test with the
 * step that failed and why, in the words an analyst sees in the workbench.
 *
 * <p>One feature alone: {@code ./mvnw test -Dtest=FeaturesTest -Dfeature=readiness} (the files whose
 * path contains the text).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeaturesTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    LadderProperties properties;

    @TestFactory
    Stream<DynamicTest> everyScenarioHolds() {
        SortedMap<String, String> features = selected(Scenarios.read(properties.featuresDir()));
        assertThat(features).as("feature files in " + properties.featuresDir()).isNotEmpty();
        ScenarioReport report = scenarios.run(features, ruleSets.current().orElseThrow());
        assertThat(report.results()).as("scenarios run").isNotEmpty();
        assertThat(report.results().stream().map(ScenarioResult::feature).distinct()).as("files with scenarios")
                .containsExactlyInAnyOrderElementsOf(features.keySet());
        return report.results().stream().map(result -> DynamicTest.dynamicTest(
                result.feature() + ":" + result.line() + " " + result.name(),
                Path.of(properties.featuresDir().toString(), result.feature()).toUri(),
                () -> {
                    if (result.status() != ScenarioResult.Status.PASSED) {
                        fail(result.feature() + ":" + (result.failedStepLine() == null ? result.line() : result.failedStepLine())
                                + " " + (result.failedStep() == null ? "" : result.failedStep() + ": ") + result.message());
                    }
                }));
    }

    /** All feature files, or those whose path contains {@code -Dfeature=…}. */
    private static SortedMap<String, String> selected(Map<String, String> all) {
        String only = System.getProperty("feature", "");
        SortedMap<String, String> chosen = new TreeMap<>();
        all.forEach((path, text) -> {
            if (path.contains(only)) {
                chosen.put(path, text);
            }
        });
        return chosen;
    }
}
