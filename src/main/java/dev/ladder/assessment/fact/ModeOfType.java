package dev.ladder.assessment.fact;

import dev.ladder.catalogue.LearningMode;

/** The 70-20-10 way of learning a type of resource counts as, e.g. coaching → SOCIAL ({@code recommendations.drl.csv}). */
public record ModeOfType(String type, LearningMode mode) {
}
