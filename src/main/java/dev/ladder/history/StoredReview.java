package dev.ladder.history;

import java.time.Instant;

import dev.ladder.assessment.Assessment;
import dev.ladder.review.Review;

/**
 * A review as stored, with the assessment made when it was stored.
 *
 * @param id           stable id of this stored review
 * @param supersededBy id of a later review of the same person and period, or null while it is current
 */
public record StoredReview(String id, Instant submittedAt, String submittedBy, Review review, Assessment assessment,
                           String supersededBy) {

    public boolean current() {
        return supersededBy == null;
    }
}
