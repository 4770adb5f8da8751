package dev.ladder.assessment.check;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import dev.ladder.assessment.RuleProblem;

/**
 * Puts Drools' messages where the analyst made the mistake. A decision table is compiled through DRL
 * that Drools generates from it, and its messages name lines of that DRL: they are traced back to the
 * table's row and column (the cell, or the column's template when every row fails alike). In a DRL
 * file, a parser error names the token where Drools gave up, usually the first one after the mistake:
 * it is moved back to the end of the unfinished line, or to the rule without {@code end}, or to the
 * line with an unclosed quote. Drools' message is kept, condensed to its first lines; a hint says it
 * in plain English.
 */
final class Positions {

    private static final Pattern PARSER_AT = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern MVEL_AT = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'(?: in rule \"([^\"]*)\")?");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*?):?\\s*$", Pattern.MULTILINE);
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'|\"([^\"\\s]+)\"");

    private Positions() {
    }

    static List<RuleProblem> place(Map<String, byte[]> files, List<RuleProblem> raw) {
        List<RuleProblem> placed = new ArrayList<>();
        for (RuleProblem problem : raw) {
            byte[] bytes = files.get(problem.file());
            if (problem.message().contains("Parser returned a null Package")
                    && raw.stream().anyMatch(p -> p != problem && p.file().equals(problem.file()))) {
                continue; // only says that the errors above it stopped the file
            }
            if (bytes == null) {
                placed.add(withHint(problem, null));
            } else if (TableFile.isTable(problem.file())) {
                placed.add(inTable(problem, bytes));
            } else {
                placed.add(inDrl(problem, new DrlText(new String(bytes, StandardCharsets.UTF_8))));
            }
        }
        return List.copyOf(new LinkedHashSet<>(placed));
    }

