package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.ladder.review.Period;
import dev.ladder.web.page.DevelopmentView.DevelopmentTag;

/**
 * The "My team" table: one row per direct report, sorted on the server by one column
 * ({@code ?sort=name|level|period|readiness|redFlags|highNeeds&dir=asc|desc}), so sorting works without
 * JavaScript; each column header links to sorting by it.
 *
 * @param columns the table's headers, in order
 * @param rows    the direct reports, sorted
 */
record TeamView(List<TeamColumn> columns, List<TeamRow> rows) {

    /** The sortable columns, their keys and headers. */
    static final List<String[]> COLUMNS = List.of(new String[] {"name", "Name"}, new String[] {"level", "Level"},
            new String[] {"period", "Latest review"}, new String[] {"readiness", "Readiness"},
            new String[] {"redFlags", "Red flags"}, new String[] {"highNeeds", "High-priority needs"});

    /**
     * A column header.
     *
     * @param href     sorting by this column (the other direction when it is the sorted column)
     * @param ariaSort "ascending"/"descending" on the sorted column, else null
     * @param numeric  whether the cells are numbers (right-aligned)
     */
    record TeamColumn(String key, String label, String href, String ariaSort, boolean numeric) {
    }

    /**
     * A direct report; period, redFlags and highNeeds are null when no review is stored yet.
     */
    record TeamRow(String id, String name, int level, String levelName, String period, DevelopmentTag readiness,
                   int readinessOrder, Integer redFlags, Integer highNeeds) {

        boolean reviewed() {
            return period != null;
        }
    }

    /** The table for {@code rows}, sorted by {@code sort} ({@code name} if unknown) in {@code dir}. */
    static TeamView sorted(List<TeamRow> rows, String sort, String dir) {
        String key = COLUMNS.stream().map(c -> c[0]).filter(k -> k.equals(sort)).findFirst().orElse("name");
        boolean descending = "desc".equals(dir);
        Comparator<TeamRow> order = comparator(key, descending);
        List<TeamRow> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        List<TeamColumn> columns = COLUMNS.stream().map(c -> {
            boolean current = c[0].equals(key);
            String nextDir = current && !descending ? "desc" : "asc";
            return new TeamColumn(c[0], c[1], "/team?sort=" + c[0] + "&dir=" + nextDir,
                    current ? (descending ? "descending" : "ascending") : null,
                    c[0].equals("redFlags") || c[0].equals("highNeeds"));
        }).toList();
        return new TeamView(columns, List.copyOf(sorted));
    }

    /** People without a review always come last; ties are broken by name, then id. */
    private static Comparator<TeamRow> comparator(String key, boolean descending) {
        Comparator<TeamRow> byName = Comparator.comparing((TeamRow r) -> r.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(TeamRow::id);
        Comparator<TeamRow> primary = switch (key) {
            case "level" -> Comparator.comparingInt(TeamRow::level);
            case "period" -> Comparator.comparing(TeamRow::period, Comparator.nullsFirst(Period.TEXT_ORDER));
            case "readiness" -> Comparator.comparingInt(TeamRow::readinessOrder);
            case "redFlags" -> Comparator.comparing(TeamRow::redFlags, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "highNeeds" -> Comparator.comparing(TeamRow::highNeeds, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> byName;
        };
        if (descending) {
            primary = primary.reversed();
        }
        Comparator<TeamRow> unreviewedLast = Comparator.comparing((TeamRow r) -> !r.reviewed());
        return "name".equals(key) || "level".equals(key)
                ? primary.thenComparing(byName)
                : unreviewedLast.thenComparing(primary).thenComparing(byName);
    }
}
