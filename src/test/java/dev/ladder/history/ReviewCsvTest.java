package dev.ladder.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.organisation.CsvProblem;
import dev.ladder.organisation.EmployeeId;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;

/**
 * The reviews CSV (docs/bulk.md) read against the real frameworks and a real register (TDB2): the
 * example file, and every class of problem, each by line and column, the whole file rejected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "ladder.watch-rules=false")
class ReviewCsvTest {

    static final String HEADER = "employee_id,framework,level,period,department,ratings,observed\n";
    static final String GOOD_ROW = "MK0005,milton-keynes,1,2026,Revenues and Benefits,"
            + "customer-focus=3;team-player=2,customer-focus-p01;team-player-n01\n";

    @Autowired
    ReviewCsv csv;
    @Autowired
    Organisation organisation;

    @BeforeEach
    void register() throws IOException {
        organisation.importCsv(Files.readString(Path.of("docs/examples/employees.csv")));
    }

    @Test
    void readsTheExampleFileWithTheLineOfEachReview() throws IOException {
        List<ReviewCsv.Row> rows = csv.read(Files.readString(Path.of("docs/examples/reviews.csv")));

        assertThat(rows).hasSize(14);
        assertThat(rows.get(0).line()).isEqualTo(2);
        Review first = rows.get(0).review();
        assertThat(first.employeeId()).isEqualTo("MK0005");
        assertThat(first.framework()).isEqualTo("milton-keynes");
        assertThat(first.level()).isEqualTo(1);
        assertThat(first.period()).isEqualTo("2025");
        assertThat(first.department()).isEqualTo("Revenues and Benefits");
        assertThat(first.ratings()).extracting(Review.CompetencyRating::competency, Review.CompetencyRating::rating)
                .contains(tuple("customer-focus", 3), tuple("organising-and-improving-performance", 2));
        assertThat(first.observed()).extracting(Review.ObservedBehaviour::indicator)
                .containsExactly("customer-focus-p01", "customer-focus-p02", "taking-responsibility-p03", "team-player-n01");
        assertThat(rows).extracting(r -> r.review().framework()).contains("cambridge", "leicester");
    }

    @Test
    void acceptsQuotedCellsCrlfEmptyCellsAndStraySpacesAndSemicolons() {
        List<ReviewCsv.Row> rows = csv.read(HEADER.replace("\n", "\r\n")
                + "MK0005,milton-keynes,1,2026,\"Revenues, Benefits\", customer-focus = 3 ; team-player=4;, \r\n"
                + "\r\n"
                + "LC0004,leicester,1,2026,,,having-a-customer-focus-p01\r\n");

        assertThat(rows).extracting(ReviewCsv.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).review().department()).isEqualTo("Revenues, Benefits");
        assertThat(rows.get(0).review().ratings()).extracting(Review.CompetencyRating::competency)
                .containsExactly("customer-focus", "team-player");
        assertThat(rows.get(0).review().observed()).isEmpty();
        assertThat(rows.get(1).review().department()).isNull();
        assertThat(rows.get(1).review().ratings()).isEmpty();
    }

    @Test
    void aWrongHeaderRejectsTheFileAtLineOne() {
        assertThat(problems("employee,framework,level,period,department,ratings,observed\n" + GOOD_ROW))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.column()).isNull();
                    assertThat(p.message()).contains("expected the header " + HEADER.strip());
                });
        assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsNamedByItsLine() {
        assertThat(problems(HEADER + GOOD_ROW + "MK0004,milton-keynes,2,2026,Revenues,customer-focus=3\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isNull();
                    assertThat(p.message()).isEqualTo("expected 7 cells (" + HEADER.strip() + "), found 6");
                });
    }

    @Test
    void missingRequiredCellsAndALevelThatIsNotANumberAreNamedByColumn() {
        assertThat(problems(HEADER + ",milton-keynes,one,,Revenues,,\n"))
                .extracting(CsvProblem::line, CsvProblem::column)
                .containsExactlyInAnyOrder(tuple(2, "employee_id"), tuple(2, "level"), tuple(2, "period"));
    }

    @Test
    void badRatingSyntaxIsAProblemOfTheRatingsColumn() {
        List<CsvProblem> problems = problems(HEADER
                + "MK0005,milton-keynes,1,2026,,customer-focus:3;team-player=good;=3;a=1=2,\n");

        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("ratings");
        });
        assertThat(problems).extracting(CsvProblem::message).containsExactly(
                "rating 1 'customer-focus:3': expected competency=rating, e.g. customer-focus=3, separated by ';'",
                "rating 2 'team-player=good': expected a whole number in ASCII digits (0-9) after '=', found 'good'",
                "rating 3 '=3': the competency id is missing",
                "rating 4 'a=1=2': expected competency=rating, e.g. customer-focus=3, separated by ';'");
    }

    @Test
    void theChecksOfTheJsonPathAreMappedToTheirColumnWithTheirMessage() {
        List<CsvProblem> problems = problems(HEADER
                + "MK0005,milton-keynes,1,2026,,customer-focus=7;no-such-competency=3;customer-focus=2,"
                + "no-such-indicator;customer-focus-p01;customer-focus-p01;excellent-leadership-p12\n");

        assertThat(problems).extracting(CsvProblem::line).containsOnly(2);
        assertThat(problems).extracting(CsvProblem::column, CsvProblem::message).contains(
                tuple("ratings", "7 is not on the rating scale; expected one of 1 not demonstrated, 2 developing, "
                        + "3 effective, 4 role model"),
                tuple("ratings", "unknown competency 'no-such-competency' in framework 'milton-keynes'"),
                tuple("ratings", "competency 'customer-focus' is rated twice; first at $.ratings[0]"),
                tuple("observed", "unknown indicator 'no-such-indicator' in framework 'milton-keynes'"),
                tuple("observed", "indicator 'customer-focus-p01' is recorded twice; first at $.observed[1].indicator"));
        assertThat(problems).filteredOn(p -> p.message().startsWith("indicator 'excellent-leadership-p12'"))
                .singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("observed");
                    assertThat(p.message()).contains("is not expected at level 1 or 2");
                });
    }

    @Test
    void anUnknownFrameworkOrLevelIsAProblemOfItsColumn() {
        assertThat(problems(HEADER + "MK0005,no-such-framework,1,2026,,,\n" + "MK0004,milton-keynes,9,2026,,,\n"))
                .extracting(CsvProblem::line, CsvProblem::column)
                .contains(tuple(2, "framework"), tuple(3, "level"));
    }

    @Test
    void aPersonWhoIsNotInTheRegisterIsAProblemOfTheEmployeeIdColumn() {
        assertThat(problems(HEADER + GOOD_ROW.replace("MK0005", "XX9999"))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("employee_id");
            assertThat(p.message()).isEqualTo("no employee 'XX9999' in the organisation register; import them first "
                    + "(POST /api/employees/import)");
        });
    }

    @Test
    void aFrameworkOtherThanThePersonsIsAProblemOfTheFrameworkColumn() {
        assertThat(problems(HEADER + GOOD_ROW + "CC0003,milton-keynes,1,2026,,customer-focus=3,\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo("framework");
                    assertThat(p.message()).isEqualTo("employee 'CC0003' is on framework 'cambridge', not 'milton-keynes'");
                });
    }

    @Test
    void aLevelOtherThanThePersonsIsAProblemOfTheLevelColumn() {
        assertThat(problems(HEADER + GOOD_ROW.replace(",1,2026,", ",2,2026,"))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("level");
            assertThat(p.message()).startsWith("employee 'MK0005' is at level 1 in the organisation register, not 2");
        });
    }

    @Test
    void aPeriodOutsideTheFormatOrWithInvalidTextIsAProblemOfThePeriodColumn() {
        assertThat(problems(HEADER + GOOD_ROW.replace(",2026,", ",banana,") + GOOD_ROW.replace(",2026,", ",2026\u0000,")))
                .extracting(CsvProblem::line, CsvProblem::column).containsExactly(tuple(2, "period"), tuple(3, "period"));
    }

    @Test
    void twoRowsOfOnePersonAndPeriodAreAProblem() {
        assertThat(problems(HEADER + GOOD_ROW + GOOD_ROW)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("period");
            assertThat(p.message()).isEqualTo("employee 'MK0005' already has a review of period '2026' on line 2");
        });
    }

    @Test
    void everyProblemOfEveryRowIsReportedAndTheFileIsRejectedWhole() {
        List<CsvProblem> problems = problems(HEADER + GOOD_ROW.replace("2026", "2025")
                + "MK0005,milton-keynes,1,2026,,customer-focus=9,\n"
                + "XX0001,milton-keynes,1,2026,,,\n"
                + "MK0004,milton-keynes,2,2026\n"
                + GOOD_ROW.replace("2026", "2024"));

        assertThat(problems).extracting(CsvProblem::line, CsvProblem::column)
                .containsExactly(tuple(3, "ratings"), tuple(4, "employee_id"), tuple(5, null));
        assertThat(problems.get(2).describe()).startsWith("line 5: expected 7 cells");
        assertThat(problems.get(0).describe()).startsWith("line 3, column 6 (ratings): 9 is not on the rating scale");
    }

    @Test
    void withoutTheRegisterPeopleNeedNotBeKnown() {
        List<ReviewCsv.Row> rows = csv.readWithoutRegister(HEADER + GOOD_ROW.replace("MK0005", "XX9999"));

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.review().employeeId()).isEqualTo("XX9999"));
        assertThatThrownBy(() -> csv.readWithoutRegister(HEADER + "XX9999,milton-keynes,1,2026,,customer-focus=0,\n"))
                .isInstanceOf(InvalidCsv.class);
    }

    @Test
    void aBatchRejectedAfterReadingIsReportedByTheLinesOfItsRows() {
        List<ReviewCsv.Row> rows = csv.read(HEADER + GOOD_ROW + GOOD_ROW.replace("2026", "2025"));

        InvalidCsv rejected = ReviewCsv.rejected(rows, new InvalidReview(List.of(
                new ReviewProblem("$[1].employeeId", "no employee 'MK0005' in the organisation register"),
                new ReviewProblem("$[0].ratings[1].rating", "off the scale"))));

        assertThat(rejected.problems()).containsExactly(
                new CsvProblem(3, "employee_id", 1, "no employee 'MK0005' in the organisation register"),
                new CsvProblem(2, "ratings", 6, "off the scale"));
    }

    @Test
    void numbersInOtherScriptsDigitsAreRefused() {
        // Integer.parseInt reads '١' as 1 and '３' as 3
        List<CsvProblem> problems = problems(HEADER + "MK0005,milton-keynes,١,2026,,customer-focus=3,\n"
                + "MK0004,milton-keynes,2,2026,,customer-focus=３,\n");

        assertThat(problems).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::columnNumber)
                .containsExactly(tuple(2, "level", 3), tuple(3, "ratings", 6));
        assertThat(problems.get(0).message()).isEqualTo("expected a whole number in ASCII digits (0-9), found '١'");
        assertThat(problems.get(1).message()).isEqualTo("rating 1 'customer-focus=３': expected a whole number in ASCII"
                + " digits (0-9) after '=', found '３'");
    }

    @Test
    void everyCellMustBeAcceptableTextAndTheIdAnEmployeeId() {
        List<CsvProblem> problems = problems(HEADER
                + "MK0005,milton-keynes,1,2026,\"Revenues\u0000\",customer-focus=3,\n"
                + "MK0005,milton-keynes,1,\"20\uD800\",,customer-focus=3,\n"
                + "../../etc/passwd,milton-keynes,1,2026,,customer-focus=3,\n"
                + "\"=cmd|' /C calc'!A0\",milton-keynes,1,2026,,customer-focus=3,\n");

        assertThat(problems).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::columnNumber).containsExactly(
                tuple(2, "department", 5), tuple(3, "period", 4), tuple(4, "employee_id", 1), tuple(5, "employee_id", 1));
        assertThat(problems.get(0).message()).contains("control character (U+0000)");
        assertThat(problems.get(1).message()).contains("invalid Unicode");
        assertThat(problems.get(2).message()).isEqualTo("employee id starts with '.' (U+002E); expected "
                + EmployeeId.RULE);
    }

    @Test
    void aMalformedFileIsAProblemOfTheLineItsRecordStartsOn() {
        assertThat(problems(HEADER + GOOD_ROW + "MK0004,milton-keynes,2,2026,\"Revenues,customer-focus=3,\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("never closed");
                });
    }

    private List<CsvProblem> problems(String text) {
        try {
            csv.read(text);
        } catch (InvalidCsv e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted:\n" + text);
    }
}
