package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.framework.Polarity;

/**
 * Every framework, competency, behaviour (by id or text) and learning resource a rule names must
 * exist. In a decision table, what a column holds follows from its template: a cell that goes into
 * {@code framework == "$param"} is a framework id, one that goes into {@code text == "$param"} a
 * behaviour as the council writes it. In DRL, the literals compared with such fields, alone
 * ({@code framework == "leicester"}) or in a list ({@code indicator in ("…", "…")}), and the level
 * numbers compared with a level field ({@code level == 4}).
 */
final class References {

    /** {@code field == "$param"}, {@code field == $1}: where a row's cell goes in a template. */
    static final Pattern PARAMETER = Pattern.compile(
            "(?<![\\w$])(\\w+)(?:\\(\\))?\\s*(==|!=)\\s*(\"?)\\$(param|\\d+)\\3");
    private static final Pattern POLARITY = Pattern.compile("polarity\\s*==\\s*Polarity\\.(POSITIVE|NEGATIVE)");
    private static final Pattern FRAMEWORK_LITERAL = Pattern.compile("framework\\s*==\\s*\"([^\"]*)\"");

    private final Ontology ontology;

    References(Ontology ontology) {
        this.ontology = ontology;
    }

    List<RuleProblem> inTable(RuleTable table) {
        List<RuleProblem> problems = new ArrayList<>();
        String file = table.file().file();
        String fixedFramework = null;
        for (RuleTable.Column column : table.columns()) {
            DrlText template = new DrlText(column.template());
            for (DrlText.Comparison literal : template.comparisons()) {
                if (!literal.quoted() || literal.value().contains("$")) {
                    continue;
                }
                Optional<Kind> kind = Kind.ofField(literal.field(), column.objectType());
                if (kind.isEmpty() || kind.get().numeric()) {
                    continue;
                }
                // the rows are about one framework only when the template says framework == "x" (not
                // framework != "x", nor one of framework in ("x", "y"))
                Matcher fixed = FRAMEWORK_LITERAL.matcher(column.template());
                if (kind.get() == Kind.FRAMEWORK && fixed.find()) {
                    fixedFramework = fixed.group(1);
                }
                ontology.check(kind.get(), literal.value(), null, polarity(literal.pattern())).ifPresent(miss ->
                        problems.add(new RuleProblem(file, table.headerRow() + 3, column.index(),
                                "In " + table.where(table.headerRow() + 3, column) + ": " + miss.message(), miss.hint())));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        RuleTable.Column frameworkColumn = null;
        for (RuleTable.Column column : table.columns()) {
            Matcher m = PARAMETER.matcher(column.template());
            while (m.find()) {
                Optional<Kind> kind = Kind.ofField(m.group(1), column.objectType());
                // level numbers are checked in DRL files only: no table has a level column
                if (kind.isPresent() && !kind.get().numeric()) {
                    parameters.add(new Parameter(column, kind.get(), m.group(4), !m.group(3).isEmpty(),
                            polarity(column.template())));
                    if (kind.get() == Kind.FRAMEWORK && frameworkColumn == null) {
                        frameworkColumn = column;
                    }
                }
            }
        }
        for (int row : table.rows()) {
            String framework = frameworkColumn != null ? table.cell(row, frameworkColumn) : fixedFramework;
            for (Parameter parameter : parameters) {
                String value = parameter.value(table.cell(row, parameter.column()));
                if (value == null || value.isEmpty()) {
                    continue;
                }
                ontology.check(parameter.kind(), value, parameter.kind() == Kind.FRAMEWORK ? null : framework,
                                parameter.polarity())
                        .ifPresent(miss -> problems.add(new RuleProblem(file, row, parameter.column().index(),
                                "In " + table.where(row, parameter.column()) + ": " + miss.message(), miss.hint())));
            }
        }
        return problems;
    }

    List<RuleProblem> inDrl(String file, DrlText drl) {
        List<RuleProblem> problems = new ArrayList<>();
        for (DrlText.Comparison literal : drl.comparisons()) {
            Optional<Kind> kind = Kind.ofField(literal.field(), literal.objectType());
            // a level is compared with a number, every other name with a string: anything else
            // (level == "4", competency == 4) is for the compiler to judge, not a name to look up
            if (kind.isEmpty() || kind.get().numeric() == literal.quoted()) {
                continue;
            }
            Matcher framework = FRAMEWORK_LITERAL.matcher(literal.pattern());
            String scope = kind.get() != Kind.FRAMEWORK && framework.find() ? framework.group(1) : null;
            ontology.check(kind.get(), literal.value(), scope, polarity(literal.pattern())).ifPresent(miss ->
                    problems.add(new RuleProblem(file, drl.line(literal.offset()), drl.column(literal.offset()),
                            miss.message().substring(0, 1).toUpperCase() + miss.message().substring(1), miss.hint())));
        }
        return problems;
    }

    private static Polarity polarity(String code) {
        Matcher m = POLARITY.matcher(code);
        return m.find() ? Polarity.valueOf(m.group(1)) : null;
    }

    /** Where a column's cell goes in its template: the whole cell ({@code $param}) or its n-th comma-separated part. */
    private record Parameter(RuleTable.Column column, Kind kind, String name, boolean quoted, Polarity polarity) {

        String value(String cell) {
            String value = cell;
            if (!name.equals("param")) {
                String[] parts = cell.split(",");
                int n = Integer.parseInt(name) - 1;
                value = n < parts.length ? parts[n].strip() : null;
            }
            if (value != null && !quoted && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            return value;
        }
    }
}
