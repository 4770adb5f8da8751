package dev.ladder.web.page;

import java.util.List;

/**
 * A search across the behaviours of every council.
 *
 * @param query     what was asked, as typed (shown escaped)
 * @param problem   why the query was not run, or null
 * @param searched  whether a search ran
 * @param total     how many behaviours matched
 * @param byCouncil how many matched in each council, e.g. "Cambridge City Council: 4"
 * @param results   the matches shown (at most {@link #LIMIT})
 */
record FrameworkPageSearch(String query, String problem, boolean searched, int total, List<String> byCouncil,
                           List<Result> results) {

    static final int LIMIT = 100;
    static final int MAX_QUERY = 200;

    public boolean truncated() {
        return total > results.size();
    }

    /**
     * One matching behaviour.
     *
     * @param level       the level that introduces it, linked
     * @param tag         the polarity as a tag: "Effective" or "Red flag"
     * @param tagClass    the tag's colour class
     * @param kind        what the source calls it ("negative sign"…)
     * @param text        the text, cut into parts; the parts that match are marked
     */
    record Result(String id, String council, String frameworkId, String competency, FrameworkPageLink level,
                  String tag, String tagClass, String kind, List<Part> text) {
    }

    /** A piece of a behaviour's text; {@code match} when it is what was searched for. */
    record Part(String text, boolean match) {
    }
}
