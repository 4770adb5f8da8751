package dev.ladder.assessment.fact;

/** A competency the framework expects at the employee's current level or at the next level. */
public record Expectation(String competency, String title, int level, Scope scope) {
}
