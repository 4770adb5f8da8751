package dev.ladder.assessment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ladder.assessment.RuleProblem;
import dev.ladder.assessment.RuleSetCompiler;
import dev.ladder.catalogue.Catalogue;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.framework.Polarity;
import dev.ladder.review.ReviewValidator;

/**
 * The checks a rule set passes before it goes into service, on the project's real {@code rules/},
 * {@code ontology/} and learning catalogue, each changed the way an analyst might get it wrong.
 */
class RuleChecksTest {

    private static final String THRESHOLD = "readiness-threshold.drl.csv";
    private static final String CONDUCT = "conduct-concerns.drl.csv";
    private static RuleChecks checks;
    private static SortedMap<String, byte[]> projectRules;

    @BeforeAll
    static void load() {
        Catalogue catalogue = new Catalogue();
        catalogue.ontologyLoaded(LoadedFrameworks.shared());
        checks = new RuleChecks(LoadedFrameworks.get()::all, catalogue::snapshot);
        projectRules = RuleSetCompiler.readFolder(Path.of("rules"));
    }

    @Test
    void theProjectsRulesPassTheChecks() {
        assertThat(checks.read(projectRules)).isEmpty();
    }

    @Test
    void aRuleNameUsedInTwoFilesIsReportedAtTheSecond() {
        Map<String, byte[]> files = with("red-flags-more.drl", """
                package ladder.rules;

                import dev.ladder.assessment.fact.*;

                rule "Readiness: ready"
                when
                    Employee()
                then
                end
                """);
        int first = lineOf("readiness.drl", "rule \"Readiness: ready\"");

        // files are read in name order: readiness.drl, then red-flags-more.drl
        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("red-flags-more.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("Duplicate rule name \"Readiness: ready\"", "readiness.drl:" + first);
        });
    }

    @Test
    void twoRowsForTheSameCaseWithDifferentOutcomesAreReported() {
        Map<String, byte[]> files = with(THRESHOLD, text(THRESHOLD).replace("Threshold: leicester,leicester,50",
                "Threshold: leicester,leicester,50\nThreshold: leicester again,leicester,60"));
        int second = lineOf(files, THRESHOLD, "Threshold: leicester again") ;
        int first = lineOf(files, THRESHOLD, "Threshold: leicester,");

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(second);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("Row " + second + " applies to the same case as row " + first,
                    "\"60\" here and \"50\" in row " + first);
        });
    }

    @Test
    void twoRowsForTheSameCaseWithTheSameOutcomeAreNoConflict() {
        Map<String, byte[]> files = with(THRESHOLD, text(THRESHOLD).replace("Threshold: leicester,leicester,50",
                "Threshold: leicester,leicester,50\nThreshold: leicester again,leicester,50"));

        assertThat(checks.read(files)).isEmpty();
    }

    @Test
    void aFrameworkWithoutARowInAOneRowPerFrameworkTableIsReported() {
        Map<String, byte[]> files = with(THRESHOLD, text(THRESHOLD).replace("Threshold: cambridge,cambridge,50\n", ""));

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLD);
            assertThat(p.message()).contains("none for framework cambridge");
            assertThat(p.hint()).contains("Add a row");
        });
    }

    @Test
    void aMisspeltCompetencyIdInDrlIsReportedAtItsLineAndColumnWithTheIdMeant() {
        Competency competency = LoadedFrameworks.framework("leicester").competencies().get(0);
        String typo = competency.id().substring(0, competency.id().length() - 1);
        Map<String, byte[]> files = withRule("A rule about one competency", """
                Rating(competency == "%s", value < 2)
                """.formatted(typo));

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("    Rating(competency == ".length() + 1);
            assertThat(p.message()).containsIgnoringCase("unknown competency id \"" + typo + "\"");
            assertThat(p.hint()).contains("Did you mean \"" + competency.id() + "\"", competency.title());
        });
    }

    @Test
    void aMisspeltBehaviourIdInAnInListIsReportedAtItsLiteralWithTheIdMeant() {
        List<Indicator> indicators = LoadedFrameworks.framework("leicester").competencies().get(0).indicators();
        String right = indicators.get(0).id();
        Indicator meant = indicators.get(1);
        String typo = meant.id().substring(0, 3) + meant.id().substring(4);
        Map<String, byte[]> files = withRule("A rule about two behaviours", """
                Observation(indicator in ("%s",
                                          "%s"))
                """.formatted(right, typo));

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo("                              ".length() + 1);
            assertThat(p.message()).isEqualTo("Unknown behaviour id \"" + typo + "\" in any framework, "
                    + "so the rule would never apply");
            assertThat(p.hint()).contains("Did you mean \"" + meant.id() + "\"", meant.text());
        });
    }

    @Test
    void aMisspeltFrameworkInANotInListIsReported() {
        Map<String, byte[]> files = withRule("A rule about the other frameworks", """
                Employee(framework not in ("leicester", "miltonkeynes"))
                """);

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("    Employee(framework not in (\"leicester\", ".length() + 1);
            assertThat(p.message()).startsWith("Unknown framework \"miltonkeynes\"; the frameworks in service are");
            assertThat(p.hint()).contains("Did you mean \"milton-keynes\"");
        });
    }

    @Test
    void inListsOfExistingNamesAndLevelsOfTheFrameworkAreNoProblem() {
        // the framework with the most levels: its top level is one the others do not have
        Framework widest = LoadedFrameworks.get().all().stream()
                .max(Comparator.comparingInt(f -> f.levels().size())).orElseThrow();
        List<Indicator> indicators = widest.competencies().get(0).indicators();
        int top = widest.levels().get(widest.levels().size() - 1).rank();
        assertThat(LoadedFrameworks.get().all()).filteredOn(f -> f != widest)
                .allSatisfy(f -> assertThat(f.levels()).extracting(Level::rank).doesNotContain(top));
        Map<String, byte[]> files = withRule("A rule naming only what exists", """
                Employee(framework in ("cambridge", "leicester"), nextLevel != 1)
                Employee(framework == "%s", level == %d)
                Observation(indicator in ("%s", "%s"), level in (1, %d))
                PreviousObservation(indicator not in ("%s"))
                Rating(value == 99)
                """.formatted(widest.id(), top, indicators.get(0).id(), indicators.get(1).id(), top,
                indicators.get(0).id()));

        assertThat(checks.read(files)).isEmpty();
    }

    @Test
    void aLevelTheFrameworkDoesNotHaveIsReportedWithItsLevels() {
        List<Integer> ranks = LoadedFrameworks.framework("leicester").levels().stream().map(Level::rank).toList();
        assertThat(ranks).doesNotContain(7);
        String levels = ranks.stream().map(String::valueOf).collect(Collectors.joining(", "));
        Map<String, byte[]> files = withRule("A rule about a level leicester does not have", """
                Employee(framework == "leicester", level == 7)
                """);

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("    Employee(framework == \"leicester\", level == ".length() + 1);
            assertThat(p.message()).isEqualTo("Level 7 is not a level of framework leicester (its levels are "
                    + levels + "), so the rule would never apply");
            assertThat(p.hint()).contains(levels);
        });
    }

    @Test
    void aLevelNoFrameworkHasIsReportedWithEveryFrameworksLevels() {
        Map<String, String> levels = new TreeMap<>();
        for (Framework framework : LoadedFrameworks.get().all()) {
            List<Integer> ranks = framework.levels().stream().map(Level::rank).toList();
            assertThat(ranks).doesNotContain(9);
            levels.put(framework.id(), ranks.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        Map<String, byte[]> files = withRule("A rule about a level nobody has", """
                Employee(nextLevel == 9)
                """);

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("    Employee(nextLevel == ".length() + 1);
            assertThat(p.message()).startsWith("No framework has a level 9 (")
                    .endsWith("), so the rule would never apply");
            levels.forEach((framework, ranks) -> assertThat(p.message()).contains(framework + " " + ranks));
            levels.forEach((framework, ranks) -> assertThat(p.hint()).contains(framework + " " + ranks));
        });
    }

    @Test
    void aMisspeltLearningResourceIsReportedWithTheResourceMeant() {
        Catalogue catalogue = new Catalogue();
        catalogue.ontologyLoaded(LoadedFrameworks.shared());
        String resource = catalogue.snapshot().resources().get(0).id();
        String typo = resource.substring(1);
        Map<String, byte[]> files = with("extra.drl", """
                package ladder.rules;

                rule "A rule about one resource"
                when
                    java.util.Map(this["resource"] != null, resource == "%s")
                then
                end
                """.formatted(typo));

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).containsIgnoringCase("unknown learning resource \"" + typo + "\"");
            assertThat(p.hint()).contains("Did you mean \"" + resource + "\"");
        });
    }

    @Test
    void anEffectiveBehaviourOnTheConductConcernListIsReported() {
        Indicator effective = LoadedFrameworks.framework("cambridge").competencies().get(0).indicators().stream()
                .filter(i -> i.polarity() == Polarity.POSITIVE).findFirst().orElseThrow();
        Map<String, byte[]> files = with(CONDUCT, text(CONDUCT).strip() + "\nConduct: not a red flag,\""
                + effective.text().replace("\"", "\"\"") + "\",on the list by mistake\n");

        assertThat(checks.read(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CONDUCT);
            assertThat(p.line()).isEqualTo(lineOf(files, CONDUCT, "Conduct: not a red flag"));
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("is an effective behaviour", "only looks at red-flag behaviours");
        });
    }

    @Test
    void aWorkbookIsCheckedLikeACsvTableWithItsSheetNamed() throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>(projectRules);
        files.remove(THRESHOLD);
        List<String> rows = text(THRESHOLD).replace("Threshold: leicester,leicester,50", "Threshold: leicester,leicestre,50")
                .lines().toList();
        files.put("readiness-threshold.drl.xlsx", workbook("Thresholds", rows));
        int row = rows.indexOf("Threshold: leicester,leicestre,50") + 1;

        assertThat(checks.read(files)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("readiness-threshold.drl.xlsx");
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("sheet \"Thresholds\"", "unknown framework \"leicestre\"");
            assertThat(p.hint()).contains("Did you mean \"leicester\"");
        });
    }

    @Test
    void aCompileErrorInAWorkbookIsReportedAtItsSheetRowAndColumn() throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>(projectRules);
        files.remove(THRESHOLD);
        List<String> rows = text(THRESHOLD).replace("Threshold: leicester,leicester,50", "Threshold: leicester,leicester,5x0")
                .lines().toList();
        files.put("readiness-threshold.drl.xlsx", workbook("Thresholds", rows));
        int row = rows.indexOf("Threshold: leicester,leicester,5x0") + 1;

        assertThat(placed(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("readiness-threshold.drl.xlsx");
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("cell C" + row, "sheet \"Thresholds\"", "x0");
        });
    }

    @Test
    void aRuleWithoutEndIsReportedWhereTheEndIsMissing() {
        String drl = text("red-flags.drl");
        String concern = "rule \"Red flag: observed negative behaviour, concern\"";
        int start = drl.indexOf(concern);
        int end = drl.indexOf("\nend", start);
        Map<String, byte[]> files = with("red-flags.drl", drl.substring(0, end) + drl.substring(end + 4));
        int lastAction = lineOf(files, "red-flags.drl", "drools.getRule().getName(), $o.describe()));");

        List<RuleProblem> problems = placed(files);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lastAction + 1);
            assertThat(p.message()).contains("mismatched input");
            assertThat(p.hint()).contains("has no \"end\"", "Red flag: observed negative behaviour, concern");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsLine() {
        Map<String, byte[]> files = with("red-flags.drl", text("red-flags.drl")
                .replace("$p : PreviousObservation(indicator == $i)", "$p : PreviousObservation(indicator == $i, period == \"2025)"));
        int line = lineOf(files, "red-flags.drl", "period == \"2025)");

        assertThat(placed(files)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.hint()).contains("quote", "not closed");
        });
    }

    @Test
    void misspeltFactsFieldsAndValuesGetTheNameMeant() {
        Map<String, byte[]> fact = with("red-flags.drl", text("red-flags.drl")
                .replace("$p : PreviousObservation(indicator == $i)", "$p : PreviousObservations(indicator == $i)"));
        Map<String, byte[]> field = with("red-flags.drl", text("red-flags.drl")
                .replace("$p : PreviousObservation(indicator == $i)", "$p : PreviousObservation(indicatr == $i)"));
        Map<String, byte[]> value = with("learning-need-priority.drl.csv", text("learning-need-priority.drl.csv")
                .replace("Need: red flag of concern,CONCERN,MEDIUM", "Need: red flag of concern,CONCERN,MEDIUMM"));
        int line = lineOf(fact, "red-flags.drl", "PreviousObservations(");
        int row = lineOf(value, "learning-need-priority.drl.csv", "MEDIUMM");

        assertThat(placed(fact)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.hint()).contains("Did you mean PreviousObservation?");
        });
        assertThat(placed(field)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.hint()).contains("Did you mean indicator?", "indicator, period");
        });
        assertThat(placed(value)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.hint()).contains("Priority has no value \"MEDIUMM\"", "Did you mean MEDIUM?");
        });
    }

    /** The canary's reviews are reviews a manager could submit: none is refused by the validator. */
    @Test
    void theSampleReviewsAreValidReviewsOfEveryFrameworkAndLevel() {
        ReviewValidator validator = new ReviewValidator(LoadedFrameworks.get());
        int levels = 0;
        for (Framework framework : LoadedFrameworks.get().all()) {
            for (var level : framework.levels()) {
                levels++;
                List<Canary.Case> cases = Canary.cases(framework, level.rank());
                assertThat(cases).hasSize(5);
                for (Canary.Case c : cases) {
                    assertThat(validator.validate(c.review()).id()).as(c.description()).isEqualTo(framework.id());
                    c.previous().ifPresent(previous -> validator.validate(previous));
                }
            }
        }
        assertThat(levels).isGreaterThanOrEqualTo(LoadedFrameworks.get().all().size() * 2);
    }

    @Test
    void aSampleReviewWithoutAVerdictIsOneProblemPerFrameworkNamingItsLevels() {
        List<RuleProblem> problems = checks.sample(projectRules,
                (review, previous, framework) -> framework.id().equals("leicester") && review.level() >= 2
                        ? List.of() : List.of("READY by rule \"Readiness: ready\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("readiness.drl");
            assertThat(p.message()).contains("no readiness verdict", "a leicester employee at level 2", "also at levels 3");
        });
    }

    @Test
    void nearNamesAreSuggestedAndFarOnesAreNot() {
        assertThat(Similar.nearest("leicster", List.of("cambridge", "leicester", "milton-keynes"))).hasValue("leicester");
        assertThat(Similar.nearest("york", List.of("cambridge", "leicester", "milton-keynes"))).isEmpty();
        assertThat(Similar.distance("kitten", "sitting")).isEqualTo(3);
    }

    private static List<RuleProblem> placed(Map<String, byte[]> files) {
        RuleSetCompiler compiler = new RuleSetCompiler();
        RuleSetCompiler.Result result = compiler.compile(files);
        assertThat(result.ok()).as("the change must not compile").isFalse();
        return checks.place(files, result.problems());
    }

    /**
     * The rules of the project with a file {@code extra.drl} of one rule: a package line, an import on
     * line 3, the rule on line 5, and its {@code conditions} from line 7, indented by four spaces.
     */
    private static Map<String, byte[]> withRule(String name, String conditions) {
        return with("extra.drl", """
                package ladder.rules;

                import dev.ladder.assessment.fact.*;

                rule "%s"
                when
                %sthen
                end
                """.formatted(name, conditions.indent(4)));
    }

    private static Map<String, byte[]> with(String file, String content) {
        SortedMap<String, byte[]> files = new TreeMap<>(projectRules);
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String text(String file) {
        return new String(projectRules.get(file), StandardCharsets.UTF_8);
    }

    private static int lineOf(String file, String text) {
        return lineOf(projectRules, file, text);
    }

    private static int lineOf(Map<String, byte[]> files, String file, String text) {
        List<String> lines = new String(files.get(file), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /** The CSV rows as a workbook with one sheet (cells split as a spreadsheet would read the CSV). */
    private static byte[] workbook(String sheetName, List<String> csvRows) {
        return TestWorkbooks.of(sheetName, csvRows);
    }
}
