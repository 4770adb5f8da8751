package dev.ladder.assessment.fact;

/**
 * A positive behaviour that the next level introduces, in a competency expected at the next level:
 * what the employee will need to show there.
 */
public record NextLevelBehaviour(String indicator, String competency, String text, int level) {
}
