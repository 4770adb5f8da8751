package dev.ladder.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ladder.framework.Frameworks;

/**
 * Reads the organisation register from an HR export (documented in the README, example in
 * {@code docs/examples/employees.csv}):
 * <pre>employee_id,name,department,manager_id,framework,level</pre>
 * Every row is checked: required cells, a known framework and a level it has, no id twice, and a
 * manager who is in the file or already in the register. Any problem rejects the whole file.
 */
public final class EmployeeCsv {

    static final List<String> HEADER = List.of("employee_id", "name", "department", "manager_id", "framework", "level");

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
            String id = row.required(0, HEADER, problems);
            String name = row.required(1, HEADER, problems);
            String department = row.required(2, HEADER, problems);
            String framework = row.required(4, HEADER, problems);
            Integer level = level(row, problems);
            if (id != null && seen.putIfAbsent(id, row.line()) != null) {
                problems.add(new CsvProblem(row.line(), "employee_id", "'" + id + "' is already on line " + seen.get(id)));
            }
            if (framework != null && frameworks.find(framework).isEmpty()) {
                problems.add(new CsvProblem(row.line(), "framework", "unknown framework '" + framework
                        + "'; expected one of " + frameworks.all().stream().map(f -> f.id()).toList()));
            } else if (framework != null && level != null
                    && frameworks.find(framework).orElseThrow().level(level).isEmpty()) {
                problems.add(new CsvProblem(row.line(), "level", "level " + level + " is not a level of '" + framework + "'"));
            }
            if (problems.size() == before) {
                String manager = row.cell(3).isEmpty() ? null : row.cell(3);
                employees.add(new Employee(id, name, department, manager, framework, level));
            }
        }
        Map<String, Integer> lineOf = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> lineOf.put(r.cell(0), r.line()));
        for (Employee employee : employees) {
            if (employee.managerId() != null && !seen.containsKey(employee.managerId())
                    && !register.containsKey(employee.managerId())) {
                problems.add(new CsvProblem(lineOf.get(employee.id()), "manager_id", "unknown manager '"
                        + employee.managerId() + "': not in this file nor in the register"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsv(problems);
        }
        return employees;
    }

    private static Integer level(Csv.Row row, List<CsvProblem> problems) {
        String value = row.cell(5);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(new CsvProblem(row.line(), "level", "expected a whole number, found '" + value + "'"));
            return null;
        }
    }
}
