package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ladder.assessment.fact.Employee;
import dev.ladder.assessment.fact.Expectation;
import dev.ladder.assessment.fact.NextLevelBehaviour;
import dev.ladder.assessment.fact.Observation;
import dev.ladder.assessment.fact.PreviousObservation;
import dev.ladder.assessment.fact.Rating;
import dev.ladder.assessment.fact.Scope;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.review.Review;

/**
 * Turns a validated review and its framework snapshot into the facts the rules read. Only what the
 * rules need is inserted: the employee, what the current and next level expect, the ratings, the
 * observed behaviours, the positive behaviours the next level introduces, and the behaviours
 * observed in the previous review.
 */
final class FactBuilder {

    private FactBuilder() {
    }

    /** @param previous the employee's latest earlier review, if any */
    static List<Object> facts(Review review, Framework framework, Optional<Review> previous) {
        List<Object> facts = new ArrayList<>();
        int level = review.level();
        Integer next = framework.nextRank(level).orElse(null);
        facts.add(new Employee(review.employeeId(), framework.id(), level, next, review.period(), review.department()));

        // What a level expects and the behaviours it introduces are kept with the framework, built once per load.
        Framework current = framework.expectedAt(level);
        current.competencies().forEach(c -> facts.add(Expectation.current(c.id(), c.title(), level)));
        if (next != null) {
            // Both lists are in framework order: each competency, then the behaviours it introduces.
            List<Framework.Located> introduced = framework.positivesIntroducedAt(next);
            int i = 0;
            for (Competency competency : framework.expectedAt(next).competencies()) {
                List<NextLevelBehaviour> behaviours = new ArrayList<>();
                for (; i < introduced.size() && introduced.get(i).competency().id().equals(competency.id()); i++) {
                    Indicator behaviour = introduced.get(i).indicator();
                    behaviours.add(new NextLevelBehaviour(behaviour.id(), competency.id(), behaviour.text(), next));
                }
                facts.add(new Expectation(competency.id(), competency.title(), next, Scope.NEXT, behaviours));
            }
        }
        for (Review.CompetencyRating rating : review.ratings()) {
            Competency competency = framework.competency(rating.competency()).orElseThrow();
            String label = framework.ratingScale().point(rating.rating()).map(p -> p.label()).orElse("?");
            facts.add(new Rating(competency.id(), competency.title(), rating.rating(), label,
                    current.competency(competency.id()).isPresent()));
        }
        for (Review.ObservedBehaviour observed : review.observed()) {
            Framework.Located located = framework.indicator(observed.indicator()).orElseThrow();
            Indicator indicator = located.indicator();
            facts.add(new Observation(indicator.id(), located.competency().id(), located.competency().title(),
                    indicator.text(), indicator.polarity(), indicator.kind().replace('-', ' '), indicator.level(),
                    current.competency(located.competency().id()).isPresent(), observed.evidence()));
        }
        previous.ifPresent(earlier -> earlier.observed().forEach(
                o -> facts.add(new PreviousObservation(o.indicator(), earlier.period()))));
        return facts;
    }
}
