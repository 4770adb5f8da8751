package dev.ladder.web.page.policy;

import java.util.List;

import dev.ladder.assessment.Explanation;
import dev.ladder.review.Review;

/**
 * An explanation as the page shows it: which review (framework, level, period, department; never a
 * name), under which rule set, the verdict, every rule that fired with its facts, and each condition of
 * READY with whether it held.
 */
record ExplainView(String framework, int level, String period, String department, String storedId,
                   boolean withPrevious, String ruleSetVersion, String draft, String status, String because,
                   List<Explanation.FiredRule> fired, List<Explanation.Condition> readiness, int redFlags,
                   int needs) {

    /**
     * @param hideId whether the viewer may not see whose review it is: the employee id is then left out of
     *               every fact and reason
     */
    static ExplainView of(Review review, String storedId, boolean withPrevious, Explanation e, String draft,
                          boolean hideId) {
        java.util.function.UnaryOperator<String> words = text -> text == null || !hideId || review.employeeId() == null
                ? text : text.replace("employee " + review.employeeId(), "the employee")
                .replace(review.employeeId(), "the employee");
        List<Explanation.FiredRule> fired = e.fired().stream().map(f -> new Explanation.FiredRule(words.apply(f.rule()),
                f.facts().stream().map(words).toList(), f.concluded().stream().map(words).toList())).toList();
        List<Explanation.Condition> readiness = e.readiness().stream()
                .map(c -> new Explanation.Condition(words.apply(c.text()), c.held())).toList();
        var a = e.assessment();
        return new ExplainView(review.framework(), review.level(), review.period(), review.department(), storedId,
                withPrevious, e.ruleSetVersion(), draft,
                a == null || a.readiness() == null ? "none" : a.readiness().status(),
                a == null || a.readiness() == null ? null : words.apply(a.readiness().because()),
                fired, readiness, a == null ? 0 : a.redFlags().size(), a == null ? 0 : a.learningNeeds().size());
    }
}
