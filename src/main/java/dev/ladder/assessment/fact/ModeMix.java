package dev.ladder.assessment.fact;

import dev.ladder.catalogue.LearningMode;

/**
 * The 70-20-10 mix of a need's recommendations: how many picks of this way of learning come before a
 * way of learning is repeated ({@code recommendations.drl.csv}).
 */
public record ModeMix(LearningMode mode, int picks) {
}
