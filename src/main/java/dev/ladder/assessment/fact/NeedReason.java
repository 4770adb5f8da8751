package dev.ladder.assessment.fact;

/** One reason why a competency is a learning need, at a priority; a need's priority is its highest. */
public record NeedReason(String competency, Priority priority, String rule, String because) implements Explained {
}
