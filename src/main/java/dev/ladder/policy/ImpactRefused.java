package dev.ladder.policy;

import java.util.List;

import dev.ladder.assessment.RuleProblem;

/** A draft whose impact cannot be previewed because its rules do not compile; nothing was assessed. */
public class ImpactRefused extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public ImpactRefused(List<RuleProblem> problems) {
        super("The draft's rules do not compile (" + problems.size() + " problem(s)); its impact cannot be previewed");
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
