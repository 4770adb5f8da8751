package dev.ladder.scenario;

import java.util.List;
import java.util.Set;

/**
 * Every scenario of a set of feature files run against one rule set.
 *
 * @param firedRules the names of the rules that fired in at least one scenario (the rest are not
 *                   covered by any scenario)
 */
public record ScenarioReport(int passed, int failed, List<ScenarioResult> results, Set<String> firedRules) {

    public ScenarioReport {
        results = List.copyOf(results);
        firedRules = Set.copyOf(firedRules);
    }
}
