package dev.ladder.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ladder.framework.Frameworks;
import dev.ladder.framework.LoadedFrameworks;

/** The HR export, read against the project's real frameworks. */
class EmployeeCsvTest {

    static final String HEADER = "employee_id,name,department,manager_id,framework,level\n";

    private final Frameworks frameworks = LoadedFrameworks.get();

    @Test
    void readsTheExample() throws IOException {
        List<Employee> people = EmployeeCsv.read(Files.readString(Path.of("docs/examples/employees.csv")), frameworks,
                Map.of());

        assertThat(people).hasSize(12);
        assertThat(people).filteredOn(e -> e.id().equals("CC0002")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("O'Neill, Dan"));
    }

    @Test
    void hostileIdsAreRefusedByLineAndColumnInBothIdColumns() {
        List<CsvProblem> problems = problems(HEADER
                + "\"=cmd|' /C calc'!A0\",A,D,,milton-keynes,1\n"
                + "../../etc/passwd,B,D,,milton-keynes,1\n"
                + "ok-1,C,D,\"a/b\",milton-keynes,1\n"
                + "\"x\"\"y\",E,D,,milton-keynes,1\n"
                + "{x},F,D,,milton-keynes,1\n"
                + "\"a\u0007b\",G,D,,milton-keynes,1\n"
                + "x".repeat(100_000) + ",H,D,,milton-keynes,1\n"
                + "ok-2,I,D,\"{m}\",milton-keynes,1\n"
                + "admin,J,D,,milton-keynes,1\n");

        assertThat(problems).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::columnNumber).containsExactly(
                tuple(2, "employee_id", 1), tuple(3, "employee_id", 1), tuple(4, "manager_id", 4),
                tuple(5, "employee_id", 1), tuple(6, "employee_id", 1), tuple(7, "employee_id", 1),
                tuple(8, "employee_id", 1), tuple(9, "manager_id", 4), tuple(10, "employee_id", 1));
        assertThat(problems.subList(0, 8)).allSatisfy(p -> assertThat(p.message()).startsWith("employee id ")
                .contains("expected " + EmployeeId.RULE).hasSizeLessThan(300));
        assertThat(problems.get(8).message()).isEqualTo("employee id 'admin' is the name of a built-in account, and ids"
                + " become sign-in names; expected an id other than admin, analyst, lnd (in any case)");
        assertThat(problems.get(0).describe()).isEqualTo("line 2, column 1 (employee_id): employee id starts with '='"
                + " (U+003D); expected " + EmployeeId.RULE);
    }

    @Test
    void otherCellsMustBeAcceptableText() {
        List<CsvProblem> problems = problems(HEADER
                + "A1,\"Sam\u0000\",D,,milton-keynes,1\n"
                + "A2,Sam,\"Rev\uD800enues\",,milton-keynes,1\n"
                + "A3,Sam,D,,\"milton\u001Bkeynes\",1\n");

        assertThat(problems).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::columnNumber)
                .containsExactly(tuple(2, "name", 2), tuple(3, "department", 3), tuple(4, "framework", 5));
        assertThat(problems.get(0).message()).contains("control character (U+0000)");
        assertThat(problems.get(1).message()).contains("invalid Unicode");
    }

    @Test
    void aLevelInOtherDigitsIsRefused() {
        List<CsvProblem> problems = problems(HEADER + "A1,Sam,D,,milton-keynes,١\n" + "A2,Sam,D,,milton-keynes,３\n");

        assertThat(problems).extracting(CsvProblem::line, CsvProblem::column).containsExactly(tuple(2, "level"),
                tuple(3, "level"));
        assertThat(problems.get(0).message()).isEqualTo("expected a whole number in ASCII digits (0-9), found '١'");
    }

    @Test
    void theIdAlphabetAtItsEdgesIsAccepted() {
        String longest = "9" + "z".repeat(EmployeeId.MAX_LENGTH - 1);
        List<Employee> people = EmployeeCsv.read(HEADER + longest + ",A,D,,milton-keynes,1\n"
                + "a.b_c-D,B,D," + longest + ",milton-keynes,1\n", frameworks, Map.of());

        assertThat(people).extracting(Employee::id).containsExactly(longest, "a.b_c-D");
    }

    @Test
    void aMalformedFileIsAProblemOfItsLine() {
        assertThat(problems(HEADER + "A1,Sam,D,,milton-keynes,1\nA2,\"Sam,D,,milton-keynes,1\n"))
                .extracting(CsvProblem::line).containsExactly(3);
    }

    private List<CsvProblem> problems(String text) {
        List<CsvProblem>[] found = new List[1];
        assertThatThrownBy(() -> EmployeeCsv.read(text, frameworks, Map.of()))
                .isInstanceOfSatisfying(InvalidCsv.class, e -> found[0] = e.problems());
        return found[0];
    }
}
