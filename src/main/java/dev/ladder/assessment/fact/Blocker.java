package dev.ladder.assessment.fact;

/** Something that makes the employee not ready for the next level, whatever else is true. */
public record Blocker(String rule, String because) implements Explained {
}
