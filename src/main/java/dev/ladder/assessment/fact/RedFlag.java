package dev.ladder.assessment.fact;

/**
 * A red flag: an observed negative behaviour.
 *
 * @param expectedAtLevel whether its competency is expected at the employee's current level
 */
public record RedFlag(String competency, String indicator, String text, Severity severity,
                      boolean expectedAtLevel, String rule, String because) implements Explained {
}
