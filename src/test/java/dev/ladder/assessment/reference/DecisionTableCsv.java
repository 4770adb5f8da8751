package dev.ladder.assessment.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.ladder.organisation.Csv;

/**
 * A tiny reader of the Drools CSV decision tables in {@code rules/}, just enough for the reference
 * policy to take its tunable numbers and lists from the same place the rules do.
 *
 * <p>It reads the layout Drools reads: a {@code RuleTable <name>} row, then the column kinds
 * ({@code NAME}, {@code CONDITION}, {@code ACTION}), the object-type row, the code row, the
 * description row, and the data rows up to the next blank row. Only the parameter cells are kept;
 * the code in the table is not interpreted (the reference implements the logic itself).
 */
final class DecisionTableCsv {

    /**
     * @param objectTypes the object-type cell of each CONDITION column, e.g. {@code "$r : Rating"}
     */
    record Table(String file, String name, List<String> objectTypes, List<Row> rows) {

        /** Whether a CONDITION column of this table matches facts of {@code type} (e.g. "Rating"). */
        boolean matches(String type) {
            return objectTypes.stream().anyMatch(t -> t.replaceAll("^\\s*\\$\\w+\\s*:\\s*", "").trim().equals(type));
        }
    }

    /** One data row: its rule name and the parameter cells of its CONDITION and ACTION columns. */
    record Row(String name, List<String> conditions, List<String> actions) {

        String condition() {
            return single(conditions, "condition");
        }

        String action() {
            return single(actions, "action");
        }

        private String single(List<String> cells, String what) {
            if (cells.size() != 1) {
                throw new IllegalStateException("rule '" + name + "' has " + cells.size() + " " + what
                        + " columns; the reference policy reads tables with exactly one");
            }
            String cell = cells.get(0);
            if (cell.isBlank()) {
                throw new IllegalStateException("rule '" + name + "' has a blank " + what
                        + " cell; the reference policy does not model a rule without that constraint");
            }
            return cell;
        }
    }

    private DecisionTableCsv() {
    }

    static List<Table> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = parse(text);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String first = cell(rows.get(i), 0);
            if (!first.startsWith("RuleTable")) {
                continue;
            }
            String name = first.substring("RuleTable".length()).trim();
            List<String> kinds = rows.get(i + 1);
            List<String> types = rows.get(i + 2);
            List<String> objectTypes = new ArrayList<>();
            for (int col = 0; col < kinds.size(); col++) {
                if (cell(kinds, col).equals("CONDITION")) {
                    objectTypes.add(cell(types, col));
                }
            }
            List<Row> data = new ArrayList<>();
            int r = i + 5;
            for (; r < rows.size() && !blank(rows.get(r)) && !cell(rows.get(r), 0).startsWith("RuleTable"); r++) {
                List<String> row = rows.get(r);
                String ruleName = "";
                List<String> conditions = new ArrayList<>();
                List<String> actions = new ArrayList<>();
                for (int col = 0; col < kinds.size(); col++) {
                    switch (cell(kinds, col)) {
                        case "NAME" -> ruleName = cell(row, col);
                        case "CONDITION" -> conditions.add(cell(row, col));
                        case "ACTION" -> actions.add(cell(row, col));
                        default -> {
                            // other column kinds (PRIORITY, …) carry no policy numbers
                        }
                    }
                }
                data.add(new Row(ruleName, conditions, actions));
            }
            tables.add(new Table(file.getFileName().toString(), name, objectTypes, data));
            i = r - 1;
        }
        return tables;
    }

    /** The one table of {@code file} whose condition matches facts of {@code type}. */
    static Table table(Path file, String type) {
        List<Table> found = read(file).stream().filter(t -> t.matches(type)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(file + ": expected one decision table on " + type + ", found "
                    + found.stream().map(Table::name).toList());
        }
        return found.get(0);
    }

    /** The table of {@code file} called {@code name} (after "RuleTable"), for tables without a condition. */
    static Table named(Path file, String name) {
        return read(file).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalStateException(file + ": no decision table \"" + name + "\""));
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col).trim() : "";
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    /** Every row of the table, blank lines included (they end a table), read by the one CSV reader. */
    static List<List<String>> parse(String text) {
        return Csv.records(text).stream().map(Csv.Row::cells).toList();
    }
}
