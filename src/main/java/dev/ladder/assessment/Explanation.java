package dev.ladder.assessment;

import java.util.List;

/**
 * How a rule set reached its assessment of one review: every rule that fired with the facts it used
 * (in the council's words), and each condition of READY with whether it held.
 */
public record Explanation(String ruleSetVersion, Assessment assessment, List<FiredRule> fired,
                          List<Condition> readiness) {

    public record FiredRule(String rule, List<String> facts) {
    }

    public record Condition(String text, boolean held) {
    }
}
