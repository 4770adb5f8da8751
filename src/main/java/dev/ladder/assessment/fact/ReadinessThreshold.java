package dev.ladder.assessment.fact;

/**
 * The share of next-level behaviours, in percent, an employee must have shown in each next-level
 * competency to be ready. Set per framework by the decision table {@code rules/readiness-threshold.drl.csv}.
 */
public record ReadinessThreshold(int percent) {
}
