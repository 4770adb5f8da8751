package dev.ladder.catalogue;

/**
 * A learning resource suggested for one need, and why it was chosen.
 *
 * @param mode the resource's 70-20-10 way of learning (JSON: "EXPERIENTIAL", "SOCIAL" or "FORMAL"; the
 *             because says it in words); null in assessments stored before it was added
 */
public record Recommendation(String id, String title, String type, String effort, LearningMode mode, String because) {
}
