package dev.ladder.web.page;

import dev.ladder.assessment.RuleSet;
import dev.ladder.assessment.RuleSets;

/** What "Reload rules" did, for the banner after it: whether the rules compiled, and what serves now. */
record RulesReloaded(boolean compiled, String heading, String detail) implements java.io.Serializable {

    static RulesReloaded of(RuleSets.Attempt attempt, RuleSet current) {
        if (attempt.problems().isEmpty()) {
            return new RulesReloaded(true, "The rules compiled",
                    "Rule set " + attempt.version() + " is in service (compiled in " + attempt.millis() + " ms).");
        }
        int n = attempt.problems().size();
        return new RulesReloaded(false, "The rules did not compile",
                (n == 1 ? "1 problem" : n + " problems") + "; " + (current == null ? "no rule set is in service"
                        : "rule set " + current.version() + " stays in service") + ". The problems are listed below.");
    }
}
