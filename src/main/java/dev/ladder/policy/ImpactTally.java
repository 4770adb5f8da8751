package dev.ladder.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.ladder.assessment.Assessment;
import dev.ladder.report.ReportIndex.Verdicts;

/**
 * Adds up the outcomes of an impact preview, one review at a time, into an {@link Impact}. Each side
 * is an assessment in brief ({@link Verdicts}: readiness, red flags, needs), which is all it counts.
 */
final class ImpactTally {

    static final String NONE = "none";
    static final String FAILED = "failed";
    private static final List<String> STATUSES = List.of("READY", "DEVELOPING", "NOT_READY", "TOP_LEVEL", NONE, FAILED);
    private static final List<String> PRIORITIES = List.of("high", "medium", "low");
    private static final String NO_DEPARTMENT = "(no department)";

    /**
     * One review: its assessment by the rule set in service and by the draft (null when it could not be
     * made); {@code assessedByDraft} false when the draft's side is the one in service, because the draft
     * cannot change it.
     */
    record Outcome(String employeeId, String framework, String department, Verdicts inService, Verdicts draft,
                   boolean assessedByDraft) {
    }

    private final boolean withNames;
    private final Map<List<String>, Integer> transitions = new TreeMap<>(Comparator
            .comparing((List<String> pair) -> rank(pair.get(0))).thenComparing(pair -> rank(pair.get(1))));
    private final int[][] needs = new int[2][PRIORITIES.size()];
    private final Map<String, int[]> byFramework = new TreeMap<>();
    private final Map<String, int[]> byDepartment = new TreeMap<>();
    private final List<Impact.Affected> people = new ArrayList<>();
    private int reviews;
    private int flagsAdded;
    private int flagsRemoved;
    private int changed;
    private int failed;
    private int assessedByDraft;

    ImpactTally(boolean withNames) {
        this.withNames = withNames;
    }

    void add(Outcome outcome) {
        reviews++;
        if (outcome.assessedByDraft()) {
            assessedByDraft++;
        }
        String from = status(outcome.inService());
        String to = status(outcome.draft());
        transitions.merge(List.of(from, to), 1, Integer::sum);
        if (outcome.inService() == null || outcome.draft() == null) {
            failed++;
        }
        count(byFramework, outcome.framework(), from, to);
        count(byDepartment, outcome.department() == null ? NO_DEPARTMENT : outcome.department(), from, to);
        countNeeds(0, outcome.inService());
        countNeeds(1, outcome.draft());
        List<String> change = new ArrayList<>();
        if (!from.equals(to)) {
            change.add("readiness " + from + " → " + to);
        }
        if (outcome.inService() != null && outcome.draft() != null) {
            Set<List<String>> before = flags(outcome.inService());
            Set<List<String>> after = flags(outcome.draft());
            for (Verdicts.Flag flag : outcome.draft().redFlags()) {
                if (!before.contains(key(flag))) {
                    flagsAdded++;
                    change.add("red flag added: " + flag.text() + " (" + flag.severity() + ")");
                }
            }
            for (Verdicts.Flag flag : outcome.inService().redFlags()) {
                if (!after.contains(key(flag))) {
                    flagsRemoved++;
                    change.add("red flag removed: " + flag.text() + " (" + flag.severity() + ")");
                }
            }
            needsChange(outcome.inService(), outcome.draft()).ifPresent(change::add);
        }
        if (!change.isEmpty()) {
            changed++;
            if (withNames) {
                people.add(new Impact.Affected(outcome.employeeId(), outcome.framework(),
                        outcome.department(), from, to, String.join("; ", change)));
            }
        }
    }

