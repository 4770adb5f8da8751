package dev.ladder.history;

import java.time.Instant;

import dev.ladder.review.Review;

/**
 * A current stored review (not superseded) with only the rule-set version and time of its newest
 * assessment, not the assessment itself: what a preview or a re-assessment needs to decide whether
 * the stored assessment still stands, read without the assessments' JSON (most of the store).
 *
 * @param ruleSetVersion the rule set that made the newest assessment
 * @param assessedAt     when the newest assessment was made: at submission, or by the latest re-assessment
 */
public record CurrentReviewBrief(String id, Instant submittedAt, Review review, String ruleSetVersion,
                                 Instant assessedAt) {
}
