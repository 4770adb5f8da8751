package dev.ladder.web.page;

import java.util.List;

/**
 * The frameworks page: each council's framework, and the themes that link competencies across councils.
 *
 * @param councils the themes table's columns, one per framework, in the order of {@code frameworks}
 */
record FrameworkPageList(List<Entry> frameworks, List<String> councils, List<ThemeRow> themes) {

    /** One framework: how big it is and where its page is. */
    record Entry(String id, String title, String council, int levels, int competencies, int behaviours,
                 String href) {
    }

    /**
     * One theme: per council (same order as {@code councils}), the competencies that develop it.
     *
     * @param councilCount how many councils have a competency developing the theme
     */
    record ThemeRow(String id, String title, String definition, List<List<Competency>> cells,
                    int councilCount) {
    }

    /**
     * A competency in a theme's cell.
     *
     * @param where the section it belongs to, when another competency of its framework has the same
     *              title (Cambridge has two COMMUNICATIONs); else null
     */
    record Competency(String title, String href, String where) {
    }
}
