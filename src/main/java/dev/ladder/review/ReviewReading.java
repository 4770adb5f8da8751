package dev.ladder.review;

import java.util.List;

/**
 * What {@link ReviewReader} made of a body: the review as far as it could be read, and every
 * structural problem found. Reading does not stop at the first problem, so that
 * {@link ReviewValidator#check(ReviewReading)} can report them together with the problems it finds
 * against the framework (an unknown field does not hide an unknown competency).
 */
public final class ReviewReading {

    private final Review review;
    private final List<ReviewProblem> problems;
    private final List<Integer> ratingPositions;
    private final List<Integer> observedPositions;

    /**
     * @param review            null when there is not enough to check against a framework (not an
     *                          object, or no readable framework or level); else may hold null for an
     *                          unreadable employee id or period, and leaves out unreadable ratings and
     *                          observations
     * @param ratingPositions   for each rating of the review, its position in the body's array
     * @param observedPositions for each observation of the review, its position in the body's array
     */
    ReviewReading(Review review, List<ReviewProblem> problems, List<Integer> ratingPositions,
                  List<Integer> observedPositions) {
        this.review = review;
        this.problems = List.copyOf(problems);
        this.ratingPositions = List.copyOf(ratingPositions);
        this.observedPositions = List.copyOf(observedPositions);
    }

    /** The structural problems: malformed JSON, duplicate keys, missing fields, wrong types, unknown fields. */
    public List<ReviewProblem> problems() {
        return problems;
    }

    /**
     * The review, when the body had no structural problem (it is not yet checked against its
     * framework); else {@link InvalidReview} with the structural problems.
     */
    public Review orThrow() {
        if (!problems.isEmpty() || review == null) {
            throw new InvalidReview(problems);
        }
        return review;
    }

    /** The review as far as it could be read (see the constructor), or null. */
    Review partial() {
        return review;
    }

    /** The JSON path of the review's {@code i}th rating in the body. */
    String ratingPath(int i) {
        return "$.ratings[" + ratingPositions.get(i) + "]";
    }

    /** The JSON path of the review's {@code i}th observation in the body. */
    String observedPath(int i) {
        return "$.observed[" + observedPositions.get(i) + "]";
    }
}
