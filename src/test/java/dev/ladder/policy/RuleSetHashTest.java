package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.ladder.assessment.RuleSetCompiler;

/** The version recorded for a policy nobody compiled here is the one the compiler would give it. */
class RuleSetHashTest {

    @Test
    void agreesWithTheCompilersVersionOfTheProjectsRules() {
        SortedMap<String, byte[]> rules = RuleSetCompiler.readFolder(Path.of("rules"));
        RuleSetCompiler compiler = new RuleSetCompiler();
        RuleSetCompiler.Result compiled = compiler.compile(rules);
        try {
            assertThat(compiled.ok()).as(compiled.problems().toString()).isTrue();
            SortedMap<String, byte[]> withScenario = new TreeMap<>(rules);
            withScenario.put("features/x.feature", "Feature: x".getBytes(StandardCharsets.UTF_8));

            assertThat(RuleSetHash.of(withScenario)).as("scenarios are no part of the rule set")
                    .isEqualTo(compiled.ruleSet().version());
        } finally {
            compiler.release(compiled.ruleSet());
        }
    }

    @Test
    void noRuleFilesNoVersion() {
        assertThat(RuleSetHash.of(java.util.Map.of("features/x.feature", new byte[0]))).isNull();
    }
}
