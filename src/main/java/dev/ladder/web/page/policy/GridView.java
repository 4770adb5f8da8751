package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.List;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.policy.CheckReport;
import dev.ladder.policy.Draft;

/**
 * A decision table file of a draft as a grid: per rule table one HTML table of inputs, a pick-list
 * where a column names a framework, competency or behaviour, and the latest check's problems at
 * their row and column.
 */
record GridView(String draftId, String draftHref, String path, String action, List<TableGrid> tables,
                List<Problem> problems) {

    record TableGrid(int index, String id, String name, List<Heading> headings, List<Row> rows, int rowCount) {
    }

    record Heading(String text, String keyword, boolean pick) {
    }

    record Row(int number, int line, String removeLabel, List<Input> cells, boolean isNew) {
    }

    /**
     * One cell: its form name and id, the label a screen reader says, the value, and for a pick-list its
     * groups of choices (null for a text input); {@code unknown} when the value is not in the ontology.
     */
    record Input(String name, String id, String label, String value, List<OntologyPicks.Group> groups,
                 boolean unknown, String error) {
    }

    /** A problem of the latest check in this file, with the cell's id it belongs to when known. */
    record Problem(String text, String href) {
    }

    static String tableId(int index) {
        return "table-" + index;
    }

    static String cellName(int table, int row, int column) {
        return "t" + table + "-r" + row + "-c" + column;
    }

    static GridView of(Draft draft, String path, String text, OntologyPicks picks, CheckReport check, Integer add) {
        List<RuleProblem> fileProblems = check == null ? List.of()
                : check.problems().stream().filter(p -> path.equals(p.file())).toList();
        List<TableGrid> grids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<RuleProblem> placed = new ArrayList<>();
        for (DecisionTables.Table table : DecisionTables.read(text)) {
            List<OntologyPicks.Kind> kinds = table.columns().stream().map(OntologyPicks::kind).toList();
            List<List<OntologyPicks.Group>> choices = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                OntologyPicks.Kind kind = kinds.get(c);
                int col = c;
                List<String> values = table.rows().stream().map(r -> r.get(col)).toList();
                choices.add(kind == OntologyPicks.Kind.PLAIN ? null : picks.choices(kind,
                        picks.holdsIds(kind, table.columns().get(c), values),
                        OntologyPicks.negativeOnly(table.columns().get(c))));
            }
            List<Heading> headings = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                DecisionTables.Column column = table.columns().get(c);
                headings.add(new Heading(column.heading().isBlank() ? column.keyword() : column.heading(),
                        column.keyword(), choices.get(c) != null));
            }
            List<List<String>> values = new ArrayList<>(table.rows());
            boolean adding = add != null && add == table.index();
            if (adding) {
                values.add(table.columns().stream().map(c -> "").toList());
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < values.size(); r++) {
                int line = table.line() + r;
                List<Input> cells = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    String value = values.get(r).get(c);
                    List<OntologyPicks.Group> groups = choices.get(c);
                    boolean unknown = groups != null && !value.isBlank() && groups.stream()
                            .flatMap(g -> g.choices().stream()).noneMatch(ch -> ch.value().equals(value));
                    int column = c + 1;
                    RuleProblem problem = fileProblems.stream()
                            .filter(p -> p.line() != null && p.line() == line
                                    && (p.column() == null || p.column() == column)).findFirst().orElse(null);
                    if (problem != null) {
                        placed.add(problem);
                    }
                    String id = tableId(table.index()) + "-r" + r + "-c" + c;
                    cells.add(new Input(cellName(table.index(), r, c), id,
                            headings.get(c).text() + ", row " + (r + 1), value, groups, unknown,
                            problem == null ? null : problem.message() + (problem.hint() == null ? "" : " – " + problem.hint())));
                }
                rows.add(new Row(r + 1, line, "Remove row " + (r + 1) + " of " + table.name(), cells,
                        adding && r == values.size() - 1));
            }
            grids.add(new TableGrid(table.index(), tableId(table.index()), table.name(), headings, rows, rows.size()));
        }
        for (RuleProblem p : fileProblems) {
            String href = "#top";
            for (TableGrid g : grids) {
                for (Row row : g.rows()) {
                    if (p.line() != null && row.line() == p.line()) {
                        int c = p.column() == null ? 0 : Math.max(0, Math.min(row.cells().size() - 1, p.column() - 1));
                        href = "#" + row.cells().get(c).id();
                    }
                }
            }
            problems.add(new Problem(CheckView.sentence(p), href));
        }
        return new GridView(draft.id(), "/policy/drafts/" + draft.id(), path, DraftFiles.href(draft.id(), path, null),
                grids, problems);
    }
}
