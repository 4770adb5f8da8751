package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ladder.organisation.Csv;

/**
 * Pins how many indicators each framework, competency and level holds, so a lost or doubled line
 * fails the build. The expected numbers were counted from the source documents by someone who did not
 * see the Turtle files: {@code src/test/resources/source-counts.csv}, method in {@code docs/source-counts.md}.
 */
class FrameworkCountsTest {

    private static final Path SOURCE_COUNTS = Path.of("src/test/resources/source-counts.csv");

    @ParameterizedTest(name = "{0}: {1} competencies, {2} positive and {3} negative indicators")
    @CsvSource({
            "cambridge,     27, 183, 124",
            "milton-keynes,  7, 135,  76",
            "leicester,     17, 209,   0"})
    void frameworkTotals(String id, int competencies, int positive, int negative) {
        Framework framework = LoadedFrameworks.framework(id);

        assertThat(framework.competencies()).hasSize(competencies);
        assertThat(count(framework, Polarity.POSITIVE)).isEqualTo(positive);
        assertThat(count(framework, Polarity.NEGATIVE)).isEqualTo(negative);
    }

    @ParameterizedTest(name = "{0} level {1}: {2} positive and {3} negative introduced")
    @CsvSource({
            "cambridge, 1, 55, 38", "cambridge, 2, 28, 15", "cambridge, 3, 100, 71",
            "milton-keynes, 1, 33, 15", "milton-keynes, 2, 27, 13", "milton-keynes, 3, 29, 16",
            "milton-keynes, 4, 25, 16", "milton-keynes, 5, 21, 16",
            "leicester, 1, 27, 0", "leicester, 2, 87, 0", "leicester, 3, 47, 0", "leicester, 4, 48, 0"})
    void introducedPerLevel(String id, int level, int positive, int negative) {
        List<Indicator> atLevel = LoadedFrameworks.framework(id).competencies().stream()
                .flatMap(c -> c.indicators().stream()).filter(i -> i.level() == level).toList();

        assertThat(atLevel).filteredOn(i -> i.polarity() == Polarity.POSITIVE).hasSize(positive);
        assertThat(atLevel).filteredOn(i -> i.polarity() == Polarity.NEGATIVE).hasSize(negative);
    }

    /** Every (competency, level, kind) cell of the source, by competency position and title. */
    @Test
    void everyCompetencyLevelAndKindMatchesTheSourceCount() throws IOException {
        Map<String, Long> expected = new TreeMap<>();
        List<Csv.Row> rows = Csv.parse(Files.readString(SOURCE_COUNTS));
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            expected.put(key(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2),
                    Integer.parseInt(cells.get(3)), sourceKind(cells.get(4))), Long.parseLong(cells.get(5)));
        }

        Map<String, Long> actual = new TreeMap<>();
        for (String id : List.of("cambridge", "milton-keynes", "leicester")) {
            List<Competency> competencies = LoadedFrameworks.framework(id).competencies();
            for (int position = 1; position <= competencies.size(); position++) {
                Competency competency = competencies.get(position - 1);
                for (Indicator indicator : competency.indicators()) {
                    actual.merge(key(id, position, competency.title(), indicator.level(), indicator.kind()), 1L, Long::sum);
                }
            }
        }

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    private static String key(String framework, int position, String title, int level, String kind) {
        String normalTitle = title.replace("*", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        return "%s #%02d %s, level %d, %s".formatted(framework, position, normalTitle, level, kind);
    }

    /** The counter's short kind names mapped onto the API's. */
    private static String sourceKind(String kind) {
        return switch (kind) {
            case "effective" -> "effective-behaviour";
            case "ineffective" -> "ineffective-behaviour";
            default -> kind;
        };
    }

    private static long count(Framework framework, Polarity polarity) {
        return framework.competencies().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.polarity() == polarity).count();
    }
}
