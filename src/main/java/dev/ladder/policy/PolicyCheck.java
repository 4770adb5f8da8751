package dev.ladder.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.assessment.RuleSets;
import dev.ladder.scenario.ScenarioReport;
import dev.ladder.scenario.Scenarios;

/**
 * Checks a set of policy files (a draft, or an earlier version being rolled back to) without
 * touching the service: builds their rule set (compile, ontology references, lint, sample reviews),
 * runs every scenario against it, and names the rules no scenario makes fire. The draft's rule set
 * is released afterwards.
 */
@Component
class PolicyCheck {

    private final RuleSets ruleSets;
    private final Scenarios scenarios;

    PolicyCheck(RuleSets ruleSets, Scenarios scenarios) {
        this.ruleSets = ruleSets;
        this.scenarios = scenarios;
    }

    CheckReport check(Map<String, byte[]> files) {
        SortedMap<String, byte[]> rules = new TreeMap<>();
        SortedMap<String, String> features = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (PolicyFiles.isFeature(path)) {
                features.put(path.substring(PolicyFiles.FEATURES.length()), new String(bytes, StandardCharsets.UTF_8));
            } else {
                rules.put(path, bytes);
            }
        });
        RuleSetCompiler.Result built = ruleSets.build(rules);
        if (!built.ok()) {
            return new CheckReport(null, built.problems(), null, List.of());
        }
        try {
            ScenarioReport report = scenarios.run(features, built.ruleSet());
            List<String> uncovered = built.ruleSet().rules().stream()
                    .filter(rule -> !report.firedRules().contains(rule)).toList();
            return new CheckReport(built.ruleSet().version(), List.of(), report, uncovered);
        } catch (RuntimeException e) {
            // the scenarios could not run at all; say so as a problem rather than fail the request
            return new CheckReport(built.ruleSet().version(), List.of(new RuleProblem("features", null, null,
                    "The scenarios could not be run: " + e.getMessage())), null, List.of());
        } finally {
            ruleSets.release(built.ruleSet());
        }
    }
}
