package dev.ladder.history;

import java.time.Instant;

import dev.ladder.review.Review;

/**
 * A current stored review (not superseded) with only the rule-set version and time of its newest
 * assessment, not the assessment itself: what a preview or a re-assessment needs to decide whether
 * the stored assessment still stands, read without the assessments' JSON (most of the store).
 * Whose review it is, of which period and framework, comes from the store's own fields, so the
 * review itself ({@link #review()}) may be left unread: {@link ReviewHistory#currentBriefly} reads it
 * only for the frameworks it is asked for.
 *
 * @param review         the review, or null when it was not read
 * @param ruleSetVersion the rule set that made the newest assessment
 * @param assessedAt     when the newest assessment was made: at submission, or by the latest re-assessment
 */
public record CurrentReviewBrief(String id, String employeeId, String period, String framework, Instant submittedAt,
                                 Review review, String ruleSetVersion, Instant assessedAt) {

    /** Whether the review itself was read. */
    public boolean read() {
        return review != null;
    }

    /** The same, with the review read. */
    public CurrentReviewBrief withReview(Review read) {
        return new CurrentReviewBrief(id, employeeId, period, framework, submittedAt, read, ruleSetVersion, assessedAt);
    }
}
