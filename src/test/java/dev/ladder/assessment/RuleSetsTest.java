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
        assertThat(attempt.problems()).anySatisfy(p -> assertThat(p.line()).isBetween(broken - 1, broken + 3));
        assertThat(engine.ruleSets.current().orElseThrow().version()).isEqualTo(before);
        assertThat(engine.assessor.assess(NOTHING_SHOWN).ruleSetVersion()).isEqualTo(before);
        assertThat(engine.ruleSets.lastAttempt()).isEqualTo(attempt);
        // the running rules go on serving: a warning naming them, not an error
        assertThat(output.getOut().lines().filter(line -> line.contains("do not compile; " + before + " stays in service")))
                .singleElement().satisfies(line -> assertThat(line).contains("WARN").doesNotContain("ERROR"));
        assertThat(output.getOut()).doesNotContain("No rule set in service");
    }

    @Test
    void aBrokenDecisionTableIsReportedByFile() throws IOException {
        String before = engine.ruleSets.current().orElseThrow().version();
        Files.writeString(rules.resolve(THRESHOLD), Files.readString(rules.resolve(THRESHOLD))
                .replace("insertLogical(new ReadinessThreshold($param));", "insertLogical(new NoSuchFact($param));"));

        RuleSets.Attempt attempt = engine.ruleSets.reload();

        assertThat(attempt.problems()).isNotEmpty().anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(THRESHOLD);
            assertThat(p.message()).contains("NoSuchFact");
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

    private void setThreshold(String framework, int percent) throws IOException {
        Path table = rules.resolve(THRESHOLD);
        String content = Files.readString(table);
        String row = "Threshold: " + framework + "," + framework + ",";
        int at = content.indexOf(row);
        int end = content.indexOf('\n', at);
        Files.writeString(table, content.substring(0, at) + row + percent + content.substring(end));
    }
}
