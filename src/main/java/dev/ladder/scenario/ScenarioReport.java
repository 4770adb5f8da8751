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

    /** The rules of {@code rules} that no scenario made fire, by name, in the rule set's order. */
    public List<String> rulesNotFired(dev.ladder.assessment.RuleSet rules) {
        return rules.rules().stream().filter(rule -> !firedRules.contains(rule)).toList();
    }
}
