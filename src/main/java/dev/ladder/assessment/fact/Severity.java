package dev.ladder.assessment.fact;

/** How grave a red flag is. */
public enum Severity {
    CONCERN, SERIOUS
}
