package dev.ladder.assessment.fact;

/**
 * The priority of a need to grow towards the next level, from a readiness gap while DEVELOPING
 * ({@code rules/learning-need-priority.drl.csv}, table "Need from a readiness gap").
 */
public record GrowthNeedPriority(Priority priority) {
}
