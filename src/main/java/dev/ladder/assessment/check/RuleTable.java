package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code RuleTable} block of a decision table: the header row, one column per NAME, CONDITION or
 * ACTION (its fact type, its code template and its label), and the rule rows below, up to the first
 * blank row. Rows and columns are numbered as the spreadsheet shows them.
 */
record RuleTable(TableFile file, TableFile.Grid sheet, String name, int headerRow, List<Column> columns,
                 List<Integer> rows) {

    static RuleTable read(TableFile file, TableFile.Grid sheet, int row, int column) {
        String name = sheet.cell(row, column).strip().substring("RuleTable".length()).strip();
        List<Column> columns = new ArrayList<>();
        for (int c = column; c <= sheet.width(row + 1); c++) {
            String kind = sheet.cell(row + 1, c).strip().toUpperCase(Locale.ROOT);
            if (!kind.isEmpty()) {
                columns.add(new Column(c, kind, objectType(sheet, row + 2, c, column), sheet.cell(row + 3, c).strip(),
                        sheet.cell(row + 4, c).strip()));
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = row + 5; r <= sheet.rows().size() && !sheet.blank(r)
                && !sheet.cell(r, column).strip().startsWith("RuleTable"); r++) {
            rows.add(r);
        }
        return new RuleTable(file, sheet, name, row, columns, rows);
    }

    /** A condition's fact type; a blank cell continues the pattern of the condition to its left. */
    private static String objectType(TableFile.Grid sheet, int row, int column, int first) {
        for (int c = column; c >= first; c--) {
            String type = sheet.cell(row, c).strip();
            if (!type.isEmpty()) {
                return type;
            }
            if (!sheet.cell(row - 1, c - 1).strip().toUpperCase(Locale.ROOT).startsWith("CONDITION")) {
                break;
            }
        }
        return "";
    }

    String cell(int row, Column column) {
        return sheet.cell(row, column.index()).strip();
    }

    List<Column> conditions() {
        return columns.stream().filter(Column::condition).toList();
    }

    List<Column> actions() {
        return columns.stream().filter(Column::action).toList();
    }

    /** The rule name a row gets: its NAME cell, when the table has one. */
    String ruleName(int row) {
        return columns.stream().filter(c -> c.kind().equals("NAME")).findFirst().map(c -> cell(row, c))
                .filter(n -> !n.isEmpty()).orElse(null);
    }

    /** The row with this rule name, if any. */
    java.util.Optional<Integer> rowNamed(String rule) {
        return rows.stream().filter(r -> rule.equals(ruleName(r))).findFirst();
    }

    /** Where a cell is, for a message: {@code cell B12 (column "Framework")}, with the sheet of a workbook. */
    String where(int row, Column column) {
        return "cell " + TableFile.cellName(row, column.index())
                + (column.label().isEmpty() ? "" : " (column \"" + column.label() + "\")")
                + (sheet.name() == null ? "" : " of sheet \"" + sheet.name() + "\"");
    }

    /**
     * One column of the table.
     *
     * @param index      1-based, as the spreadsheet shows it
     * @param kind       NAME, CONDITION, ACTION, PRIORITY…
     * @param objectType the fact a condition matches ({@code $o : Observation}), empty for others
     * @param template   the code with {@code $param} (or {@code $1}, {@code $2}…) where a row's cell goes
     * @param label      what the analyst reads above the column
     */
    record Column(int index, String kind, String objectType, String template, String label) {

        boolean condition() {
            return kind.startsWith("CONDITION");
        }

        boolean action() {
            return kind.startsWith("ACTION");
        }
    }
}
