package dev.ladder.policy;

import java.util.List;

/**
 * What a draft would change if published: every person's current stored review assessed by the
 * rule set in service and by the draft, compared.
 *
 * @param reviews     how many current reviews were compared
 * @param transitions readiness before → after, one row per pair that occurs (unchanged ones included)
 * @param people      the people whose outcome changes; empty when the viewer may not see names
 */
public record Impact(String inService, String draft, int reviews, List<Transition> transitions,
                     int redFlagsAdded, int redFlagsRemoved, List<Count> needsByPriority,
                     List<Count> byFramework, List<Count> byDepartment, List<Affected> people) {

    /** How many people move from one readiness status to another ({@code none} when there is no verdict). */
    public record Transition(String from, String to, int count) {
    }

    /** A figure under the rule set in service and under the draft, for one key (a priority, framework or department). */
    public record Count(String key, int inService, int draft) {
    }

    /** One person whose outcome changes, and how. */
    public record Affected(String employeeId, String framework, String department, String from, String to,
                           String change) {
    }
}
