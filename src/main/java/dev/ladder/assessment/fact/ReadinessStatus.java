package dev.ladder.assessment.fact;

/** The readiness verdict for the next level. */
public enum ReadinessStatus {
    READY, DEVELOPING, NOT_READY, TOP_LEVEL
}
