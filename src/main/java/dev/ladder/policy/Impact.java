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
 * @param onlyFrameworks  when the draft differs from the rule set in service only in decision-table rows
 *                        that name their framework, those frameworks: only their people's reviews were
 *                        assessed by the draft, and everyone else keeps their outcome in service (their
 *                        sessions cannot match those rows); null when every review was assessed by the draft
 * @param assessedByDraft how many of the reviews the draft assessed
 */
public record Impact(String inService, String draft, int reviews, List<Transition> transitions,
                     int redFlagsAdded, int redFlagsRemoved, List<Count> needsByPriority,
                     List<Count> byFramework, List<Count> byDepartment, List<Affected> people, int changed,
                     int failed, List<String> onlyFrameworks, int assessedByDraft) {

    public Impact {
        transitions = List.copyOf(transitions);
        needsByPriority = List.copyOf(needsByPriority);
        byFramework = List.copyOf(byFramework);
        byDepartment = List.copyOf(byDepartment);
        people = List.copyOf(people);
        onlyFrameworks = onlyFrameworks == null ? null : List.copyOf(onlyFrameworks);
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
        return withPeople(List.of());
    }

    /** The same impact naming only {@code visible} of the people affected (the counts stay those of everyone). */
    public Impact withPeople(List<Affected> visible) {
        return new Impact(inService, draft, reviews, transitions, redFlagsAdded, redFlagsRemoved, needsByPriority,
                byFramework, byDepartment, visible, changed, failed, onlyFrameworks, assessedByDraft);
    }
}
