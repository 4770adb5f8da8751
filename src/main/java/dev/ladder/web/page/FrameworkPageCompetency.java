package dev.ladder.web.page;

import java.util.List;

/**
 * A competency as a level page shows it: its own words, then the behaviours the council wants to see
 * and, apart, its red flags, each grouped under what the source calls them.
 *
 * @param anchor      the element id of its heading
 * @param section     the source's section, or null
 * @param cluster     the cluster inside the section, or null
 * @param notes       the ontology's notes on the competency (where the source itself looks wrong)
 * @param since       the lower level that introduced every behaviour shown, when they all come from one; else null
 * @param effective   positive indicators, by kind, in source order
 * @param ineffective negative indicators (red flags), by kind, in source order
 */
record FrameworkPageCompetency(String id, String anchor, String code, String title, String definition,
                               List<String> attributes, String section, String cluster, List<String> notes,
                               String since, List<Group> effective, List<Group> ineffective) {

    public int effectiveCount() {
        return effective.stream().mapToInt(g -> g.behaviours().size()).sum();
    }

    public int ineffectiveCount() {
        return ineffective.stream().mapToInt(g -> g.behaviours().size()).sum();
    }

    /** Behaviours of one kind, under the source's name for them ("Positive signs", "Performance criteria"…). */
    record Group(String heading, List<Behaviour> behaviours) {
    }

    /**
     * One indicator, verbatim.
     *
     * @param since the level that introduced it, when lower than the level shown; else null
     */
    record Behaviour(String id, String code, String text, List<String> notes, String since) {
    }
}
