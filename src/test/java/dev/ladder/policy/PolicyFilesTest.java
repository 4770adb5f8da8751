package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ladder.LadderProperties;

/** How the workbench names policy files, which names it refuses, and how a version is written into service. */
class PolicyFilesTest {

    @TempDir
    Path work;
    Path rules;
    Path features;
    PolicyFiles files;

    @BeforeEach
    void folders() throws IOException {
        rules = Files.createDirectories(work.resolve("rules"));
        features = Files.createDirectories(work.resolve("features"));
        Files.writeString(rules.resolve("a.drl"), "package ladder.rules;\n");
        Files.writeString(rules.resolve("b.drl.csv"), "RuleSet,ladder.rules\n");
        Files.writeString(rules.resolve("README.md"), "# for analysts\n");
        Files.writeString(features.resolve("one.feature"), "Feature: one\n");
        Files.writeString(features.resolve("notes.txt"), "not a scenario\n");
        files = new PolicyFiles(new LadderProperties(work.resolve("data"), work.resolve("ontology"), rules, false,
                LadderProperties.DemoSettings.off(), features, null));
    }

    @Test
    void rulesAndScenariosArePolicyFiles() {
        assertThat(PolicyFiles.validate("readiness-threshold.drl.csv")).isEqualTo("readiness-threshold.drl.csv");
        assertThat(PolicyFiles.validate("council/extra.drl")).isEqualTo("council/extra.drl");
        assertThat(PolicyFiles.validate("tables/x.drl.xlsx")).isEqualTo("tables/x.drl.xlsx");
        assertThat(PolicyFiles.validate("features/assessment-readiness.feature"))
                .isEqualTo("features/assessment-readiness.feature");
    }

    @Test
    void anythingElseIsRefusedNamingThePathAndWhatIsAllowed() {
        for (String path : new String[] {"../rules/a.drl", "features/../a.drl", "/etc/passwd.drl", "a//b.drl",
                "./a.drl", "C:/rules/a.drl", "rules\\a.drl", "README.md", "notes.txt", "a.csv",
                "features/a.drl", "a.feature", "features/notes.txt", "", " ", ".ladder-1.drl", "features/.x.feature",
                "a\nb.drl", "a\u0000.drl"}) {
            assertThatThrownBy(() -> PolicyFiles.validate(path)).as(path).isInstanceOf(InvalidPolicyPath.class)
                    .hasMessageContaining("a rule file (*.drl, *.drl.csv, *.drl.xlsx) relative to the rules folder")
                    .satisfies(e -> assertThat(((InvalidPolicyPath) e).path()).isEqualTo(path));
        }
        assertThatThrownBy(() -> PolicyFiles.validate("../a.drl")).hasMessageStartingWith("File path '../a.drl' may not");
        assertThatThrownBy(() -> PolicyFiles.validate("a.feature")).hasMessageContaining("scenarios go under features/");
    }

    @Test
    void theFilesInServiceAreTheRuleFilesAndScenariosButNoReadme() {
        assertThat(files.inService()).containsOnlyKeys("a.drl", "b.drl.csv", "features/one.feature");
    }

    @Test
    void puttingAVersionInServiceWritesChangesDeletesWhatItLacksAndKeepsTheReadme() throws IOException {
        Map<String, byte[]> version = new TreeMap<>();
        version.put("a.drl", "package ladder.rules;\n// changed\n".getBytes(StandardCharsets.UTF_8));
        version.put("sub/c.drl", "package ladder.rules;\n".getBytes(StandardCharsets.UTF_8));
        version.put("features/two.feature", "Feature: two\n".getBytes(StandardCharsets.UTF_8));

        files.putInService(version);

        assertThat(Files.readString(rules.resolve("a.drl"))).contains("// changed");
        assertThat(rules.resolve("sub/c.drl")).exists();
        assertThat(rules.resolve("b.drl.csv")).doesNotExist();
        assertThat(features.resolve("one.feature")).doesNotExist();
        assertThat(features.resolve("two.feature")).hasContent("Feature: two");
        assertThat(rules.resolve("README.md")).hasContent("# for analysts");
        assertThat(features.resolve("notes.txt")).exists();
        assertThat(files.inService()).containsOnlyKeys("a.drl", "sub/c.drl", "features/two.feature");
        try (var left = Files.list(rules)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
