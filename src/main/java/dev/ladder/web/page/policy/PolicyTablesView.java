package dev.ladder.web.page.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of rule files shown readably: each decision table with its headings and values (and, for a
 * framework, competency or behaviour, the council's words), each DRL file with the names of its rules.
 */
record PolicyTablesView(List<TableView> tables, List<DrlView> drl, List<String> other) {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    /** A decision table of a file: its name, headings, rows, and the file's line of its first row. */
    record TableView(String file, String name, String id, List<String> headings, List<List<Cell>> rows, int line) {
    }

    /** A value of a table, with the council's words for it when it names something of the ontology. */
    record Cell(String value, String councilText, boolean unknown) {
    }

    /** A DRL file and the rules it holds, by name. */
    record DrlView(String file, List<String> rules) {
    }

    static PolicyTablesView of(Map<String, byte[]> files, OntologyPicks picks) {
        List<TableView> tables = new ArrayList<>();
        List<DrlView> drl = new ArrayList<>();
        List<String> other = new ArrayList<>();
        files.forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (file.endsWith(".csv")) {
                for (DecisionTables.Table table : DecisionTables.read(text)) {
                    tables.add(table(file, table, picks));
                }
            } else if (file.endsWith(".drl")) {
                drl.add(new DrlView(file, ruleNames(text)));
            } else {
                other.add(file);
            }
        });
        return new PolicyTablesView(List.copyOf(tables), List.copyOf(drl), List.copyOf(other));
    }

    static List<String> ruleNames(String drl) {
        List<String> names = new ArrayList<>();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return names;
    }

    private static TableView table(String file, DecisionTables.Table table, OntologyPicks picks) {
        List<OntologyPicks.Kind> kinds = table.columns().stream().map(OntologyPicks::kind).toList();
        List<String> headings = table.columns().stream()
                .map(c -> c.heading().isBlank() ? c.keyword() : c.heading()).toList();
        List<List<Cell>> rows = table.rows().stream().map(row -> {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c);
                OntologyPicks.Kind kind = kinds.get(c);
                if (kind == OntologyPicks.Kind.PLAIN || value.isBlank()) {
                    cells.add(new Cell(value, null, false));
                } else {
                    String text = picks.describe(kind, value);
                    cells.add(new Cell(value, text == null || text.equals(value) ? null : text, text == null));
                }
            }
            return List.copyOf(cells);
        }).toList();
        String id = "table-" + (file + "-" + table.index()).replaceAll("[^A-Za-z0-9]+", "-");
        return new TableView(file, table.name(), id, headings, rows, table.line());
    }
}
