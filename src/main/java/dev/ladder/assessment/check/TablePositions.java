package dev.ladder.assessment.check;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import dev.ladder.assessment.RuleProblem;

/**
 * Drools' messages about a decision table, put at the table's row and column. Drools compiles a table
 * through DRL it generates, and names lines of that DRL; the same DRL, generated again here, says
 * which row each of its rules comes from ({@code // rule values at A10}); the column is the one whose
 * cell (or, when every row fails alike, whose template) holds the name the message is about.
 */
final class TablePositions {

    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*?):?\\s*$", Pattern.MULTILINE);
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");

    private TablePositions() {
    }

    static RuleProblem place(RuleProblem problem, byte[] bytes) {
        TableFile table;
        String drl;
        try {
            table = TableFile.read(problem.file(), bytes);
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes),
                    problem.file().endsWith(".csv") ? InputType.CSV : InputType.XLS);
        } catch (Exception | LinkageError e) {
            return Positions.withHint(new RuleProblem(problem.file(), null, null, problem.message(), problem.hint()), null);
        }
        String[] generated = drl.split("\\R", -1);
        List<RuleTable> tables = table.tables();
        List<Integer> lines = new ArrayList<>();
        if (problem.line() != null && problem.line() > 0) {
            lines.add(problem.line());
        } else {
            Matcher e = EXPRESSION.matcher(problem.message());
            if (e.find()) {
                String expression = e.group(1).strip();
                for (int i = 0; i < generated.length; i++) {
                    if (!expression.isEmpty() && generated[i].contains(expression)) {
                        lines.add(i + 1);
                    }
                }
            }
        }
        Optional<String> token = Positions.token(problem.message());
        List<Cell> cells = new ArrayList<>();
        for (int generatedLine : lines) {
            cell(generated, generatedLine, tables, token, problem.message()).ifPresent(cells::add);
        }
        String message = Positions.condense(problem.message());
        if (cells.isEmpty()) {
            return Positions.withHint(new RuleProblem(problem.file(), null, null, message, problem.hint()), null);
        }
        // the same mistake in every row comes from the column's template
        Cell cell = cells.stream().filter(Cell::template).findFirst().orElse(cells.get(0));
        String where = cell.table().where(cell.row(), cell.column());
        String hint = Hints.forMessage(problem.message(), cell.code()).orElse(null);
        if (!cell.template() && cell.column().template().contains("$") && !problem.message().contains("Duplicate rule")) {
            String cellHint = "The value of " + where.replaceFirst(" \\(column.*", "") + " goes into the code ["
                    + cell.column().template() + "] in place of $param: check that it fits there (a number, a name in "
                    + "capitals, text…).";
            hint = hint == null ? cellHint : hint + " " + cellHint;
        }
        return new RuleProblem(problem.file(), cell.row(), cell.column().index(),
                "In " + where + ": " + message, problem.hint() != null ? problem.hint() : hint);
    }

    /**
     * The cell behind a line of the generated DRL: its row, and the column whose value (or, failing
     * that, whose template) holds the token. A line in the conditions or the actions looks in those
     * columns; the {@code rule} line itself (where Drools reports errors in a rule's actions) in all.
     */
    private static Optional<Cell> cell(String[] generated, int line, List<RuleTable> tables, Optional<String> token,
                                       String message) {
        int row = -1;
        String ruleName = null;
        String section = null;
        int ruleStart = 0;
        for (int i = Math.min(line, generated.length) - 1; i >= 0; i--) {
            String l = generated[i].strip();
            if (section == null && (l.equals("then") || l.equals("when"))) {
                section = l;
            }
            if (l.startsWith("rule ") && ruleName == null) {
                ruleName = l.substring(5).strip().replaceAll("^\"|\"$", "");
                ruleStart = i;
            }
            Matcher m = ROW_COMMENT.matcher(l);
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
                break;
            }
        }
        if (row < 0) {
            return Optional.empty();
        }
        final int r = row;
        final String name = ruleName;
        RuleTable table = tables.stream().filter(t -> name != null && t.rowNamed(name).isPresent()).findFirst()
                .or(() -> tables.stream().filter(t -> t.rows().contains(r)).findFirst()).orElse(null);
        if (table == null) {
            return Optional.empty();
        }
        StringBuilder rule = new StringBuilder();
        for (int i = ruleStart; i < generated.length && !generated[i].strip().equals("end"); i++) {
            rule.append(generated[i]).append('\n');
        }
        String code = rule.toString();
        if (message.contains("Duplicate rule")) {
            Optional<RuleTable.Column> nameColumn = table.columns().stream().filter(c -> c.kind().equals("NAME")).findFirst();
            if (nameColumn.isPresent()) {
                return Optional.of(new Cell(table, r, nameColumn.get(), false, code));
            }
        }
        List<RuleTable.Column> columns = "then".equals(section) ? table.actions()
                : "when".equals(section) ? table.conditions()
                : table.columns().stream().filter(c -> c.condition() || c.action()).toList();
        if (token.isPresent()) {
            for (RuleTable.Column column : columns) {
                if (table.cell(r, column).contains(token.get())) {
                    return Optional.of(new Cell(table, r, column, false, code));
                }
            }
            for (RuleTable.Column column : columns) {
                if (column.template().contains(token.get())) {
                    return Optional.of(new Cell(table, table.headerRow() + 3, column, true, code));
                }
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(new Cell(table, r, columns.get(0), false, code));
    }

    private record Cell(RuleTable table, int row, RuleTable.Column column, boolean template, String code) {
    }
}
