package dev.ladder.assessment.fact;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A next-level competency in which too few of the next level's behaviours were shown.
 *
 * @param missingIndicators ids of the next-level behaviours still to show (in no particular order: the
 *                          assessment lists them in framework order)
 * @param percent           the readiness threshold: the share of the behaviours that must be shown
 */
public record ReadinessGap(String competency, String title, List<String> missingIndicators, int shown, int required,
                           int percent, String rule, String because) implements Explained {

    public ReadinessGap {
        missingIndicators = List.copyOf(missingIndicators);
    }

    /** The gap between what the next level introduces and what was observed of it. */
    public static ReadinessGap of(String competency, String title, Collection<?> required, Collection<?> shown,
                                  int percent, String rule) {
        Set<String> seen = shown.stream().map(o -> ((Observation) o).indicator()).collect(Collectors.toSet());
        List<String> missing = required.stream().map(b -> ((NextLevelBehaviour) b).indicator())
                .filter(id -> !seen.contains(id)).toList();
        int needed = needed(seen.size(), required.size(), percent);
        String because = title + ": " + seen.size() + " of the " + required.size()
                + " behaviours the next level introduces were observed; at least " + percent + "% are needed, so show "
                + needed + " more of these " + missing.size() + " behaviours";
        return new ReadinessGap(competency, title, missing, seen.size(), required.size(), percent, rule, because);
    }

    /** How many more behaviours must be shown to reach the threshold. */
    public int needed() {
        return needed(shown, required, percent);
    }

    /** ceil(percent × required / 100) − shown, and at least one: a gap always asks for something. */
    static int needed(int shown, int required, int percent) {
        int atLeast = (percent * required + 99) / 100;
        return Math.max(1, atLeast - shown);
    }
}
