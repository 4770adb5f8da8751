package dev.ladder.assessment;

import java.util.List;

/**
 * How a rule set reached its assessment of one review: every rule that fired with the facts it used
 * (in the council's words), in firing order, and each condition of READY with whether it held.
 *
 * @param assessment the assessment; null when the rule set could not assess the review ({@code problem})
 * @param problem    why the rule set could not assess it (a policy value missing, no verdict…), naming
 *                   the file to fix; null when it could. The rules that fired are listed either way.
 */
public record Explanation(String ruleSetVersion, Assessment assessment, List<FiredRule> fired,
                          List<Condition> readiness, String problem) {

    public Explanation {
        fired = List.copyOf(fired);
        readiness = List.copyOf(readiness);
    }

    /**
     * One firing of a rule.
     *
     * @param facts     the facts it matched, described in the council's words (a collection's members one by one)
     * @param concluded what it inserted; "(withdrawn …)" when the facts behind a finding later stopped holding
     */
    public record FiredRule(String rule, List<String> facts, List<String> concluded) {

        public FiredRule {
            facts = List.copyOf(facts);
            concluded = List.copyOf(concluded);
        }
    }

    /** One condition of READY as {@code rules/readiness.drl} states it, and whether it held for this review. */
    public record Condition(String text, boolean held) {
    }
}
