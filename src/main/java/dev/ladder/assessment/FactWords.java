package dev.ladder.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.ladder.assessment.fact.Blocker;
import dev.ladder.assessment.fact.Employee;
import dev.ladder.assessment.fact.Escalation;
import dev.ladder.assessment.fact.Expectation;
import dev.ladder.assessment.fact.Explained;
import dev.ladder.assessment.fact.GapsListed;
import dev.ladder.assessment.fact.GrowthNeedPriority;
import dev.ladder.assessment.fact.LearningNeed;
import dev.ladder.assessment.fact.ModeMix;
import dev.ladder.assessment.fact.ModeOfType;
import dev.ladder.assessment.fact.NeedReason;
import dev.ladder.assessment.fact.NextLevelBehaviour;
import dev.ladder.assessment.fact.NotReadyBelow;
import dev.ladder.assessment.fact.Observation;
import dev.ladder.assessment.fact.PreviousObservation;
import dev.ladder.assessment.fact.Rating;
import dev.ladder.assessment.fact.ReadinessThreshold;
import dev.ladder.assessment.fact.ReadinessVerdict;
import dev.ladder.assessment.fact.RecommendationOrder;
import dev.ladder.assessment.fact.RecommendationsPerNeed;
import dev.ladder.assessment.fact.RedFlag;
import dev.ladder.assessment.fact.Scope;
import dev.ladder.assessment.fact.SeriousFlagCount;
import dev.ladder.framework.Framework;

/**
 * Facts and findings in the council's words: behaviour texts and competency titles instead of ids,
 * ratings with their labels, policy values as the tables state them. For explanations.
 */
final class FactWords {

    private final Framework framework;

    FactWords(Framework framework) {
        this.framework = framework;
    }

    /** The words for a matched object; a collection (from {@code collect}) gives one line per member. */
    List<String> describe(Object fact) {
        if (fact instanceof Collection<?> members) {
            return members.isEmpty() ? List.of("none found")
                    : members.stream().flatMap(m -> describe(m).stream()).toList();
        }
        String words = words(fact);
        return words == null ? List.of() : List.of(words);
    }

    private String words(Object fact) {
        if (fact instanceof Employee e) {
            return "employee " + e.employeeId() + " at level " + e.level() + " of " + framework.title()
                    + (e.nextLevel() == null ? " (the top level)" : " (next level: " + e.nextLevel() + ")");
        }
        if (fact instanceof Expectation x) {
            return x.title() + " is expected at level " + x.level()
                    + (x.scope() == Scope.CURRENT ? " (the employee's level)"
                    : " (the next level, which introduces " + x.introduced().size() + " behaviours in it)");
        }
        if (fact instanceof Rating r) {
            return r.describe() + (r.expectedAtLevel() ? "" : ", a competency of the next level");
        }
        if (fact instanceof Observation o) {
            return o.describe() + " in " + o.competencyTitle();
        }
        if (fact instanceof NextLevelBehaviour b) {
            return "\"" + b.text() + "\" is a behaviour level " + b.level() + " introduces in "
                    + competency(b.competency());
        }
        if (fact instanceof PreviousObservation p) {
            return "\"" + indicator(p.indicator()) + "\" was observed in the previous review ("
                    + p.period() + ")";
        }
        if (fact instanceof ReadinessThreshold t) {
            return "the readiness threshold is " + t.percent()
                    + "% of the behaviours the next level introduces, in each of its competencies";
        }
        if (fact instanceof NotReadyBelow n) {
            return "a competency of the level rated below " + n.rating() + " means not ready";
        }
        if (fact instanceof GapsListed g) {
            return "gaps listed with the verdict " + g.status() + ": " + g.listed();
        }
        if (fact instanceof RecommendationsPerNeed n) {
            return "up to " + n.count() + " resources are recommended for each need";
        }
        if (fact instanceof ModeMix m) {
            return m.picks() + " pick(s) of " + m.mode().label() + " before a way of learning is repeated";
        }
        if (fact instanceof ModeOfType m) {
            return "a resource of type " + m.type() + " is " + m.mode().label();
        }
        if (fact instanceof RecommendationOrder o) {
            return "rank " + o.rank() + ": resources " + o.preference().label();
        }
        if (fact instanceof SeriousFlagCount c) {
            return c.count() + " or more negative behaviours observed in one competency make each of their red flags serious";
        }
        if (fact instanceof GrowthNeedPriority g) {
            return "a need to grow towards the next level is of " + lower(g.priority()) + " priority";
        }
        if (fact instanceof Escalation x) {
            return "the red flag \"" + indicator(x.indicator()) + "\" is serious: " + x.because();
        }
        if (fact instanceof RedFlag f) {
            return "red flag (" + lower(f.severity()) + "): " + f.text() + " in " + competency(f.competency());
        }
        if (fact instanceof NeedReason n) {
            return "a reason to learn in " + competency(n.competency()) + " (" + lower(n.priority())
                    + " priority): " + n.because();
        }
        if (fact instanceof LearningNeed n) {
            return "a learning need in " + competency(n.competency()) + ", " + lower(n.priority())
                    + " priority";
        }
        if (fact instanceof Blocker b) {
            return "not ready: " + b.because();
        }
        if (fact instanceof ReadinessVerdict v) {
            return "readiness " + v.status() + ": " + v.because();
        }
        if (fact instanceof Explained x) {
            return x.because();
        }
        return null; // Drools' own objects (the initial fact): no words for them
    }

    String competency(String id) {
        return framework.competency(id).map(c -> c.title()).orElse(id);
    }

    private String indicator(String id) {
        return framework.indicator(id).map(l -> l.indicator().text()).orElse(id);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
