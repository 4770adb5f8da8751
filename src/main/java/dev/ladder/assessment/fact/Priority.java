package dev.ladder.assessment.fact;

/** How urgent a learning need is; declared from most to least urgent. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
