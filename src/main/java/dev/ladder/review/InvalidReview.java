package dev.ladder.review;

import java.util.List;

/** A review that cannot be assessed, with every problem found (not just the first). */
public class InvalidReview extends RuntimeException {

    private final transient List<ReviewProblem> problems;

    public InvalidReview(List<ReviewProblem> problems) {
        super(problems.size() + " problem(s) in the review: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ReviewProblem> problems() {
        return problems;
    }
}
