package dev.ladder.history;

import dev.ladder.assessment.Assessment;

/** A new assessment of a stored review, to be stored beside the ones it already has. */
public record Reassessed(String reviewId, String employeeId, Assessment assessment) {
}
