package dev.ladder.assessment.fact;

/** Which level an expectation belongs to: the employee's current level or the next one. */
public enum Scope {
    CURRENT, NEXT
}
