package dev.ladder.assessment.fact;

/**
 * One reason why a competency is a learning need, at a priority; a need's priority is its most urgent.
 *
 * @param towardsNextLevel whether the reason is growth towards the next level (a readiness gap), so
 *                         that its resources are chosen for the next level's career stage
 */
public record NeedReason(String competency, Priority priority, String rule, String because, boolean towardsNextLevel)
        implements Explained {

    /** A reason of the employee's current level (a rating, a red flag). */
    public NeedReason(String competency, Priority priority, String rule, String because) {
        this(competency, priority, rule, because, false);
    }
}
