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
 * generated reviews of every framework and level ({@link #cases}). Each must give exactly one readiness verdict without an
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
            // one problem per framework and way of failing (which verdicts clash), not per sample review
            String key = framework.id() + "|" + (verdicts.isEmpty() ? "none" : "several");
            RuleProblem at = verdicts.stream().map(v -> v.replaceFirst("^.*by rule \"(.*)\"$", "$1"))
                    .map(ruleLocation).flatMap(Optional::stream).findFirst().orElse(null);
            return Optional.of(new Failure(key, new RuleProblem(at == null ? verdictFile : at.file(),
                    at == null ? null : at.line(), at == null ? null : at.column(),
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
            return Optional.of(new Failure(framework.id() + "|" + rule + "|" + cause.getClass().getName(), new RuleProblem(
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

    /**
     * The fixed sample for one level: five reviews that between them reach every verdict and every
     * kind of finding (lowest rating; rated 3; highest rating with every effective behaviour of this
     * level and the next; every point of the scale with every behaviour shown, red flags also in the
     * previous review; nothing recorded).
     */
    static List<Case> cases(Framework framework, int level) {
        Framework current = framework.expectedAt(level);
        Optional<Framework> next = framework.nextRank(level).map(framework::expectedAt);
        List<Integer> points = framework.ratingScale().points().stream().map(RatingScale.Point::value).toList();
        int bottom = points.isEmpty() ? 1 : points.get(0);
        int top = points.isEmpty() ? 4 : points.get(points.size() - 1);
        int three = points.contains(3) ? 3 : points.isEmpty() ? 3 : points.get(points.size() / 2);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("rated " + bottom + " in every competency, no behaviours observed",
                review(framework, level, rated(current, List.of(bottom)), List.of()), Optional.empty()));
        cases.add(new Case("rated " + three + " in every competency, no behaviours observed",
                review(framework, level, rated(current, List.of(three)), List.of()), Optional.empty()));
        List<Review.ObservedBehaviour> positive = new ArrayList<>(observed(current, Polarity.POSITIVE));
        next.ifPresent(n -> observed(n, Polarity.POSITIVE).stream().filter(o -> !positive.contains(o)).forEach(positive::add));
        cases.add(new Case("rated " + top + " everywhere, every effective behaviour of this level and the next shown",
                review(framework, level, rated(current, List.of(top)), positive), Optional.empty()));
        List<Review.ObservedBehaviour> negative = observed(current, Polarity.NEGATIVE);
        List<Review.ObservedBehaviour> all = new ArrayList<>(positive);
        all.addAll(negative);
        cases.add(new Case("rated " + points + " in turn, every behaviour shown, the red flags also in the previous review",
                review(framework, level, rated(current, points.isEmpty() ? List.of(3) : points), all),
                Optional.of(review(framework, level, List.of(), negative, "2025"))));
        cases.add(new Case("with nothing rated or observed", review(framework, level, List.of(), List.of()),
                Optional.empty()));
        return cases;
    }

    /** Every competency of the level rated, taking the values in turn. */
    private static List<Review.CompetencyRating> rated(Framework current, List<Integer> values) {
        List<Review.CompetencyRating> ratings = new ArrayList<>();
        for (Competency c : current.competencies()) {
            ratings.add(new Review.CompetencyRating(c.id(), values.get(ratings.size() % values.size()), null));
        }
        return ratings;
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
