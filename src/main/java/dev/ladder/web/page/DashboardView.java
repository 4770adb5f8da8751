package dev.ladder.web.page;

import java.util.List;

/**
 * The L&D dashboard as the template shows it: the filters, and either the problem with a filter or
 * the four sections (training needs, resource demand, readiness pipeline, red-flag hot spots), each
 * with its CSV download. Counts only: nothing here names a person.
 *
 * @param error    the filter that names nothing, or null
 * @param sections the reports, or null when a filter is refused
 */
record DashboardView(DashboardFilters filters, DashboardError error, DashboardSections sections) {
}

/** The filter form: each select's options (the selected one marked) and what the page counts, in a sentence. */
record DashboardFilters(List<DashboardOption> councils, List<DashboardOption> departments,
                        List<DashboardOption> levels, List<DashboardOption> periods, String counting) {
}

/** One option of a select; value "" is "all". */
record DashboardOption(String value, String label, boolean selected) {
}

/** A refused filter: the field (the select's id) and the report API's message, e.g. "did you mean …". */
record DashboardError(String field, String message) {
}

/**
 * The four sections and their CSV downloads.
 *
 * @param people how many people's reviews the filters count (each has one readiness verdict)
 */
record DashboardSections(int people, DashboardChartTable<DashboardNeedRow> competencyNeeds,
                         DashboardChartTable<DashboardNeedRow> themeNeeds,
                         List<DashboardResourceRow> resources,
                         DashboardChartTable<DashboardReadinessRow> readiness,
                         List<DashboardRedFlagRow> redFlags,
                         DashboardDownloads csv) {
}

/** A table and the chart drawn from it: the chart's accessible summary says what it shows. */
record DashboardChartTable<T>(List<T> rows, String chartLabel) {
}

/** Training needs of one competency (council's title) or theme: how many people at each priority. */
record DashboardNeedRow(String name, String council, int high, int medium, int low) {

    public int total() {
        return high + medium + low;
    }
}

/** How many people a learning resource is recommended to. */
record DashboardResourceRow(String title, String type, String effort, int people) {
}

/** Readiness for the next level of the people at one level of one council's framework. */
record DashboardReadinessRow(String council, String level, int ready, int developing, int notReady, int topLevel) {

    public int total() {
        return ready + developing + notReady + topLevel;
    }
}

/** Red flags seen for one behaviour (the council's text) of one competency, by severity: counts, no names. */
record DashboardRedFlagRow(String council, String competency, String behaviour, int concern, int serious) {

    public int total() {
        return concern + serious;
    }
}

/** The addresses of the sections' CSV downloads, with the page's filters. */
record DashboardDownloads(String trainingNeeds, String resources, String readiness, String redFlags) {
}
