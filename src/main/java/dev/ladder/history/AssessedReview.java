package dev.ladder.history;

import dev.ladder.assessment.Assessment;
import dev.ladder.review.Review;

/** A review and the assessment made of it, ready to be stored ({@link ReviewHistory#storeAll}). */
public record AssessedReview(Review review, Assessment assessment) {
}
