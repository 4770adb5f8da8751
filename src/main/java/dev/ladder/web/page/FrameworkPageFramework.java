package dev.ladder.web.page;

import java.util.List;

/**
 * One council's framework: its levels and its competencies, grouped as the source groups them.
 *
 * @param notes      the ontology's notes on the framework
 * @param cumulative a sentence saying whether levels build on the ones below, or null if the framework does not say
 */
record FrameworkPageFramework(String id, String title, String council, List<String> notes, String cumulative,
                              List<LevelRow> levels, List<Section> sections, int competencyCount) {

    /**
     * A level of the ladder.
     *
     * @param typicalPosts the source's typical posts, joined, or null when it names none
     * @param description  the ontology's notes on the level (where the source describes it)
     */
    record LevelRow(int rank, String label, String href, String typicalPosts, List<String> description,
                    int competencies, int behaviours) {
    }

    /** A section of the source (or the whole framework when it has none), with its competencies. */
    record Section(String title, List<String> notes, List<CompetencyRow> competencies) {
    }

    /**
     * A competency in the framework's list.
     *
     * @param anchor     element id, the target of the themes table's links
     * @param expectedAt links to the levels it is expected at
     * @param themes     titles of the cross-council themes it develops
     */
    record CompetencyRow(String id, String anchor, String code, String title, String cluster, String definition,
                         List<String> attributes, List<FrameworkPageLink> expectedAt, int effective,
                         int ineffective, List<String> themes, List<String> notes) {
    }
}
