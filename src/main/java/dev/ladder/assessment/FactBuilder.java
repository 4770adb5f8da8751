package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

    /**
     * What a framework's level expects, and its next level with the behaviours it introduces, as facts:
     * the same for everyone at that level, so built once per framework snapshot and level and shared by
     * every session (facts are immutable records; the rules never modify them). A snapshot replaced by
     * an ontology load is forgotten with it (weak keys compare by identity).
     */
    private static final Cache<Framework, Map<Integer, List<Expectation>>> EXPECTATIONS =
            Caffeine.newBuilder().weakKeys().build();

    /** "negative-sign" as "negative sign": the few kinds of indicator, each spelt out once. */
    private static final Map<String, String> KIND_WORDS = new ConcurrentHashMap<>();

    private FactBuilder() {
    }

    /** @param previous the employee's latest earlier review, if any */
    static List<Object> facts(Review review, Framework framework, Optional<Review> previous) {
        int level = review.level();
        Integer next = framework.nextRank(level).orElse(null);
        List<Expectation> expectations = expectations(framework, level);
        List<Object> facts = new ArrayList<>(1 + expectations.size() + review.ratings().size() + review.observed().size()
                + previous.map(earlier -> earlier.observed().size()).orElse(0));
        facts.add(new Employee(review.employeeId(), framework.id(), level, next, review.period(), review.department()));
        facts.addAll(expectations);
        Framework current = framework.expectedAt(level);
        for (Review.CompetencyRating rating : review.ratings()) {
            Competency competency = framework.competency(rating.competency()).orElseThrow();
            String label = framework.ratingScale().point(rating.rating()).map(p -> p.label()).orElse("?");
            facts.add(new Rating(competency.id(), competency.title(), rating.rating(), label,
                    current.competency(competency.id()).isPresent()));
        }
        // One look-up per behaviour: the indicator, its competency, and whether that is expected at the level.
        Map<String, Framework.Recordable> recordable = framework.recordableAt(level);
        for (Review.ObservedBehaviour observed : review.observed()) {
            Framework.Recordable found = recordable.get(observed.indicator());
            Framework.Located located = found.located();
            Indicator indicator = located.indicator();
            facts.add(new Observation(indicator.id(), located.competency().id(), located.competency().title(),
                    indicator.text(), indicator.polarity(), kindInWords(indicator.kind()), indicator.level(),
                    found.competencyExpected(), observed.evidence()));
        }
        previous.ifPresent(earlier -> earlier.observed().forEach(
                o -> facts.add(new PreviousObservation(o.indicator(), earlier.period()))));
        return facts;
    }

    private static String kindInWords(String kind) {
        return KIND_WORDS.computeIfAbsent(kind, k -> k.replace('-', ' '));
    }

    static List<Expectation> expectations(Framework framework, int level) {
        return EXPECTATIONS.get(framework, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(level, l -> buildExpectations(framework, l));
    }

    private static List<Expectation> buildExpectations(Framework framework, int level) {
        List<Expectation> expectations = new ArrayList<>();
        framework.expectedAt(level).competencies().forEach(c -> expectations.add(Expectation.current(c.id(), c.title(), level)));
        Integer next = framework.nextRank(level).orElse(null);
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
                expectations.add(new Expectation(competency.id(), competency.title(), next, Scope.NEXT, behaviours));
            }
        }
        return List.copyOf(expectations);
    }
}
