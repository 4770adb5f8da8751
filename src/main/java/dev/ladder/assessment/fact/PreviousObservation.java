package dev.ladder.assessment.fact;

/** A behaviour recorded in the employee's previous review (the latest earlier period). */
public record PreviousObservation(String indicator, String period) {
}
