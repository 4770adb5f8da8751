package dev.ladder.policy;

import java.util.List;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.scenario.ScenarioReport;

/**
 * What checking a draft found: problems of its files (compile, ontology references, lint, sample
 * reviews), its scenarios' results (null when the rules did not compile, so no scenario could run),
 * and the rules no scenario makes fire.
 */
public record CheckReport(String version, List<RuleProblem> problems, ScenarioReport scenarios,
                          List<String> uncoveredRules) {

    public CheckReport {
        problems = List.copyOf(problems);
        uncoveredRules = List.copyOf(uncoveredRules);
    }

    /** Whether the draft may be published: no problem, and every scenario ran and passed. */
    public boolean passed() {
        return problems.isEmpty() && scenarios != null && scenarios.failed() == 0;
    }
}
