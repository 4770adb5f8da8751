package dev.ladder.scenario;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.ladder.assessment.RuleSet;

/** Runs the policy's Cucumber scenarios against a rule set, in this process, without touching the service. */
@Component
public class Scenarios {

    /**
     * @param features feature files by path relative to the features folder, with their text
     * @param rules    the rule set to assess with (a draft, or the one in service)
     */
    public ScenarioReport run(Map<String, String> features, RuleSet rules) {
        throw new UnsupportedOperationException("TODO(scenario helper)");
    }
}