    /** Drools' message without its ASCII-art pointer lines, on one line. */
    static String condense(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("[Near") || l.matches("\\^.*") || l.startsWith("[Line:")) {
                continue;
            }
            kept.add(l.startsWith("[Error: ") ? l.substring(8, l.endsWith("]") ? l.length() - 1 : l.length()) : l);
        }
        return String.join(" ", kept).replaceAll("\\s+", " ");
    }

    private static RuleProblem withHint(RuleProblem problem, String code) {
        String hint = problem.hint() != null ? problem.hint() : Hints.forMessage(problem.message(), code).orElse(null);
        return new RuleProblem(problem.file(), problem.line(), problem.column(), condense(problem.message()), hint);
    }

    // ---- DRL ----

    private static RuleProblem inDrl(RuleProblem problem, DrlText drl) {
        String message = problem.message();
        Integer line = problem.line();
        Integer column = problem.column();
        Matcher at = PARSER_AT.matcher(message);
        Matcher mvel = MVEL_AT.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1; // the parser counts columns from 0
        } else if (mvel.find()) {
            line = Integer.parseInt(mvel.group(1));
            column = Integer.parseInt(mvel.group(2)) + 1;
        }
        Matcher mismatched = MISMATCHED.matcher(message);
        if (mismatched.find() && line != null) {
            return mismatched(problem, drl, line, column == null ? 1 : column, mismatched.group(1), mismatched.group(2));
        }
        DrlText.Rule rule = line == null ? null : ruleAt(drl, line);
        String code = rule == null ? drl.code : lines(drl, rule.line(), rule.lastLine());
        // a compile error in a rule's actions is reported at its "rule" line: find the name it is about
        if (rule != null && line == rule.line()) {
            Optional<String> token = token(message);
            if (token.isPresent()) {
                for (int l = rule.line() + 1; l <= rule.lastLine(); l++) {
                    int c = indexOfWord(drl.codeLine(l), token.get());
                    if (c >= 0) {
                        line = l;
                        column = c + 1;
                        break;
                    }
                }
            }
        }
        if (line != null && column == null) {
            Optional<String> token = token(message);
            if (token.isPresent() && indexOfWord(drl.codeLine(line), token.get()) >= 0) {
                column = indexOfWord(drl.codeLine(line), token.get()) + 1;
            }
        }
        return withHint(new RuleProblem(problem.file(), line, column, message, problem.hint()), code);
    }

    private static RuleProblem mismatched(RuleProblem problem, DrlText drl, int line, int column, String token,
                                          String ruleName) {
        String message = condense(problem.message());
        // an unclosed quote swallows the rest of its line: it is the real mistake
        for (int l = 1; l <= Math.min(line, drl.lineCount()); l++) {
            if (quotes(drl.codeLine(l)) % 2 == 1) {
                return new RuleProblem(problem.file(), l, drl.codeLine(l).indexOf('"') + 1, message,
                        "A quote (\") opened on line " + l + " is not closed: close the text with a second quote on the same line.");
            }
        }
        // a rule without "end" runs into the next one
        for (DrlText.Rule rule : drl.rules()) {
            boolean named = ruleName != null && ruleName.equals(rule.name());
            boolean around = rule.line() <= line && line <= rule.lastLine() + 1;
            if (rule.endLine() == null && (named || around || token.contains("<eof>") || token.isEmpty())) {
                int last = lastCodeLine(drl, rule.lastLine());
                return new RuleProblem(problem.file(), last + 1, 1, message, "Rule \"" + rule.name() + "\" (line "
                        + rule.line() + ") has no \"end\": write a line \"end\" after its last action, line " + last + ".");
            }
        }
        String before = drl.codeLine(line).substring(0, Math.min(Math.max(0, column - 1), drl.codeLine(line).length()));
        if (!before.isBlank() || line == 1) {
            return new RuleProblem(problem.file(), line, column, message, "Drools did not expect '" + token
                    + "' here, at line " + line + ", column " + column + ": look for a misspelt keyword (when, then, end),"
                    + " or a missing bracket, comma or quote just before it.");
        }
        // Drools stopped at the first word of the line: the line before it is the one left unfinished
        int previous = lastCodeLine(drl, line - 1);
        String text = drl.codeLine(previous);
        DrlText.Rule rule = ruleAt(drl, previous);
        int open = rule == null ? 0 : parentheses(lines(drl, rule.line(), previous));
        String why = open > 0 ? "a bracket \"(\" is not closed: add \")\" at the end of line " + previous
                : open < 0 ? "there is a \")\" too many by line " + previous
                : "look at the end of line " + previous + " for a missing bracket, comma or operator";
        return new RuleProblem(problem.file(), previous, text.stripTrailing().length() + 1, message,
                "Drools stopped at '" + token + "' on line " + line + " because line " + previous
                        + " is not finished: " + why + ".");
    }

    private static DrlText.Rule ruleAt(DrlText drl, int line) {
        DrlText.Rule found = null;
        for (DrlText.Rule rule : drl.rules()) {
            if (rule.line() <= line) {
                found = rule;
            }
        }
        return found;
    }

    private static int lastCodeLine(DrlText drl, int from) {
        int l = Math.min(from, drl.lineCount());
        while (l > 1 && drl.codeLine(l).isBlank()) {
            l--;
        }
        return Math.max(1, l);
    }

    private static String lines(DrlText drl, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int l = from; l <= to; l++) {
            text.append(drl.codeLine(l)).append('\n');
        }
        return text.toString();
    }

    private static int quotes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private static int parentheses(String code) {
        int open = 0;
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open++;
            } else if (!quoted && c == ')') {
                open--;
            }
        }
        return open;
    }

    /** The name a message is about: "X cannot be resolved", 'X', "X". */
    private static Optional<String> token(String message) {
        for (Pattern p : List.of(Hints.UNKNOWN_TYPE, Hints.NOT_A_TYPE, Hints.NOT_A_FIELD, Hints.NOT_RESOLVED, Hints.STRICT)) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                String name = p == Hints.STRICT ? m.group(2) : m.group(1);
                return Optional.of(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        Matcher q = QUOTED.matcher(message);
        return q.find() ? Optional.of(q.group(1) != null ? q.group(1) : q.group(2)) : Optional.empty();
    }

    private static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(text);
        return m.find() ? m.start() : -1;
    }

    // ---- decision tables ----

    private static RuleProblem inTable(RuleProblem problem, byte[] bytes) {
        TableFile table;
        String drl;
        try {
            table = TableFile.read(problem.file(), bytes);
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes),
                    problem.file().endsWith(".csv") ? InputType.CSV : InputType.XLS);
        } catch (Exception | LinkageError e) {
            return withHint(new RuleProblem(problem.file(), null, null, problem.message(), problem.hint()), null);
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
        Optional<String> token = token(problem.message());
        List<Cell> cells = new ArrayList<>();
        for (int generatedLine : lines) {
            cell(generated, generatedLine, tables, token).ifPresent(cells::add);
        }
        String message = condense(problem.message());
        if (cells.isEmpty()) {
            return withHint(new RuleProblem(problem.file(), null, null, message, problem.hint()), null);
        }
        // the same mistake in every row comes from the column's template
        Cell cell = cells.stream().filter(Cell::template).findFirst().orElse(cells.get(0));
        String where = cell.table().where(cell.row(), cell.column());
        String code = cell.column().template();
        String hint = Hints.forMessage(problem.message(), code).orElse(null);
        if (!cell.template() && cell.column().template().contains("$")) {
            String cellHint = "The value of " + where.replaceFirst(" \\(column.*", "") + " is put into the code "
                    + cell.column().template() + "; check that it fits there (a number, a name in capitals, text…).";
            hint = hint == null ? cellHint : hint + " " + cellHint;
        }
        return new RuleProblem(problem.file(), cell.row(), cell.column().index(),
                "In " + where + ": " + message, problem.hint() != null ? problem.hint() : hint);
    }

    /** The cell behind a line of the generated DRL: its row, and the column whose code holds the token. */
    private static Optional<Cell> cell(String[] generated, int line, List<RuleTable> tables, Optional<String> token) {
        int row = -1;
        String ruleName = null;
        boolean action = false;
        for (int i = Math.min(line, generated.length) - 1; i >= 0; i--) {
            String l = generated[i].strip();
            if (l.equals("then") && ruleName == null) {
                action = true;
            }
            if (l.startsWith("rule ") && ruleName == null) {
                ruleName = l.substring(5).strip().replaceAll("^\"|\"$", "");
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
        List<RuleTable.Column> section = action ? table.actions() : table.conditions();
        if (token.isPresent()) {
            for (RuleTable.Column column : section) {
                if (table.cell(r, column).contains(token.get())) {
                    return Optional.of(new Cell(table, r, column, false));
                }
            }
            for (RuleTable.Column column : section) {
                if (column.template().contains(token.get())) {
                    return Optional.of(new Cell(table, table.headerRow() + 3, column, true));
                }
            }
        }
        return section.isEmpty() ? Optional.empty() : Optional.of(new Cell(table, r, section.get(0), false));
    }

    private record Cell(RuleTable table, int row, RuleTable.Column column, boolean template) {
    }
}
