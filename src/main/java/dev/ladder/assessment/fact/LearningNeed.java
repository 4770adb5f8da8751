package dev.ladder.assessment.fact;

/**
 * A competency the employee should learn in, at the priority the rules settled on from its reasons
 * ({@link NeedReason}); {@code learning-needs.drl} takes the most urgent of them.
 */
public record LearningNeed(String competency, Priority priority, String rule) {
}
