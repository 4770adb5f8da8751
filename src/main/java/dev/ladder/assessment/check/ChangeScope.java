package dev.ladder.assessment.check;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whose assessments a change to the rule files can alter: only the people of some frameworks, when
 * every difference is in decision-table rows that name their framework, or anyone.
 *
 * <p>Why this is safe: an assessment is one person's session, holding one {@code Employee} fact. A
 * table row whose condition is {@code Employee(framework == "leicester")} cannot match in the session
 * of someone of another framework, so changing that row (its threshold, its rule name, any cell)
 * cannot change their assessment, as long as nothing else in the rule base moves. So the answer is
 * "these frameworks" only when:
 * <ul>
 * <li>the same files exist before and after, and every file that differs is a decision table;</li>
 * <li>each differing table keeps its shape: the same sheets, rows and {@code RuleTable} blocks with the
 * same columns and templates (a row added or removed changes other rows' positions, and so their
 * order, and this does not try to reason about that);</li>
 * <li>every differing row is a rule row pinned, before and after, to one framework: a condition on
 * {@code Employee} whose whole template is {@code framework == "$param"} and whose cell is a plain id
 * (letters, digits, '-' and '_'; anything else might be code), or a template naming the framework
 * outright.</li>
 * </ul>
 * Anything else answers "anyone" (empty), which is always right, only slower to preview.
 */
public final class ChangeScope {

    private static final Pattern FRAMEWORK_PARAMETER = Pattern.compile("framework\\s*==\\s*\"\\$param\"");
    private static final Pattern FRAMEWORK_LITERAL = Pattern.compile("framework\\s*==\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Pattern EMPLOYEE = Pattern.compile("^(\\$\\w+\\s*:\\s*)?Employee$");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private ChangeScope() {
    }

    /**
     * @param before the rule files in service, by path relative to the rules folder
     * @param after  the rule files of the change, the same way
     * @return the ids of the frameworks whose people's assessments the change can alter (empty set: the
     *         files are the same), or empty when it can alter anyone's
     */
    public static Optional<Set<String>> frameworks(Map<String, byte[]> before, Map<String, byte[]> after) {
        if (!before.keySet().equals(after.keySet())) {
            return Optional.empty();
        }
        Set<String> frameworks = new TreeSet<>();
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            byte[] changed = after.get(file.getKey());
            if (Arrays.equals(file.getValue(), changed)) {
                continue;
            }
            if (!TableFile.isTable(file.getKey())) {
                return Optional.empty();
            }
            try {
                if (!rowsOfOneFramework(TableFile.read(file.getKey(), file.getValue()),
                        TableFile.read(file.getKey(), changed), frameworks)) {
                    return Optional.empty();
                }
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable: the compiler will say why; the preview assesses everyone
            }
        }
        return Optional.of(frameworks);
    }

    /** Whether every difference is a rule row pinned to a framework; adds those frameworks. */
    private static boolean rowsOfOneFramework(TableFile before, TableFile after, Set<String> frameworks) {
        if (before.sheets().size() != after.sheets().size()) {
            return false;
        }
        List<RuleTable> tablesBefore = before.tables();
        List<RuleTable> tablesAfter = after.tables();
        if (tablesBefore.size() != tablesAfter.size()) {
            return false;
        }
        for (int t = 0; t < tablesBefore.size(); t++) {
            RuleTable was = tablesBefore.get(t);
            RuleTable is = tablesAfter.get(t);
            if (!was.name().equals(is.name()) || was.headerRow() != is.headerRow()
                    || !was.columns().equals(is.columns()) || !was.rows().equals(is.rows())) {
                return false;
            }
        }
        for (int s = 0; s < before.sheets().size(); s++) {
            TableFile.Grid was = before.sheets().get(s);
            TableFile.Grid is = after.sheets().get(s);
            if (!java.util.Objects.equals(was.name(), is.name()) || was.rows().size() != is.rows().size()) {
                return false;
            }
            for (int r = 1; r <= was.rows().size(); r++) {
                if (sameRow(was, is, r)) {
                    continue;
                }
                int row = r;
                Optional<RuleTable> table = tablesBefore.stream()
                        .filter(x -> x.sheet() == was && x.rows().contains(row)).findFirst();
                if (table.isEmpty()) {
                    return false; // a header, a note, an import: it may concern anyone
                }
                RuleTable other = tablesAfter.get(tablesBefore.indexOf(table.get()));
                Optional<String> old = pinnedFramework(table.get(), row);
                Optional<String> now = pinnedFramework(other, row);
                if (old.isEmpty() || now.isEmpty()) {
                    return false;
                }
                frameworks.add(old.get());
                frameworks.add(now.get());
            }
        }
        return true;
    }

    private static boolean sameRow(TableFile.Grid was, TableFile.Grid is, int row) {
        int width = Math.max(was.width(row), is.width(row));
        for (int c = 1; c <= width; c++) {
            if (!was.cell(row, c).equals(is.cell(row, c))) {
                return false;
            }
        }
        return true;
    }

    /** The framework a rule row can only fire for, if it has exactly one. */
    private static Optional<String> pinnedFramework(RuleTable table, int row) {
        for (RuleTable.Column column : table.conditions()) {
            if (!EMPLOYEE.matcher(column.objectType()).matches()) {
                continue;
            }
            // the whole template, so that nothing (an "||", another field) can widen it
            var literal = FRAMEWORK_LITERAL.matcher(column.template());
            if (literal.matches()) {
                return Optional.of(literal.group(1));
            }
            if (FRAMEWORK_PARAMETER.matcher(column.template()).matches()) {
                String cell = table.cell(row, column);
                if (PLAIN_ID.matcher(cell).matches()) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }
}
