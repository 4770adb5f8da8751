package dev.ladder.review;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Text;

/**
 * Checks a review against the framework it names and reports every problem at once, each with its
 * JSON path: text that is not well-formed Unicode or holds control characters, a period not in the
 * {@link Period} format, and what the framework does not have. A review may rate and record
 * behaviours of the employee's level and of the next one.
 */
@Component
public class ReviewValidator {

    private final Frameworks frameworks;

    public ReviewValidator(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The framework the review is valid against, or {@link InvalidReview} with every problem. */
    public Framework validate(Review review) {
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<Framework> framework = check(review, IN_ORDER, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
        return framework.orElseThrow();
    }

    /**
     * The framework the review is assessed against, or {@link InvalidReview} with every problem: only
     * what depends on the frameworks in service (the framework and level exist, every rating is on the
     * scale, every competency and behaviour is of the framework and in scope for the level, none twice),
     * which can change after a review was stored. Not whether its text could be stored: every way a
     * review comes in ({@link #check(ReviewReading)}, {@link #validate}) has checked that already, and
     * assessing a stored review again (a preview, a re-assessment) need not repeat it.
     */
    public Framework frameworkOf(Review review) {
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<Framework> framework = checkAgainstFramework(review, IN_ORDER, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
        return framework.orElseThrow();
    }

    /**
     * The review that was read, valid against its framework; or {@link InvalidReview} with every
     * problem: the reader's (structural) and this validator's together, each with its path in the body.
     */
    public Review check(ReviewReading reading) {
        List<ReviewProblem> problems = new ArrayList<>(reading.problems());
        Review review = reading.partial();
        if (review != null) {
            check(review, new Paths(reading::ratingPath, reading::observedPath), problems);
        }
        if (!problems.isEmpty() || review == null) {
            throw new InvalidReview(problems);
        }
        return review;
    }

    /** Adds every problem of {@code review} to {@code problems}; the framework, when known and the level is of it. */
    private Optional<Framework> check(Review review, Paths paths, List<ReviewProblem> problems) {
        boolean frameworkText = checkText(review, paths, problems);
        if (review.period() != null && Text.problem(review.period()).isEmpty()) {
            Period.problem(review.period()).ifPresent(m -> problems.add(new ReviewProblem("$.period", m)));
        }
        if (review.framework() != null && !frameworkText) {
            return Optional.empty();
        }
        return checkAgainstFramework(review, paths, true, problems);
    }

    /**
     * The checks of {@link #frameworkOf}: what the frameworks in service say of the review.
     *
     * @param textChecked whether the review's text has been checked (its problems are in {@code problems})
     */
    private Optional<Framework> checkAgainstFramework(Review review, Paths paths, boolean textChecked,
                                                      List<ReviewProblem> problems) {
        if (review.framework() == null) {
            // Only a review built in code gets here without one: the reader does not build a review without it.
            problems.add(new ReviewProblem("$.framework", "required; expected a framework id"));
            return Optional.empty();
        }
        Optional<Framework> found = frameworks.find(review.framework());
        if (found.isEmpty()) {
            problems.add(new ReviewProblem("$.framework", "unknown framework '" + review.framework()
                    + "'; expected one of " + frameworks.all().stream().map(Framework::id).toList()));
            return Optional.empty();
        }
        Framework framework = found.get();
        if (framework.level(review.level()).isEmpty()) {
            problems.add(new ReviewProblem("$.level", "level " + review.level() + " is not a level of '"
                    + framework.id() + "'; expected one of " + framework.levels().stream().map(l -> l.rank()).toList()));
            return Optional.empty();
        }
        Scope scope = new Scope(framework, review.level());
        checkRatings(review, framework, scope, paths, textChecked, problems);
        checkObserved(review, framework, scope, paths, textChecked, problems);
        return Optional.of(framework);
    }

    /**
     * Every text field is well-formed Unicode without control characters (line breaks allowed in
     * comments and evidence): text that is not would read back changed from the store.
     *
     * @return whether the framework id is acceptable text (else it is not looked up)
     */
    private static boolean checkText(Review review, Paths paths, List<ReviewProblem> problems) {
        boolean framework = text("$.framework", review.framework(), false, problems);
        text("$.employeeId", review.employeeId(), false, problems);
        text("$.period", review.period(), false, problems);
        text("$.department", review.department(), false, problems);
        text("$.name", review.name(), false, problems);
        for (int i = 0; i < review.ratings().size(); i++) {
            int at = i;
            text(() -> paths.rating(at) + ".competency", review.ratings().get(i).competency(), false, problems);
            text(() -> paths.rating(at) + ".comment", review.ratings().get(i).comment(), true, problems);
        }
        for (int i = 0; i < review.observed().size(); i++) {
            int at = i;
            text(() -> paths.observed(at) + ".indicator", review.observed().get(i).indicator(), false, problems);
            text(() -> paths.observed(at) + ".evidence", review.observed().get(i).evidence(), true, problems);
        }
        return framework;
    }

    private static boolean text(String path, String value, boolean multiLine, List<ReviewProblem> problems) {
        return text(() -> path, value, multiLine, problems);
    }

    /** {@code path} is only worked out for a problem: most text has none. */
    private static boolean text(Supplier<String> path, String value, boolean multiLine, List<ReviewProblem> problems) {
        Optional<String> problem = multiLine ? Text.multiLineProblem(value) : Text.problem(value);
        problem.ifPresent(m -> problems.add(new ReviewProblem(path.get(), m)));
        return problem.isEmpty();
    }

    private void checkRatings(Review review, Framework framework, Scope scope, Paths paths, boolean textChecked,
                              List<ReviewProblem> problems) {
        Map<String, Integer> firstSeen = new HashMap<>(capacityFor(review.ratings().size()));
        for (int i = 0; i < review.ratings().size(); i++) {
            Review.CompetencyRating rating = review.ratings().get(i);
            if (framework.ratingScale().point(rating.rating()).isEmpty()) {
                problems.add(new ReviewProblem(paths.rating(i) + ".rating", rating.rating() + " is not on the rating "
                        + "scale; expected one of " + framework.ratingScale().describe()));
            }
            Optional<Competency> competency = framework.competency(rating.competency());
            if (competency.isEmpty() && unquotable(paths.rating(i) + ".competency", rating.competency(), textChecked,
                    problems)) {
                continue;
            }
            Integer previous = firstSeen.putIfAbsent(rating.competency(), i);
            if (previous != null) {
                problems.add(new ReviewProblem(paths.rating(i) + ".competency", "competency '" + rating.competency()
                        + "' is rated twice; first at " + paths.rating(previous)));
            }
            if (competency.isEmpty()) {
                problems.add(new ReviewProblem(paths.rating(i) + ".competency", unknown("competency",
                        rating.competency(), framework,
                        otherFramework(f -> f.competency(rating.competency()).isPresent(), framework))));
            } else if (!scope.covers(competency.get())) {
                problems.add(new ReviewProblem(paths.rating(i) + ".competency", "competency '" + rating.competency()
                        + "' (" + competency.get().title() + ") is not expected at level " + review.level()
                        + scope.orNext() + "; it applies at levels " + competency.get().appliesAtLevels()));
            }
        }
    }

    private void checkObserved(Review review, Framework framework, Scope scope, Paths paths, boolean textChecked,
                               List<ReviewProblem> problems) {
        // One look-up per behaviour (every review is checked, most record dozens): the framework's
        // indicators as a review at this level may record them. A repeat is found by the indicator's
        // position; the rare id the framework does not have goes into a map of its own.
        Map<String, Framework.Recordable> recordable = framework.recordableAt(review.level());
        BitSet seen = new BitSet(recordable.size());
        Map<String, Integer> unknownSeen = null;
        for (int i = 0; i < review.observed().size(); i++) {
            String id = review.observed().get(i).indicator();
            Framework.Recordable found = id == null ? null : recordable.get(id);
            if (found == null && unquotable(paths.observed(i) + ".indicator", id, textChecked, problems)) {
                continue;
            }
            Integer previous;
            if (found != null) {
                previous = seen.get(found.position()) ? firstIndexOf(review, id) : null;
                seen.set(found.position());
            } else {
                unknownSeen = unknownSeen == null ? new HashMap<>() : unknownSeen;
                previous = unknownSeen.putIfAbsent(id, i);
            }
            if (previous != null) {
                problems.add(new ReviewProblem(paths.observed(i) + ".indicator", "indicator '" + id
                        + "' is recorded twice; first at " + paths.observed(previous) + ".indicator"));
            }
            if (found == null) {
                problems.add(new ReviewProblem(paths.observed(i) + ".indicator", unknown("indicator", id, framework,
                        otherFramework(f -> f.indicator(id).isPresent(), framework))));
            } else if (!found.expected()) {
                Framework.Located located = found.located();
                problems.add(new ReviewProblem(paths.observed(i) + ".indicator", "indicator '" + id + "' ("
                        + located.indicator().text()
                        + ") is not expected at level " + review.level() + scope.orNext() + "; it is introduced at level "
                        + located.indicator().level() + " in competency '" + located.competency().id()
                        + "', which applies at levels " + located.competency().appliesAtLevels()));
            }
        }
    }

    /** Where {@code id} is first recorded among the review's observed behaviours. */
    private static int firstIndexOf(Review review, String id) {
        for (int i = 0; ; i++) {
            if (id.equals(review.observed().get(i).indicator())) {
                return i;
            }
        }
    }

    /**
     * Whether an id the framework does not have is text that is not to be quoted back in a message
     * (an unpaired surrogate cannot even be written out); if so, its problem is the text's, added here
     * unless {@code textChecked} (then it is already there). An id the framework has is well-formed text,
     * so only the ids not found are looked at: most reviews have none.
     */
    private static boolean unquotable(String path, String id, boolean textChecked, List<ReviewProblem> problems) {
        Optional<String> problem = Text.problem(id);
        if (problem.isPresent() && !textChecked) {
            problems.add(new ReviewProblem(path, problem.get()));
        }
        return problem.isPresent();
    }

    /** A map's initial capacity that holds {@code entries} without growing (every review is checked: no rehashing). */
    private static int capacityFor(int entries) {
        return Math.max(16, entries * 4 / 3 + 1);
    }

    private static String unknown(String what, String id, Framework framework, Optional<Framework> other) {
        return other.map(f -> what + " '" + id + "' belongs to framework '" + f.id() + "', not '" + framework.id() + "'")
                .orElse("unknown " + what + " '" + id + "' in framework '" + framework.id() + "'");
    }

    private Optional<Framework> otherFramework(java.util.function.Predicate<Framework> has, Framework framework) {
        return frameworks.all().stream().filter(f -> !f.id().equals(framework.id())).filter(has).findFirst();
    }

    /** Where the review's ratings and observations are in the body it was read from. */
    private record Paths(IntFunction<String> ratings, IntFunction<String> observations) {

        String rating(int i) {
            return ratings.apply(i);
        }

        String observed(int i) {
            return observations.apply(i);
        }
    }

    /** A review built in code: its ratings and observations are where they are in its lists. */
    private static final Paths IN_ORDER = new Paths(i -> "$.ratings[" + i + "]", i -> "$.observed[" + i + "]");

    /** What a review at a level may speak of: what that level and the next one expect. */
    private record Scope(Framework current, Framework next, Integer nextRank) {

        Scope(Framework framework, int level, Integer nextRank) {
            this(framework.expectedAt(level), nextRank == null ? null : framework.expectedAt(nextRank), nextRank);
        }

        Scope(Framework framework, int level) {
            this(framework, level, framework.nextRank(level).orElse(null));
        }

        /** {@code " or 3"} when there is a next level, for messages. */
        String orNext() {
            return nextRank == null ? "" : " or " + nextRank;
        }

        boolean covers(Competency competency) {
            return current.competency(competency.id()).isPresent()
                    || (next != null && next.competency(competency.id()).isPresent());
        }
    }
}
