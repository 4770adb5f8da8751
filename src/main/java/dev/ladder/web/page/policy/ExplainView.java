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

    static ExplainView of(Review review, String storedId, boolean withPrevious, Explanation e, String draft) {
        var a = e.assessment();
        return new ExplainView(review.framework(), review.level(), review.period(), review.department(), storedId,
                withPrevious, e.ruleSetVersion(), draft,
                a == null || a.readiness() == null ? "none" : a.readiness().status(),
                a == null || a.readiness() == null ? null : a.readiness().because(),
                e.fired(), e.readiness(), a == null ? 0 : a.redFlags().size(), a == null ? 0 : a.learningNeeds().size());
    }
}
