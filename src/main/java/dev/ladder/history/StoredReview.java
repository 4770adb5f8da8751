package dev.ladder.history;

import java.time.Instant;
import java.util.List;

import dev.ladder.assessment.Assessment;
import dev.ladder.review.Review;

/**
 * A review as stored, with its newest assessment: the one made when it was stored, or the latest
 * re-assessment under a later rule set (each assessment says its {@code ruleSetVersion}).
 *
 * @param assessment         the newest assessment of the review
 * @param supersededBy       id of a later review of the same person and period, or null while it is current
 * @param earlierAssessments the assessments made before the newest one, oldest first (the one made when
 *                           it was stored comes first); empty when it was never re-assessed
 */
public record StoredReview(String id, Instant submittedAt, String submittedBy, Review review, Assessment assessment,
                           String supersededBy, List<Assessment> earlierAssessments) {

    public StoredReview {
        earlierAssessments = earlierAssessments == null ? List.of() : List.copyOf(earlierAssessments);
    }

    /** A review as stored with the assessment made then, never re-assessed. */
    public StoredReview(String id, Instant submittedAt, String submittedBy, Review review, Assessment assessment,
                        String supersededBy) {
        this(id, submittedAt, submittedBy, review, assessment, supersededBy, List.of());
    }

    public boolean current() {
        return supersededBy == null;
    }
}
