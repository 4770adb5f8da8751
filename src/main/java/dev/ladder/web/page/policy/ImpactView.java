package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ladder.policy.Impact;

/**
 * A draft's impact preview as its page shows it: the transition table (from → to → how many) and the
 * same as a matrix, red flags added and removed, needs by priority, by framework and department
 * (in service, draft, and the change), and the people affected for those who may see names.
 */
record ImpactView(String draftId, String draftHref, String inService, String draft, int reviews, int moving,
                  int changed, int failed,
                  List<Impact.Transition> transitions, List<String> statuses, List<MatrixRow> matrix,
                  int redFlagsAdded, int redFlagsRemoved, List<CountRow> needsByPriority, List<CountRow> byFramework,
                  List<CountRow> byDepartment, boolean names, List<Impact.Affected> people, String assessed) {

    /** One "from" status: how many go to each status, in the order of {@code statuses}. */
    record MatrixRow(String from, List<Integer> to) {
    }

    record CountRow(String key, int inService, int draft, String change) {
    }

    private static final List<String> ORDER = List.of("READY", "DEVELOPING", "NOT_READY", "TOP_LEVEL", "none");

    static ImpactView of(String draftId, Impact impact, List<Impact.Affected> visible, boolean names) {
        Set<String> statuses = new LinkedHashSet<>();
        ORDER.forEach(s -> {
            if (impact.transitions().stream().anyMatch(t -> t.from().equals(s) || t.to().equals(s))) {
                statuses.add(s);
            }
        });
        impact.transitions().forEach(t -> {
            statuses.add(t.from());
            statuses.add(t.to());
        });
        Map<String, Integer> counts = impact.transitions().stream()
                .collect(Collectors.toMap(t -> t.from() + "→" + t.to(), Impact.Transition::count, Integer::sum));
        List<MatrixRow> matrix = new ArrayList<>();
        for (String from : statuses) {
            matrix.add(new MatrixRow(from, statuses.stream().map(to -> counts.getOrDefault(from + "→" + to, 0)).toList()));
        }
        int moving = impact.transitions().stream().filter(t -> !t.from().equals(t.to()))
                .mapToInt(Impact.Transition::count).sum();
        List<Impact.Transition> sorted = impact.transitions().stream()
                .sorted(java.util.Comparator.comparing((Impact.Transition t) -> t.from().equals(t.to()))
                        .thenComparing(t -> -t.count()))
                .toList();
        return new ImpactView(draftId, "/policy/drafts/" + draftId, impact.inService(), impact.draft(),
                impact.reviews(), moving, impact.changed(), impact.failed(), sorted, List.copyOf(statuses), matrix, impact.redFlagsAdded(),
                impact.redFlagsRemoved(), rows(impact.needsByPriority()), rows(impact.byFramework()),
                rows(impact.byDepartment()), names, visible, assessed(impact));
    }

    /** How many reviews the draft had to assess, and why not all of them. */
    static String assessed(Impact impact) {
        if (impact.onlyFrameworks() == null) {
            return "All " + impact.reviews() + ": the draft changes more than rows that name a framework.";
        }
        if (impact.onlyFrameworks().isEmpty()) {
            return "None: the draft's rules are the rules in service.";
        }
        return impact.assessedByDraft() + " of " + impact.reviews() + ": the draft changes only rows for "
                + String.join(", ", impact.onlyFrameworks()) + ", which cannot match anyone of another framework,"
                + " so everyone else keeps their outcome in service.";
    }

    private static List<CountRow> rows(List<Impact.Count> counts) {
        return counts.stream().map(c -> new CountRow(c.key(), c.inService(), c.draft(), change(c.draft() - c.inService())))
                .toList();
    }

    private static String change(int delta) {
        return delta == 0 ? "no change" : (delta > 0 ? "+" : "−") + Math.abs(delta);
    }
}
