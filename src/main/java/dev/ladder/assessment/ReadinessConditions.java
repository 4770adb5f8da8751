package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.ladder.assessment.Explanation.Condition;
import dev.ladder.assessment.fact.Employee;
import dev.ladder.assessment.fact.Expectation;
import dev.ladder.assessment.fact.NotAssessed;
import dev.ladder.assessment.fact.NotReadyBelow;
import dev.ladder.assessment.fact.Observation;
import dev.ladder.assessment.fact.Rating;
import dev.ladder.assessment.fact.ReadinessGap;
import dev.ladder.assessment.fact.ReadinessThreshold;
import dev.ladder.assessment.fact.RedFlag;
import dev.ladder.assessment.fact.Scope;
import dev.ladder.assessment.fact.Severity;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Polarity;

/**
 * The conditions of READY as {@code rules/readiness.drl} states them, one by one, and whether each held
 * for a review: read from the facts and findings a session ended with, so that the values are the
 * rule set's own (threshold, not-ready rating) and the gaps and unrated competencies the rules' own.
 */
final class ReadinessConditions {

    private ReadinessConditions() {
    }

    static List<Condition> of(Collection<?> session, Framework framework) {
        Employee employee = one(session, Employee.class).orElseThrow();
        List<Condition> conditions = new ArrayList<>();
        if (employee.nextLevel() == null) {
            conditions.add(new Condition("there is a level above level " + employee.level() + " of "
                    + framework.title(), false));
            return conditions;
        }
        int next = employee.nextLevel();
        conditions.add(new Condition("there is a level above level " + employee.level() + " of " + framework.title()
                + ": level " + next, true));
        Optional<ReadinessThreshold> threshold = one(session, ReadinessThreshold.class);
        Optional<NotReadyBelow> below = one(session, NotReadyBelow.class);
        conditions.add(new Condition(threshold.map(t -> "the readiness threshold for " + framework.title() + " is "
                + t.percent() + "% (readiness-threshold.drl.csv)").orElse("readiness-threshold.drl.csv has a row for "
                + framework.id()), threshold.isPresent()));
        conditions.add(new Condition(below.map(b -> "the not-ready rating for " + framework.title() + " is "
                + b.rating() + " (not-ready-rating.drl.csv)").orElse("not-ready-rating.drl.csv has a row for "
                + framework.id()), below.isPresent()));

        List<Rating> ratings = all(session, Rating.class);
        for (Expectation expected : expectations(session, Scope.CURRENT, framework)) {
            boolean rated = all(session, NotAssessed.class).stream().noneMatch(n -> n.competency().equals(expected.competency()));
            conditions.add(new Condition(expected.title() + " (level " + employee.level() + ") was rated", rated));
            ratings.stream().filter(r -> r.competency().equals(expected.competency())).findFirst().ifPresent(r ->
                    conditions.add(new Condition(r.describe() + ", not below " + below.map(b -> String.valueOf(b.rating()))
                            .orElse("the not-ready rating"), below.isPresent() && r.value() >= below.get().rating())));
        }

        List<RedFlag> flags = all(session, RedFlag.class);
        List<String> serious = flags.stream().filter(f -> f.severity() == Severity.SERIOUS).map(RedFlag::text).sorted().toList();
        conditions.add(new Condition("no serious red flag" + (serious.isEmpty() ? "" : " (serious: "
                + String.join("; ", serious) + ")"), serious.isEmpty()));
        conditions.add(new Condition("no red flag at all" + (flags.isEmpty() ? "" : " (observed: "
                + String.join("; ", flags.stream().map(RedFlag::text).sorted().toList()) + ")"), flags.isEmpty()));

        List<ReadinessGap> gaps = all(session, ReadinessGap.class);
        String percent = threshold.map(t -> t.percent() + "%").orElse("the threshold");
        for (Expectation expected : expectations(session, Scope.NEXT, framework)) {
            int introduced = expected.introduced().size();
            if (introduced == 0) {
                continue; // readiness.drl asks nothing of a competency the next level adds no behaviour to
            }
            long shown = all(session, Observation.class).stream().filter(o -> o.competency().equals(expected.competency())
                    && o.polarity() == Polarity.POSITIVE && o.level() == next).count();
            conditions.add(new Condition(expected.title() + " (level " + next + "): at least " + percent + " of the "
                    + introduced + " behaviours level " + next + " introduces were shown; " + shown + " were",
                    threshold.isPresent() && gaps.stream().noneMatch(g -> g.competency().equals(expected.competency()))));
        }
        return conditions;
    }

    private static List<Expectation> expectations(Collection<?> session, Scope scope, Framework framework) {
        List<String> order = framework.competencies().stream().map(c -> c.id()).toList();
        return all(session, Expectation.class).stream().filter(e -> e.scope() == scope)
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.competency()))).toList();
    }

    private static <T> Optional<T> one(Collection<?> session, Class<T> type) {
        List<T> found = all(session, type);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static <T> List<T> all(Collection<?> session, Class<T> type) {
        return session.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
