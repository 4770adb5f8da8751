package dev.ladder.assessment.fact;

/** The one readiness verdict of an assessment, with the rule that reached it and why. */
public record ReadinessVerdict(ReadinessStatus status, String rule, String because) implements Explained {
}