    /** @param onlyFrameworks as {@link Impact#onlyFrameworks()} */
    Impact impact(String inService, String draft, List<String> onlyFrameworks) {
        List<Impact.Transition> rows = new ArrayList<>();
        transitions.forEach((pair, count) -> rows.add(new Impact.Transition(pair.get(0), pair.get(1), count)));
        List<Impact.Count> priorities = new ArrayList<>();
        for (int p = 0; p < PRIORITIES.size(); p++) {
            priorities.add(new Impact.Count(PRIORITIES.get(p), needs[0][p], needs[1][p]));
        }
        people.sort(Comparator.comparing(Impact.Affected::employeeId));
        return new Impact(inService, draft, reviews, rows, flagsAdded, flagsRemoved, priorities, counts(byFramework),
                counts(byDepartment), people, changed, failed, onlyFrameworks, assessedByDraft);
    }

    static String status(Assessment assessment) {
        if (assessment == null) {
            return FAILED;
        }
        return assessment.readiness() == null || assessment.readiness().status() == null
                ? NONE : assessment.readiness().status();
    }

    static String status(Verdicts verdicts) {
        if (verdicts == null) {
            return FAILED;
        }
        return verdicts.readiness() == null ? NONE : verdicts.readiness();
    }

    /** An assessment in brief: what the tally counts of it; null stays null (could not be made). */
    static Verdicts brief(Assessment assessment) {
        if (assessment == null) {
            return null;
        }
        return new Verdicts(assessment.ruleSetVersion(),
                assessment.readiness() == null ? null : assessment.readiness().status(),
                assessment.redFlags().stream().map(f -> new Verdicts.Flag(f.indicator(), f.severity(), f.text())).toList(),
                assessment.learningNeeds().stream().map(n -> new Verdicts.Need(n.competency(), n.priority())).toList());
    }

    private static int rank(String status) {
        int rank = STATUSES.indexOf(status);
        return rank < 0 ? STATUSES.size() : rank;
    }

    /** People READY under each rule set, for one framework or department. */
    private static void count(Map<String, int[]> counts, String key, String from, String to) {
        int[] ready = counts.computeIfAbsent(key, k -> new int[2]);
        ready[0] += "READY".equals(from) ? 1 : 0;
        ready[1] += "READY".equals(to) ? 1 : 0;
    }

    private void countNeeds(int side, Verdicts assessment) {
        if (assessment != null) {
            assessment.needs().forEach(need -> {
                int p = PRIORITIES.indexOf(need.priority());
                if (p >= 0) {
                    needs[side][p]++;
                }
            });
        }
    }

    private static List<Impact.Count> counts(Map<String, int[]> counts) {
        List<Impact.Count> rows = new ArrayList<>();
        counts.forEach((key, c) -> rows.add(new Impact.Count(key, c[0], c[1])));
        return rows;
    }

    private static Set<List<String>> flags(Verdicts assessment) {
        Set<List<String>> keys = new HashSet<>();
        assessment.redFlags().forEach(flag -> keys.add(key(flag)));
        return keys;
    }

    private static List<String> key(Verdicts.Flag flag) {
        return java.util.Arrays.asList(flag.indicator(), flag.severity());
    }

    /** "learning needs: high 2 → 1, low 0 → 1" when the needs differ (by competency or priority). */
    private static java.util.Optional<String> needsChange(Verdicts before, Verdicts after) {
        Set<List<String>> a = new HashSet<>();
        before.needs().forEach(n -> a.add(List.of(n.competency(), n.priority())));
        Set<List<String>> b = new HashSet<>();
        after.needs().forEach(n -> b.add(List.of(n.competency(), n.priority())));
        if (a.equals(b)) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String priority : PRIORITIES) {
            long x = a.stream().filter(k -> k.get(1).equals(priority)).count();
            long y = b.stream().filter(k -> k.get(1).equals(priority)).count();
            if (x != y) {
                parts.add(priority + " " + x + " → " + y);
            }
        }
        return java.util.Optional.of("learning needs changed" + (parts.isEmpty() ? " (other competencies)"
                : ": " + String.join(", ", parts)));
    }
}
