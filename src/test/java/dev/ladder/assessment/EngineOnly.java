package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kie.api.runtime.KieSession;

import dev.ladder.framework.Framework;
import dev.ladder.review.Review;

/**
 * For {@code AssessmentBenchmark.engineBatch}: only what the rule engine does for each review, with its
 * facts built beforehand — take a pooled session, insert the facts, fire the rules, read the findings
 * back, dispose — as {@link Assessor} does between building the facts and assembling the assessment.
 * What that costs is the floor of the Drools path for the present rules and facts: checking the review,
 * building its facts and assembling the assessment come on top.
 */
public final class EngineOnly {

    private final RuleSet rules;
    private final List<List<Object>> facts = new ArrayList<>();

    public EngineOnly(RuleSets ruleSets, List<Review> reviews, List<Optional<Review>> previous,
                      List<Framework> frameworks) {
        this.rules = ruleSets.current().orElseThrow();
        for (int i = 0; i < reviews.size(); i++) {
            facts.add(List.copyOf(FactBuilder.facts(reviews.get(i), frameworks.get(i), previous.get(i))));
        }
    }

    /** Runs the rules over every review's facts; returns how many red flags, learning needs and verdicts they reached. */
    public int runAll() {
        int conclusions = 0;
        for (List<Object> each : facts) {
            KieSession session = rules.pooledSession();
            try {
                each.forEach(session::insert);
                session.fireAllRules();
                Findings findings = Findings.of(session);
                conclusions += findings.redFlags().size() + findings.learningNeeds().size() + findings.verdicts().size();
            } finally {
                session.dispose();
            }
        }
        return conclusions;
    }
}
