package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kie.api.runtime.rule.ConsequenceException;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.Polarity;
import dev.ladder.framework.RatingScale;
import dev.ladder.review.Review;

/**
 * The sample-review canary: before a compiled rule set goes into service it assesses a fixed set of
 * generated reviews of every framework and level (every competency of the level rated at each point of
 * the scale; every behaviour of the level and the next shown; every red flag shown, also in the
 * previous review; nothing recorded). Each must give exactly one readiness verdict without an
 * exception; otherwise the rule set is refused, naming the framework, level and sample.
 */
final class Canary {

    private final RuleChecks.Sample sample;
    private final Function<String, Optional<RuleProblem>> ruleLocation;

    Canary(RuleChecks.Sample sample, Function<String, Optional<RuleProblem>> ruleLocation) {
        this.sample = sample;
        this.ruleLocation = ruleLocation;
    }

    List<RuleProblem> run(java.util.Collection<Framework> frameworks, String verdictFile) {
        Map<String, Failure> failures = new LinkedHashMap<>();
        for (Framework framework : frameworks) {
            for (Level level : framework.levels()) {
                for (Case c : cases(framework, level.rank())) {
                    Optional<Failure> failure = assess(framework, level.rank(), c, verdictFile);
                    failure.ifPresent(f -> failures.merge(f.key(), f, Failure::plus));
                }
            }
        }
        return failures.values().stream().map(Failure::problem).toList();
    }

    private Optional<Failure> assess(Framework framework, int level, Case c, String verdictFile) {
        String who = "a " + framework.id() + " employee at level " + level + " " + c.description();
        try {
            List<String> verdicts = sample.assess(c.review(), c.previous(), framework);
            if (verdicts.size() == 1) {
                return Optional.empty();
            }
            String what = verdicts.isEmpty() ? "no readiness verdict" : verdicts.size() + " readiness verdicts ("
                    + String.join("; ", verdicts) + ")";
            return Optional.of(new Failure(framework.id() + "|" + what, new RuleProblem(verdictFile, null, null,
                    "A sample review got " + what + " instead of exactly one: " + who,
                    verdicts.isEmpty()
                            ? "Every employee must get one verdict. Check the rules that reach a ReadinessVerdict, and "
                            + "that every table they depend on has a row for framework " + framework.id()
                            + " (such as the readiness threshold)."
                            : "The conditions of two verdicts hold at once: make them exclusive."), framework.id(),
                    new ArrayList<>(List.of(level))));
        } catch (RuntimeException | StackOverflowError e) {
            String rule = rule(e);
            Throwable cause = root(e);
            RuleProblem at = rule == null ? null : ruleLocation.apply(rule).orElse(null);
            String what = (rule == null ? "" : "rule \"" + rule + "\" failed: ") + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
            return Optional.of(new Failure(framework.id() + "|" + what, new RuleProblem(
                    at == null ? verdictFile : at.file(), at == null ? null : at.line(), at == null ? null : at.column(),
                    "Assessing a sample review failed (" + what + "): " + who,
                    "With this rule set, assessing such a review would fail for users. Check what the rule concludes "
                            + "(names of competencies and behaviours, values) against the framework."),
                    framework.id(), new ArrayList<>(List.of(level))));
        }
    }

    private static String rule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                return consequence.getMatch().getRule().getName();
            }
        }
        return null;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The fixed sample for one level. */
    static List<Case> cases(Framework framework, int level) {
        Framework current = framework.expectedAt(level);
        Optional<Framework> next = framework.nextRank(level).map(framework::expectedAt);
        RatingScale scale = framework.ratingScale();
        List<Case> cases = new ArrayList<>();
        for (RatingScale.Point point : scale.points()) {
            cases.add(new Case("rated " + point.value() + " in every competency, no behaviours observed",
                    review(framework, level, rated(current, point.value()), List.of()), Optional.empty()));
        }
        int top = scale.points().isEmpty() ? 3 : scale.points().get(scale.points().size() - 1).value();
        int bottom = scale.points().isEmpty() ? 1 : scale.points().get(0).value();
        List<Review.ObservedBehaviour> positive = new ArrayList<>(observed(current, Polarity.POSITIVE));
        next.ifPresent(n -> observed(n, Polarity.POSITIVE).stream().filter(o -> !positive.contains(o)).forEach(positive::add));
        cases.add(new Case("rated " + top + " everywhere, every effective behaviour of this level and the next shown",
                review(framework, level, rated(current, top), positive), Optional.empty()));
        List<Review.ObservedBehaviour> negative = observed(current, Polarity.NEGATIVE);
        cases.add(new Case("rated " + bottom + " everywhere, every red-flag behaviour of this level shown",
                review(framework, level, rated(current, bottom), negative), Optional.empty()));
        cases.add(new Case("rated " + top + " everywhere, every red-flag behaviour shown, also in the previous review",
                review(framework, level, rated(current, top), negative),
                Optional.of(review(framework, level, List.of(), negative, "2025"))));
        cases.add(new Case("with nothing rated or observed", review(framework, level, List.of(), List.of()),
                Optional.empty()));
        return cases;
    }

    private static List<Review.CompetencyRating> rated(Framework current, int value) {
        return current.competencies().stream().map(c -> new Review.CompetencyRating(c.id(), value, null)).toList();
    }

    private static List<Review.ObservedBehaviour> observed(Framework atLevel, Polarity polarity) {
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        for (Competency competency : atLevel.competencies()) {
            for (Indicator indicator : competency.indicators()) {
                if (indicator.polarity() == polarity) {
                    observed.add(new Review.ObservedBehaviour(indicator.id(), null));
                }
            }
        }
        return observed;
    }

    private static Review review(Framework framework, int level, List<Review.CompetencyRating> ratings,
                                 List<Review.ObservedBehaviour> observed) {
        return review(framework, level, ratings, observed, "2026");
    }

    private static Review review(Framework framework, int level, List<Review.CompetencyRating> ratings,
                                 List<Review.ObservedBehaviour> observed, String period) {
        return new Review("SAMPLE", framework.id(), level, period, "Sample", null, ratings, observed);
    }

    /** One sample review, with the previous review of the same employee when it matters. */
    record Case(String description, Review review, Optional<Review> previous) {
    }

    /** The same failure at several levels of a framework is one problem. */
    private record Failure(String key, RuleProblem problem, String framework, List<Integer> levels) {

        Failure plus(Failure other) {
            other.levels().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
            String message = problem.message().replaceFirst(" \\(also at levels [^)]*\\)$", "");
            RuleProblem merged = new RuleProblem(problem.file(), problem.line(), problem.column(),
                    message + (levels.size() > 1 ? " (also at levels " + levels.subList(1, levels.size()).toString()
                            .replaceAll("[\\[\\]]", "") + ")" : ""), problem.hint());
            return new Failure(key, merged, framework, levels);
        }
    }
}
