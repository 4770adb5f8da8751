package dev.ladder.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Text;

/**
 * Reads the organisation register from an HR export (documented in the README, example in
 * {@code docs/examples/employees.csv}):
 * <pre>employee_id,name,department,manager_id,framework,level</pre>
 * Every row is checked: required cells, ids that are {@link EmployeeId}s (employee and manager),
 * acceptable {@link Text} in the other cells, a known framework and a level it has (in ASCII digits),
 * no id twice, and a manager who is in the file or already in the register. Any problem rejects the
 * whole file, with every problem by line and column.
 */
public final class EmployeeCsv {

    /** The HR export's header, which is also how Ladder writes the register as CSV. */
    public static final List<String> HEADER = List.of("employee_id", "name", "department", "manager_id", "framework", "level");

    private EmployeeCsv() {
    }

    public static List<Employee> read(String text, Frameworks frameworks, Map<String, Employee> register) {
        List<Csv.Row> rows = Csv.parse(text);
        List<CsvProblem> problems = new ArrayList<>();
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::strip).toList().equals(HEADER)) {
            throw new InvalidCsv(List.of(new CsvProblem(1, null, "expected the header " + String.join(",", HEADER))));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Employee> employees = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            int before = problems.size();
            if (row.cells().size() != HEADER.size()) {
                problems.add(new CsvProblem(row.line(), null, "expected " + HEADER.size() + " cells, found "
                        + row.cells().size()));
                continue;
            }
            String id = id(row, 0, row.required(0, HEADER, problems), problems);
            String name = text(row, 1, row.required(1, HEADER, problems), problems);
            String department = text(row, 2, row.required(2, HEADER, problems), problems);
            String manager = id(row, 3, row.cell(3).isEmpty() ? null : row.cell(3), problems);
            String framework = text(row, 4, row.required(4, HEADER, problems), problems);
            Integer level = level(row, problems);
            if (id != null && seen.putIfAbsent(id, row.line()) != null) {
                problems.add(problem(row, "employee_id", "'" + id + "' is already on line " + seen.get(id)));
            }
            if (framework != null && frameworks.find(framework).isEmpty()) {
                problems.add(problem(row, "framework", "unknown framework " + Csv.shown(framework)
                        + "; expected one of " + frameworks.all().stream().map(f -> f.id()).toList()));
            } else if (framework != null && level != null
                    && frameworks.find(framework).orElseThrow().level(level).isEmpty()) {
                problems.add(problem(row, "level", "level " + level + " is not a level of '" + framework + "'"));
            }
            if (problems.size() == before) {
                employees.add(new Employee(id, name, department, manager, framework, level));
            }
        }
        Map<String, Integer> lineOf = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> lineOf.put(r.cell(0), r.line()));
        for (Employee employee : employees) {
            if (employee.managerId() != null && !seen.containsKey(employee.managerId())
                    && !register.containsKey(employee.managerId())) {
                problems.add(CsvProblem.at(lineOf.get(employee.id()), HEADER, "manager_id", "unknown manager '"
                        + employee.managerId() + "': not in this file nor in the register"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsv(problems);
        }
        return employees;
    }

    /** An id cell ({@link EmployeeId}), or null after recording why it is not one. */
    private static String id(Csv.Row row, int index, String value, List<CsvProblem> problems) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = EmployeeId.problem(value);
        problem.ifPresent(p -> problems.add(problem(row, HEADER.get(index), "employee id " + p)));
        return problem.isPresent() ? null : value;
    }

    /** A text cell ({@link Text}), or null after recording why it is not acceptable text. */
    private static String text(Csv.Row row, int index, String value, List<CsvProblem> problems) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = Text.problem(value);
        problem.ifPresent(p -> problems.add(problem(row, HEADER.get(index), p)));
        return problem.isPresent() ? null : value;
    }

    private static Integer level(Csv.Row row, List<CsvProblem> problems) {
        String value = row.cell(5);
        Integer level = Csv.wholeNumber(value);
        if (level == null) {
            problems.add(problem(row, "level", "expected a whole number in ASCII digits (0-9), found "
                    + Csv.shown(value)));
        }
        return level;
    }

    private static CsvProblem problem(Csv.Row row, String column, String message) {
        return CsvProblem.at(row.line(), HEADER, column, message);
    }
}
