package dev.ladder.assessment.fact;

/**
 * The rating below which a competency of the employee's current level makes them NOT_READY for the
 * next level. Set per framework by the decision table {@code rules/not-ready-rating.drl.csv}.
 */
public record NotReadyBelow(int rating) {
}
