package dev.ladder.catalogue;

/**
 * A learning resource suggested for one need, and why it was chosen.
 *
 * @param mode the resource's 70-20-10 mode, a {@link LearningMode} name ("EXPERIENTIAL", "SOCIAL" or
 *             "FORMAL"); null in assessments stored before it was added
 */
public record Recommendation(String id, String title, String type, String effort, String mode, String because) {
}
