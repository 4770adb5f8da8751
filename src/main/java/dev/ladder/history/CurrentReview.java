package dev.ladder.history;

import java.time.Instant;

import dev.ladder.assessment.Assessment;
import dev.ladder.review.Review;

/**
 * A current stored review (not superseded) with its newest assessment and when that was made: at
 * submission, or by the latest re-assessment.
 */
public record CurrentReview(String id, Instant submittedAt, Review review, Assessment assessment,
                            Instant assessedAt) {
}
