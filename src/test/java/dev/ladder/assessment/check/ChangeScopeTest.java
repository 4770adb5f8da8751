package dev.ladder.assessment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Which people a change to the rule files can affect: only the frameworks named by the table rows that
 * differ, and anyone as soon as the change is anything else. The rule files are those of {@code rules/},
 * changed as an analyst would.
 */
class ChangeScopeTest {

    private static final String THRESHOLD = "readiness-threshold.drl.csv";
    private static final String NOT_READY = "not-ready-rating.drl.csv";

    private final Map<String, byte[]> rules = ruleFiles();

    @Test
    void theSameFilesAffectNobody() {
        assertThat(ChangeScope.frameworks(rules, new TreeMap<>(rules))).contains(Set.of());
    }

    @Test
    void aValueInAFrameworksRowAffectsOnlyThatFramework() {
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "Threshold: leicester,leicester,50",
                "Threshold: leicester,leicester,60"))).contains(Set.of("leicester"));
        assertThat(ChangeScope.frameworks(rules, with(NOT_READY, "Not ready below: cambridge,cambridge,3",
                "Not ready below: cambridge,cambridge,2"))).contains(Set.of("cambridge"));
    }

    @Test
    void rowsOfTwoFilesAddUp() {
        Map<String, byte[]> both = with(THRESHOLD, "Threshold: leicester,leicester,50", "Threshold: leicester,leicester,60");
        both.put(NOT_READY, replaced(NOT_READY, "Not ready below: cambridge,cambridge,3",
                "Not ready below: cambridge,cambridge,2"));
        assertThat(ChangeScope.frameworks(rules, both)).contains(Set.of("cambridge", "leicester"));
    }

    @Test
    void aRowMovedToAnotherFrameworkAffectsBoth() {
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "Threshold: leicester,leicester,50",
                "Threshold: leicester,cambridge,50"))).contains(Set.of("cambridge", "leicester"));
    }

    @Test
    void anythingElseMayAffectAnyone() {
        // a row added or removed moves the rows below it
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "Threshold: leicester,leicester,50",
                "Threshold: leicester,leicester,50\nThreshold: leicester 2,leicester,60"))).isEmpty();
        // a framework cell left blank drops the condition: the row fires for everyone
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "Threshold: leicester,leicester,50",
                "Threshold: leicester,,50"))).isEmpty();
        // a cell that is code, not an id, may widen the condition
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "Threshold: leicester,leicester,50",
                "Threshold: leicester,\"leicester\"\" || framework != \"\"x\",50"))).isEmpty();
        // a template, a note: they concern every row
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "insertLogical(new ReadinessThreshold($param));",
                "insertLogical(new ReadinessThreshold($param + 1));"))).isEmpty();
        assertThat(ChangeScope.frameworks(rules, with(THRESHOLD, "One row per framework;", "One row a framework;")))
                .isEmpty();
        // a table whose rows name no framework
        assertThat(ChangeScope.frameworks(rules, with("recommendations.drl.csv",
                "Recommendations: how many per need,3", "Recommendations: how many per need,4"))).isEmpty();
        // a DRL file, a file added or removed
        assertThat(ChangeScope.frameworks(rules, withBytes("readiness.drl", (new String(rules.get("readiness.drl"),
                StandardCharsets.UTF_8) + "\n// a comment\n").getBytes(StandardCharsets.UTF_8)))).isEmpty();
        Map<String, byte[]> removed = new TreeMap<>(rules);
        removed.remove(NOT_READY);
        assertThat(ChangeScope.frameworks(rules, removed)).isEmpty();
        assertThat(ChangeScope.frameworks(removed, rules)).isEmpty();
    }

    private Map<String, byte[]> with(String file, String text, String replacement) {
        return withBytes(file, replaced(file, text, replacement));
    }

    private Map<String, byte[]> withBytes(String file, byte[] bytes) {
        Map<String, byte[]> changed = new TreeMap<>(rules);
        changed.put(file, bytes);
        return changed;
    }

    private byte[] replaced(String file, String text, String replacement) {
        String content = new String(rules.get(file), StandardCharsets.UTF_8);
        assertThat(content).as(file).contains(text);
        return content.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> ruleFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        try (var paths = Files.list(Path.of("rules"))) {
            for (Path file : paths.filter(p -> p.getFileName().toString().matches(".*\\.drl(\\.csv)?")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(files).containsKeys(THRESHOLD, NOT_READY, "readiness.drl");
        return files;
    }

    @Test
    void unreadableTablesMayAffectAnyone() {
        assertThat(ChangeScope.frameworks(Map.of("x.drl.xlsx", new byte[] {1}), Map.of("x.drl.xlsx", new byte[] {2})))
                .isEqualTo(Optional.empty());
    }
}
