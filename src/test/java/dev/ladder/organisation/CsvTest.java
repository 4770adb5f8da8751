package dev.ladder.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV reader and writer: line numbers, tolerated quirks, malformed files and round trips. */
class CsvTest {

    @Test
    void keepsTheLineEachRecordStartsOnAcrossBomBlankLinesCrlfAndQuotedLineBreaks() {
        List<Csv.Row> rows = Csv.parse("\uFEFFa,b\r\n1,\"two\r\nlines\"\r\n\r\n   \n3,\"x, \"\"y\"\"\"\n4,5");

        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 6, 7);
        assertThat(rows.get(0).cells()).containsExactly("a", "b");
        assertThat(rows.get(1).cells()).containsExactly("1", "two\r\nlines");
        assertThat(rows.get(2).cells()).containsExactly("3", "x, \"y\"");
        assertThat(rows.get(3).cells()).containsExactly("4", "5");
    }

    @Test
    void spacesAroundCellsAreIgnoredAlsoAroundQuotedOnes() {
        assertThat(Csv.parse("a , \"b, c\" ,\" d \"\n  \t \n")).singleElement()
                .satisfies(row -> assertThat(row.cells()).containsExactly("a", "b, c", " d "));
    }

    @Test
    void aQuotedCellThatIsNeverClosedIsAProblemOfTheLineItsRecordStartsOn() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,2\n\n3,\"never closed\n4,5\n"))
                .isInstanceOfSatisfying(InvalidCsv.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.column()).isNull();
                    assertThat(p.message()).contains("never closed", "closing double quote");
                }));
    }

    @Test
    void textAfterAClosingQuoteIsAProblemOfItsLine() {
        assertThatThrownBy(() -> Csv.parse("a,b\n\"x\"y,z\n"))
                .isInstanceOfSatisfying(InvalidCsv.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("text follows a closing double quote");
                }));
    }

    @Test
    void writesWhatItReadsBack() {
        List<List<?>> rows = List.of(Arrays.asList("O'Neill, Dan", "say \"hi\"", null, 3),
                Arrays.asList("two\nlines", "", "=1+1", -4));

        String csv = Csv.write(List.of("a", "b", "c", "d"), rows);

        assertThat(csv).startsWith("a,b,c,d\r\n\"O'Neill, Dan\",\"say \"\"hi\"\"\",,3\r\n");
        assertThat(Csv.parse(csv)).extracting(Csv.Row::cells).containsExactly(List.of("a", "b", "c", "d"),
                List.of("O'Neill, Dan", "say \"hi\"", "", "3"), List.of("two\nlines", "", "=1+1", "-4"));
    }

    @Test
    void wholeNumbersAreAsciiDigitsOnly() {
        assertThat(Csv.wholeNumber("12")).isEqualTo(12);
        assertThat(Csv.wholeNumber("-3")).isEqualTo(-3);
        // Integer.parseInt reads these as 1 and 3
        assertThat(Csv.wholeNumber("١")).isNull();
        assertThat(Csv.wholeNumber("３")).isNull();
        assertThat(Csv.wholeNumber("+3")).isNull();
        assertThat(Csv.wholeNumber("9999999999")).isNull();
        assertThat(Csv.wholeNumber("")).isNull();
    }

    @Test
    void aCellInAMessageIsShortAndShowsControlCharactersAsCodePoints() {
        assertThat(Csv.shown("ab\u0007c")).isEqualTo("'abU+0007c'");
        assertThat(Csv.shown("x".repeat(100_000))).isEqualTo("'" + "x".repeat(40) + "…' (100000 characters)");
        assertThat(Csv.shown("a\uD800b")).isEqualTo("'aU+D800b'");
    }

    @Test
    void aProblemNamesItsColumnByPositionAndName() {
        CsvProblem problem = CsvProblem.at(3, List.of("employee_id", "name", "level"), "level", "expected a number");

        assertThat(problem.columnNumber()).isEqualTo(3);
        assertThat(problem.describe()).isEqualTo("line 3, column 3 (level): expected a number");
        assertThat(new CsvProblem(5, null, "expected 6 cells").describe()).isEqualTo("line 5: expected 6 cells");
    }
}
