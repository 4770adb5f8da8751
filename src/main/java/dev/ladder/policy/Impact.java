package dev.ladder.policy;

import java.util.List;

/**
 * What a draft would change if published: every person's latest current stored review assessed by
 * the rule set in service and by the draft, compared.
 *
 * @param reviews         how many current reviews were compared (one per person: their latest period)
 * @param transitions     readiness before → after, one row per pair that occurs (unchanged ones
 *                        included); {@code none} when an assessment has no verdict, {@code failed} when
 *                        the review could not be assessed
 * @param redFlagsAdded   red flags the draft raises that the rule set in service does not (a change of
 *                        severity counts as one removed and one added)
 * @param needsByPriority learning needs of each priority, in service and under the draft
 * @param byFramework     per framework, how many people are READY in service and under the draft
 * @param byDepartment    per department, the same
 * @param people          the people whose outcome changes; empty when the viewer may not see names
 * @param changed         how many people's outcome changes (readiness, red flags or learning needs)
 * @param failed          how many reviews could not be assessed by one side or the other
 */
public record Impact(String inService, String draft, int reviews, List<Transition> transitions,
                     int redFlagsAdded, int redFlagsRemoved, List<Count> needsByPriority,
                     List<Count> byFramework, List<Count> byDepartment, List<Affected> people, int changed,
                     int failed) {

    public Impact {
        transitions = List.copyOf(transitions);
        needsByPriority = List.copyOf(needsByPriority);
        byFramework = List.copyOf(byFramework);
        byDepartment = List.copyOf(byDepartment);
        people = List.copyOf(people);
    }

    /** As before {@code changed} and {@code failed} were added: both counted from {@code people}/0. */
    public Impact(String inService, String draft, int reviews, List<Transition> transitions, int redFlagsAdded,
                  int redFlagsRemoved, List<Count> needsByPriority, List<Count> byFramework,
                  List<Count> byDepartment, List<Affected> people) {
        this(inService, draft, reviews, transitions, redFlagsAdded, redFlagsRemoved, needsByPriority, byFramework,
                byDepartment, people, people.size(), 0);
    }

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

    /** The people whose outcome changes, when the viewer may see names; the same without them otherwise. */
    public Impact withoutNames() {
        return new Impact(inService, draft, reviews, transitions, redFlagsAdded, redFlagsRemoved, needsByPriority,
                byFramework, byDepartment, List.of(), changed, failed);
    }
}
