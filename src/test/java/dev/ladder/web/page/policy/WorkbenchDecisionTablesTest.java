package dev.ladder.web.page.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The grid's way in and out of a decision table: reading the rule tables of every table in
 * {@code rules/}, and writing rows back while every other character of the file stays as it was.
 */
class WorkbenchDecisionTablesTest {

    private static final String TWO_TABLES = """
            RuleSet,ladder.rules
            Import,"a.B, a.C"
            Notes,"Two tables, ""quoted"" notes"

            RuleTable First
            NAME,CONDITION,ACTION
            ,$r : Rating,
            ,"value == $param","insert($param);"
            Rule name,Rating given,Priority
            One,1,HIGH
            Two,2,MEDIUM

            RuleTable Second
            NAME,CONDITION,ACTION
            ,$f : RedFlag,
            ,"severity == $param","x($param);"
            Rule name,Severity,Priority
            Serious,SERIOUS,HIGH
            """;

    @Test
    void readsEveryRuleTableWithItsHeadingsRowsAndLines() {
        List<DecisionTables.Table> tables = DecisionTables.read(TWO_TABLES);
        assertThat(tables).extracting(DecisionTables.Table::name).containsExactly("First", "Second");
        DecisionTables.Table first = tables.get(0);
        assertThat(first.columns()).extracting(DecisionTables.Column::heading)
                .containsExactly("Rule name", "Rating given", "Priority");
        assertThat(first.columns()).extracting(DecisionTables.Column::keyword).containsExactly("NAME", "CONDITION", "ACTION");
        assertThat(first.columns().get(1).code()).isEqualTo("value == $param");
        assertThat(first.rows()).containsExactly(List.of("One", "1", "HIGH"), List.of("Two", "2", "MEDIUM"));
        assertThat(first.line()).isEqualTo(10);
        assertThat(tables.get(1).rows()).containsExactly(List.of("Serious", "SERIOUS", "HIGH"));
        assertThat(tables.get(1).line()).isEqualTo(18);
    }

    @Test
    void writingTheSameRowsBackChangesNothingInAnyTableOfTheRulesFolder() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("rules"))) {
            files = list.filter(p -> p.toString().endsWith(".drl.csv")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            List<DecisionTables.Table> tables = DecisionTables.read(text);
            assertThat(tables).as(file.toString()).isNotEmpty();
            for (DecisionTables.Table table : tables) {
                assertThat(table.rows()).as(file + " " + table.name()).isNotEmpty();
                assertThat(DecisionTables.withRows(text, table.index(), table.rows())).as(file.toString()).isEqualTo(text);
            }
        }
    }

    @Test
    void aChangedCellChangesOnlyItsRowAndTheHeaderRowsStayExactly() {
        List<List<String>> rows = new ArrayList<>(DecisionTables.read(TWO_TABLES).get(0).rows());
        rows.set(1, List.of("Two", "2", "LOW, really"));
        String written = DecisionTables.withRows(TWO_TABLES, 0, rows);
        assertThat(written).isEqualTo(TWO_TABLES.replace("Two,2,MEDIUM", "Two,2,\"LOW, really\""));
        assertThat(DecisionTables.read(written).get(0).rows().get(1)).containsExactly("Two", "2", "LOW, really");
    }

    @Test
    void rowsAreAddedAndRemovedAndBlankRowsLeftOut() {
        List<List<String>> rows = new ArrayList<>(DecisionTables.read(TWO_TABLES).get(1).rows());
        rows.add(List.of("Concern", "CONCERN", "MEDIUM"));
        rows.add(List.of("", " ", ""));
        String added = DecisionTables.withRows(TWO_TABLES, 1, rows);
        assertThat(added).isEqualTo(TWO_TABLES + "Concern,CONCERN,MEDIUM\n");

        String removed = DecisionTables.withRows(TWO_TABLES, 0, List.of(List.of("Two", "2", "MEDIUM")));
        assertThat(removed).isEqualTo(TWO_TABLES.replace("One,1,HIGH\n", ""));
        assertThat(DecisionTables.read(removed)).hasSize(2);
        assertThat(DecisionTables.read(removed).get(1).rows()).containsExactly(List.of("Serious", "SERIOUS", "HIGH"));
    }

    @Test
    void aTableWithoutRowsGetsItsFirstRowAfterItsHeadings() {
        String empty = TWO_TABLES.replace("One,1,HIGH\nTwo,2,MEDIUM\n", "");
        assertThat(DecisionTables.read(empty).get(0).rows()).isEmpty();
        String filled = DecisionTables.withRows(empty, 0, List.of(List.of("One", "1", "HIGH")));
        assertThat(filled).isEqualTo(TWO_TABLES.replace("Two,2,MEDIUM\n", ""));
    }
}
