package dev.ladder.web.page;

import java.util.List;

/**
 * What one level of a framework expects, and what the next level adds.
 *
 * @param caption      framework title and the level's place on the ladder
 * @param typicalPosts the source's typical posts, joined, or null
 * @param description  the ontology's notes on the level
 * @param previous     the level below, or null at the first
 * @param next         the level above, or null at the top
 */
record FrameworkPageLevel(String frameworkId, String frameworkTitle, String council, String frameworkHref,
                          String caption, int rank, String label, String typicalPosts, List<String> description,
                          FrameworkPageLink previous, FrameworkPageLink next,
                          List<FrameworkPageCompetency> competencies, int effectiveCount, int ineffectiveCount,
                          NextLevel nextLevel) {

    /**
     * What is new at the next level.
     *
     * @param sentence         a sentence that sums it up (or says this is the top level)
     * @param newCompetencies  competencies expected at the next level and not at this one, with all their behaviours
     * @param newBehaviours    competencies expected at both, holding only the behaviours the next level adds
     * @param noLongerExpected titles of competencies expected here and not at the next level
     */
    record NextLevel(String sentence, List<FrameworkPageCompetency> newCompetencies,
                     List<FrameworkPageCompetency> newBehaviours, List<String> noLongerExpected) {
    }
}
