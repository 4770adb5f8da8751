package dev.ladder.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;

/**
 * Checks a review against the framework it names and reports every problem at once, each with its
 * JSON path. A review may rate and record behaviours of the employee's level and of the next one.
 */
@Component
public class ReviewValidator {

    private final Frameworks frameworks;

    public ReviewValidator(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The framework the review is valid against, or {@link InvalidReview} with every problem. */
    public Framework validate(Review review) {
        Optional<Framework> found = frameworks.find(review.framework());
        if (found.isEmpty()) {
            throw new InvalidReview(List.of(new ReviewProblem("$.framework", "unknown framework '"
                    + review.framework() + "'; expected one of " + frameworks.all().stream().map(Framework::id).toList())));
        }
        Framework framework = found.get();
        List<ReviewProblem> problems = new ArrayList<>();
        if (framework.level(review.level()).isEmpty()) {
            problems.add(new ReviewProblem("$.level", "level " + review.level() + " is not a level of '"
                    + framework.id() + "'; expected one of " + framework.levels().stream().map(l -> l.rank()).toList()));
            throw new InvalidReview(problems);
        }
        Scope scope = new Scope(framework, review.level());
        checkRatings(review, framework, scope, problems);
        checkObserved(review, framework, scope, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
        return framework;
    }

    private void checkRatings(Review review, Framework framework, Scope scope, List<ReviewProblem> problems) {
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < review.ratings().size(); i++) {
            Review.CompetencyRating rating = review.ratings().get(i);
            String path = "$.ratings[" + i + "]";
            String previous = firstSeen.putIfAbsent(rating.competency(), path);
            if (previous != null) {
                problems.add(new ReviewProblem(path + ".competency", "competency '" + rating.competency()
                        + "' is rated twice; first at " + previous));
            }
            Optional<Competency> competency = framework.competency(rating.competency());
            if (competency.isEmpty()) {
                problems.add(new ReviewProblem(path + ".competency", unknown("competency", rating.competency(),
                        framework, otherFramework(f -> f.competency(rating.competency()).isPresent(), framework))));
            } else if (!scope.covers(competency.get())) {
                problems.add(new ReviewProblem(path + ".competency", "competency '" + rating.competency()
                        + "' (" + competency.get().title() + ") is not expected at level " + review.level()
                        + scope.orNext() + "; it applies at levels " + competency.get().appliesAtLevels()));
            }
            if (framework.ratingScale().point(rating.rating()).isEmpty()) {
                problems.add(new ReviewProblem(path + ".rating", rating.rating() + " is not on the rating scale; "
                        + "expected one of " + framework.ratingScale().describe()));
            }
        }
    }

    private void checkObserved(Review review, Framework framework, Scope scope, List<ReviewProblem> problems) {
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < review.observed().size(); i++) {
            String id = review.observed().get(i).indicator();
            String path = "$.observed[" + i + "].indicator";
            String previous = firstSeen.putIfAbsent(id, path);
            if (previous != null) {
                problems.add(new ReviewProblem(path, "indicator '" + id + "' is recorded twice; first at " + previous));
            }
            Optional<Framework.Located> located = framework.indicator(id);
            if (located.isEmpty()) {
                problems.add(new ReviewProblem(path, unknown("indicator", id, framework,
                        otherFramework(f -> f.indicator(id).isPresent(), framework))));
            } else if (!scope.covers(located.get())) {
                problems.add(new ReviewProblem(path, "indicator '" + id + "' (" + located.get().indicator().text()
                        + ") is not expected at level " + review.level() + scope.orNext() + "; it is introduced at level "
                        + located.get().indicator().level() + " in competency '" + located.get().competency().id()
                        + "', which applies at levels " + located.get().competency().appliesAtLevels()));
            }
        }
    }

    private static String unknown(String what, String id, Framework framework, Optional<Framework> other) {
        return other.map(f -> what + " '" + id + "' belongs to framework '" + f.id() + "', not '" + framework.id() + "'")
                .orElse("unknown " + what + " '" + id + "' in framework '" + framework.id() + "'");
    }

    private Optional<Framework> otherFramework(java.util.function.Predicate<Framework> has, Framework framework) {
        return frameworks.all().stream().filter(f -> !f.id().equals(framework.id())).filter(has).findFirst();
    }

    /** What a review at a level may speak of: what that level and the next one expect. */
    private record Scope(Framework current, Framework next, String orNext) {

        Scope(Framework framework, int level) {
            this(framework.expectedAt(level),
                    framework.nextRank(level).map(framework::expectedAt).orElse(null),
                    framework.nextRank(level).map(r -> " or " + r).orElse(""));
        }

        boolean covers(Competency competency) {
            return current.competency(competency.id()).isPresent()
                    || (next != null && next.competency(competency.id()).isPresent());
        }

        boolean covers(Framework.Located located) {
            return expects(current, located) || (next != null && expects(next, located));
        }

        private static boolean expects(Framework atLevel, Framework.Located located) {
            return atLevel.competency(located.competency().id())
                    .map(c -> c.indicators().contains(located.indicator())).orElse(false);
        }
    }
}
