package dev.ladder.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.ladder.LadderProperties;
import dev.ladder.review.Review;

/**
 * Rules are files: compiled at run time, swapped in whole when they change, kept when a change does
 * not compile. Works on a copy of the project's {@code rules/} in a temporary folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class RuleSetsTest {

    private static final String THRESHOLD = "readiness-threshold.drl.csv";
    /** Rated 3 everywhere, no behaviours observed: READY only if the threshold is 0%. */
    private static final Review NOTHING_SHOWN = Reviews.of("milton-keynes", 1).allRated(3).build();

    @TempDir
    Path rules;
    Engine engine;

    @BeforeEach
    void copyRules() throws IOException {
        for (Path file : RuleSetCompiler.ruleFiles(Path.of("rules"))) {
            Files.copy(file, rules.resolve(file.getFileName()));
        }
        engine = new Engine(rules);
    }

    @Test
    void theVersionIsAHashOfTheRuleFiles() throws IOException {
        String version = engine.ruleSets.current().orElseThrow().version();

        assertThat(version).matches("[0-9a-f]{12}");
        assertThat(engine.ruleSets.reload().version()).isEqualTo(version);
        setThreshold("milton-keynes", 0);
        assertThat(engine.ruleSets.reload().version()).isNotEqualTo(version);
    }

    @Test
    void whoeverAsksWhileTheFirstCompilationRunsWaitsForIt() throws Exception {
        Engine starting = new Engine(rules); // compiles in the background from here
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> versions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                versions.add(askers.submit(() -> starting.ruleSets.current().orElseThrow().version()));
            }
            String version = engine.ruleSets.current().orElseThrow().version();
            for (Future<String> asked : versions) {
                assertThat(asked.get(60, TimeUnit.SECONDS)).isEqualTo(version);
            }
            assertThat(starting.ruleSets.lastAttempt().problems()).isEmpty();
            assertThat(starting.assessor.assess(NOTHING_SHOWN).readiness().status()).isEqualTo("DEVELOPING");
        } finally {
            askers.shutdownNow();
        }
    }

    @Test
    void theWatchersReloadCompilesOnlyWhenTheRuleFilesChanged() throws IOException {
        String version = engine.ruleSets.current().orElseThrow().version();
        long compiled = RuleSetCompiler.compilations();

        assertThat(engine.ruleSets.reloadIfChanged().version()).isEqualTo(version);
        assertThat(RuleSetCompiler.compilations()).as("the folder is the rule set in service").isEqualTo(compiled);

        setThreshold("milton-keynes", 0);
        RuleSets.Attempt changed = engine.ruleSets.reloadIfChanged();

        assertThat(RuleSetCompiler.compilations()).isEqualTo(compiled + 1);
        assertThat(changed.version()).isNotEqualTo(version)
                .isEqualTo(engine.ruleSets.current().orElseThrow().version());
    }

    @Test
    void aGoodEditIsSwappedIn() throws IOException {
        assertThat(engine.assessor.assess(NOTHING_SHOWN).readiness().status()).isEqualTo("DEVELOPING");

        setThreshold("milton-keynes", 0);
        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.problems()).isEmpty();
        Assessment after = engine.assessor.assess(NOTHING_SHOWN);
        assertThat(after.readiness().status()).isEqualTo("READY");
        assertThat(after.ruleSetVersion()).isEqualTo(attempt.version());
    }

    @Test
    void aBrokenDrlKeepsTheRunningRulesAndNamesFileAndLine(CapturedOutput output) throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        List<String> lines = new ArrayList<>(Files.readAllLines(rules.resolve("readiness.drl")));
        int broken = lines.indexOf("rule \"Readiness: ready\"") + 2;
        lines.set(broken, "    $e : Employee(nextLevel != null");
        Files.write(rules.resolve("readiness.drl"), lines);

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.version()).isNull();
        assertThat(attempt.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("readiness.drl"));
        // the line left unfinished (1-based), not the next one where Drools gave up; Drools' message kept, with a hint
        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(broken + 1);
            assertThat(p.column()).isEqualTo(lines.get(broken).length() + 1);
            assertThat(p.message()).contains("mismatched input");
            assertThat(p.hint()).contains("line " + (broken + 1)).contains("\"(\" is not closed");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
        assertThat(engine.assessor.assess(NOTHING_SHOWN).ruleSetVersion()).isEqualTo(before);
        assertThat(engine.ruleSets.lastAttempt()).isEqualTo(attempt);
        // the running rules go on serving: a warning naming them, not an error
        assertThat(output.getOut().lines().filter(line -> line.contains("do not compile or fail their checks")
                        && line.contains("; " + before + " stays in service")))
                .singleElement().satisfies(line -> assertThat(line).contains("WARN").doesNotContain("ERROR"));
        assertThat(output.getOut()).doesNotContain("No rule set in service");
    }

    @Test
    void aBrokenTemplateOfADecisionTableIsReportedAtItsCellNotAtALineOfGeneratedCode() throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        String template = "insertLogical(new ReadinessThreshold($param));";
        Files.writeString(rules.resolve(THRESHOLD), Files.readString(rules.resolve(THRESHOLD))
                .replace(template, "insertLogical(new NoSuchFact($param));"));
        List<String> rows = Files.readAllLines(rules.resolve(THRESHOLD));
        int templateRow = indexOfRowContaining(rows, "NoSuchFact") + 1;

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        // the same mistake in every row is one problem, at the template's cell (third column)
        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLD);
            assertThat(p.line()).isEqualTo(templateRow).isLessThanOrEqualTo(rows.size());
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("C" + templateRow).contains("NoSuchFact cannot be resolved");
            assertThat(p.hint()).contains("There is no fact called \"NoSuchFact\"").contains("ReadinessThreshold");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void aBadValueInARowIsReportedAtItsCell() throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        replace(THRESHOLD, "Threshold: leicester,leicester,50", "Threshold: leicester,leicester,5x0");
        int row = indexOfRowContaining(Files.readAllLines(rules.resolve(THRESHOLD)), "5x0") + 1;

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLD);
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("x0");
            assertThat(p.hint()).contains("in place of $param");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
    }

    /** A typo in a conduct-concern behaviour compiled, and quietly turned a serious red flag into a concern. */
    @Test
    void aMisspeltConductConcernIsRefusedWithTheBehaviourMeant() throws IOException {
        String conduct = "conduct-concerns.drl.csv";
        Review flagged = Reviews.of("cambridge", 1).allRated(3).observedText("Ignores discrimination").build();
        String before = engine.ruleSets.current().orElseThrow().version();
        assertThat(engine.assessor.assess(flagged).redFlags()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo("serious"));
        replace(conduct, "Conduct: ignores discrimination,Ignores discrimination,",
                "Conduct: ignores discrimination,Ignores discriminaton,");
        int row = indexOfRowContaining(Files.readAllLines(rules.resolve(conduct)), "Ignores discriminaton") + 1;

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.version()).isNull();
        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(conduct);
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("\"Ignores discriminaton\"").contains("B" + row);
            assertThat(p.hint()).contains("Did you mean \"Ignores discrimination\"");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
        assertThat(engine.assessor.assess(flagged).redFlags()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo("serious"));
    }

    /** A typo in a framework id of the threshold table compiled, and then every Leicester assessment failed. */
    @Test
    void aMisspeltFrameworkInTheThresholdTableIsRefusedAndLeicesterStillAssessed() throws IOException {
        Review leicester = Reviews.of("leicester", 1).allRated(3).build();
        String before = engine.ruleSets.current().orElseThrow().version();
        replace(THRESHOLD, "Threshold: leicester,leicester,50", "Threshold: leicester,leicster,50");
        List<String> rows = Files.readAllLines(rules.resolve(THRESHOLD));
        int row = indexOfRowContaining(rows, "leicster") + 1;
        int labels = indexOfRowContaining(rows, "Rule name,") + 1;

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLD);
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("unknown framework \"leicster\"");
            assertThat(p.hint()).contains("Did you mean \"leicester\"");
        });
        // and the lint: the table has one row per framework, and now none for leicester
        assertThat(attempt.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(labels);
            assertThat(p.message()).contains("none for framework leicester");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
        assertThat(engine.assessor.assess(leicester).readiness().status()).isEqualTo("DEVELOPING");
    }

    @Test
    void aRuleSetGivingTwoVerdictsToSampleReviewsIsRefusedLikeACompileError(CapturedOutput output) throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        Files.writeString(rules.resolve("always-ready.drl"), """
                package ladder.rules;

                import dev.ladder.assessment.fact.*;

                rule "Leicester: always ready"
                when
                    Employee(framework == "leicester", nextLevel != null)
                then
                    insertLogical(new ReadinessVerdict(ReadinessStatus.READY, drools.getRule().getName(), "always"));
                end
                """);

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.version()).isNull();
        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("2 readiness verdicts").contains("a leicester employee at level 1")
                    .contains("Leicester: always ready");
            assertThat(p.file()).isIn("always-ready.drl", "readiness.drl");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
        assertThat(output.getOut()).contains("2 readiness verdicts");
    }

    @Test
    void aRuleSetLeavingSampleReviewsWithoutAVerdictIsRefused() throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        String drl = Files.readString(rules.resolve("readiness.drl"));
        int developing = drl.indexOf("rule \"Readiness: developing\"");
        String condition = "    Employee(nextLevel != null)\n    ReadinessThreshold()";
        assertThat(drl.indexOf(condition, developing)).isPositive();
        Files.writeString(rules.resolve("readiness.drl"), drl.substring(0, developing) + drl.substring(developing)
                .replace(condition, "    Employee(nextLevel != null, framework != \"leicester\")\n    ReadinessThreshold()"));

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("readiness.drl");
            assertThat(p.message()).contains("no readiness verdict", "a leicester employee at level 1");
            assertThat(p.hint()).contains("leicester");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void aRuleThatThrowsOnASampleReviewIsRefusedNamingTheRule() throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        Files.writeString(rules.resolve("throws.drl"), """
                package ladder.rules;

                import dev.ladder.assessment.fact.*;

                rule "Throws on Milton Keynes"
                when
                    Employee(framework == "milton-keynes")
                then
                    Integer.parseInt("not a number");
                end
                """);

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("throws.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("rule \"Throws on Milton Keynes\" failed").contains("NumberFormatException")
                    .contains("a milton-keynes employee at level 1");
        });
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void theWatcherCompilesAChangeByItself() throws Exception {
        RulesWatcher watcher = new RulesWatcher(new LadderProperties(Path.of("data"), Path.of("ontology"), rules, true,
                LadderProperties.DemoSettings.off(), Path.of("features"), null), engine.ruleSets);
        watcher.afterPropertiesSet();
        try {
            String before = engine.ruleSets.current().orElseThrow().version();
            setThreshold("milton-keynes", 0);

            long deadline = System.currentTimeMillis() + 30_000;
            while (engine.ruleSets.current().orElseThrow().version().equals(before)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }

            assertThat(engine.ruleSets.current().orElseThrow().version()).isNotEqualTo(before);
            assertThat(engine.assessor.assess(NOTHING_SHOWN).readiness().status()).isEqualTo("READY");
        } finally {
            watcher.destroy();
        }
    }

    /**
     * Assessments running while the rules are swapped back and forth each see one whole rule set:
     * the verdict always matches the version the assessment reports.
     */
    @Test
    void parallelAssessmentsDuringReloadsAreConsistent() throws Exception {
        String strict = engine.ruleSets.current().orElseThrow().version();
        String original = Files.readString(rules.resolve(THRESHOLD));
        setThreshold("milton-keynes", 0);
        String lenient = engine.ruleSets.reload().version();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> engine.assessor.assess(NOTHING_SHOWN)));
                if (i % 50 == 0) {
                    Files.writeString(rules.resolve(THRESHOLD), i % 100 == 0 ? original
                            : original.replace("Threshold: milton-keynes,milton-keynes,50", "Threshold: milton-keynes,milton-keynes,0"));
                    engine.ruleSets.reload();
                }
            }
            List<String> versions = new ArrayList<>();
            for (Future<Assessment> result : results) {
                Assessment assessment = result.get(60, TimeUnit.SECONDS);
                versions.add(assessment.ruleSetVersion());
                String expected = assessment.ruleSetVersion().equals(lenient) ? "READY" : "DEVELOPING";
                assertThat(assessment.ruleSetVersion()).isIn(strict, lenient);
                assertThat(assessment.readiness().status()).as(assessment.ruleSetVersion()).isEqualTo(expected);
            }
            assertThat(versions).contains(strict, lenient);
        } finally {
            pool.shutdownNow();
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        String content = Files.readString(rules.resolve(file));
        assertThat(content).contains(from);
        Files.writeString(rules.resolve(file), content.replace(from, to));
    }

    private static int indexOfRowContaining(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row contains " + text);
    }

    private void setThreshold(String framework, int percent) throws IOException {
        Path table = rules.resolve(THRESHOLD);
        String content = Files.readString(table);
        String row = "Threshold: " + framework + "," + framework + ",";
        int at = content.indexOf(row);
        int end = content.indexOf('\n', at);
        Files.writeString(table, content.substring(0, at) + row + percent + content.substring(end));
    }
}
