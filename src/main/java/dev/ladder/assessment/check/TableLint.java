package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

import dev.ladder.assessment.RuleProblem;

/**
 * Mistakes a decision table can compile with: two rows that match the same case but conclude
 * differently, and a table with one row per framework that misses a framework.
 */
final class TableLint {

    private TableLint() {
    }

    static List<RuleProblem> check(RuleTable table, Ontology ontology) {
        List<RuleProblem> problems = new ArrayList<>(conflicts(table));
        problems.addAll(missingFrameworks(table, ontology));
        return problems;
    }

    /** Rows that apply to the same case (every condition equal, or blank in one of them) with different actions. */
    private static List<RuleProblem> conflicts(RuleTable table) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleTable.Column> conditions = table.conditions().stream().filter(c -> c.template().contains("$")).toList();
        boolean ordered = table.columns().stream().anyMatch(c -> c.kind().equals("PRIORITY")
                || c.kind().equals("SALIENCE") || c.kind().startsWith("ACTIVATION"));
        if (conditions.isEmpty() || ordered) {
            return problems;
        }
        List<Integer> rows = table.rows();
        for (int j = 1; j < rows.size(); j++) {
            for (int i = 0; i < j; i++) {
                int first = rows.get(i);
                int second = rows.get(j);
                if (!sameCase(table, conditions, first, second)) {
                    continue;
                }
                Optional<RuleTable.Column> differs = table.actions().stream()
                        .filter(a -> !Objects.equals(table.cell(first, a), table.cell(second, a))).findFirst();
                if (differs.isPresent()) {
                    RuleTable.Column action = differs.get();
                    problems.add(new RuleProblem(table.file().file(), second, action.index(),
                            "Row " + second + " applies to the same case as row " + first + " (" + describe(table, conditions, second)
                                    + ") but concludes differently: " + label(action) + " is \"" + table.cell(second, action)
                                    + "\" here and \"" + table.cell(first, action) + "\" in row " + first
                                    + (table.sheet().name() == null ? "" : " (sheet \"" + table.sheet().name() + "\")"),
                            "Keep one row per case: delete one of the two rows, or change its conditions."));
                    break;
                }
            }
        }
        return problems;
    }

    private static boolean sameCase(RuleTable table, List<RuleTable.Column> conditions, int a, int b) {
        for (RuleTable.Column condition : conditions) {
            String x = table.cell(a, condition);
            String y = table.cell(b, condition);
            if (!x.isEmpty() && !y.isEmpty() && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(RuleTable table, List<RuleTable.Column> conditions, int row) {
        List<String> parts = new ArrayList<>();
        for (RuleTable.Column condition : conditions) {
            String value = table.cell(row, condition);
            parts.add(label(condition) + " " + (value.isEmpty() ? "any" : "= " + value));
        }
        return String.join(", ", parts);
    }

    private static String label(RuleTable.Column column) {
        return column.label().isEmpty() ? "column " + TableFile.cellName(1, column.index()).replace("1", "")
                : "\"" + column.label() + "\"";
    }

    /**
     * A table whose only condition is the framework holds a setting per framework (the readiness
     * threshold): each framework in service needs a row, or its employees get no value at all.
     */
    private static List<RuleProblem> missingFrameworks(RuleTable table, Ontology ontology) {
        List<RuleTable.Column> parameterised = table.conditions().stream().filter(c -> c.template().contains("$")).toList();
        if (parameterised.size() != 1 || ontology.noFrameworks()) {
            return List.of();
        }
        RuleTable.Column column = parameterised.get(0);
        Matcher m = References.PARAMETER.matcher(column.template());
        if (!m.find() || Kind.ofField(m.group(1), column.objectType()).orElse(null) != Kind.FRAMEWORK || m.find()) {
            return List.of();
        }
        List<String> present = table.rows().stream().map(r -> table.cell(r, column)).toList();
        List<RuleProblem> problems = new ArrayList<>();
        for (String framework : ontology.frameworkIds()) {
            if (!present.contains(framework)) {
                int labels = table.headerRow() + 4;
                problems.add(new RuleProblem(table.file().file(), labels, column.index(),
                        "The table \"" + table.name() + "\" has one row per framework, but none for framework "
                                + framework + " (" + table.where(labels, column) + "): its employees would get no "
                                + "value from this table",
                        "Add a row whose " + label(column) + " is " + framework
                                + " (copy another framework's row and change the framework)."));
            }
        }
        return problems;
    }
}
