package dev.ladder.assessment.fact;

/**
 * The employee as reviewed: who, in which framework and level, and which level is next.
 *
 * @param nextLevel rank of the next level, or null at the top of the ladder
 */
public record Employee(String employeeId, String framework, int level, Integer nextLevel, String period,
                       String department) {
}
