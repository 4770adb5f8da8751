package dev.ladder.assessment.fact;

import java.util.List;

/**
 * A competency the framework expects at the employee's current level or at the next level.
 *
 * @param introduced for the next level: the positive behaviours it introduces in this competency, in
 *                   framework order (what the employee will need to show there); empty for the current level
 */
public record Expectation(String competency, String title, int level, Scope scope, List<NextLevelBehaviour> introduced) {

    public Expectation {
        introduced = List.copyOf(introduced);
    }

    /** A competency of the employee's current level. */
    public static Expectation current(String competency, String title, int level) {
        return new Expectation(competency, title, level, Scope.CURRENT, List.of());
    }
}
