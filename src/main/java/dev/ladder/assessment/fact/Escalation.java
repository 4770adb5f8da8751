package dev.ladder.assessment.fact;

/** A reason why the red flag for {@code indicator} is serious, with the rule that found it. */
public record Escalation(String indicator, String rule, String because) implements Explained {
}
