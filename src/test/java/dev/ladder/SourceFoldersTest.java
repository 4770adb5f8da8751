package dev.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Started from another folder, the relative default folders point nowhere: the service must refuse to
 * start, naming the property and the folder, before it opens a store or generates a demo password.
 */
@ExtendWith(OutputCaptureExtension.class)
class SourceFoldersTest {

    @TempDir
    Path elsewhere;

    @Test
    void theServiceRefusesToStartWithoutOntologyAndRulesNamingPropertiesAndFolders(CapturedOutput output) {
        Path data = elsewhere.resolve("data");
        Path ontology = elsewhere.resolve("ontology");
        Path rules = elsewhere.resolve("rules");

        // the real web service, with demo organisation, demo accounts and a generated password asked for
        assertThatThrownBy(() -> new SpringApplicationBuilder(LadderApplication.class).run("--server.port=0",
                "--ladder.data-dir=" + data, "--ladder.ontology-dir=" + ontology, "--ladder.rules-dir=" + rules,
                "--ladder.demo.enabled=true", "--ladder.security.demo-accounts=true", "--ladder.demo.password="))
                .isInstanceOf(SourceFolders.Unusable.class)
                .hasMessageContaining("ladder.ontology-dir=" + ontology + " (the folder " + ontology.toAbsolutePath()
                        + "): no such folder")
                .hasMessageContaining("ladder.rules-dir=" + rules + " (the folder " + rules.toAbsolutePath()
                        + "): no such folder");

        // Spring Boot's failure report, not a stack trace; and nothing opened, generated or logged before it
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Description:", "Action:",
                "Start Ladder from the folder that holds ontology/ and rules/");
        assertThat(output.getOut()).doesNotContain("Demo accounts", "Store:", "Ontology load", "Rule set");
        assertThat(data).doesNotExist();
    }

    @Test
    void anOntologyFolderNeedsTheVocabularyAndAFramework() throws IOException {
        Path ontology = Files.createDirectories(elsewhere.resolve("ontology"));

        assertThatThrownBy(() -> SourceFolders.check(properties(ontology, Path.of("rules"))))
                .isInstanceOf(SourceFolders.Unusable.class)
                .hasMessageContaining("ladder.ontology-dir=" + ontology + " (the folder " + ontology.toAbsolutePath()
                        + "): holds no competency.ttl")
                .hasMessageNotContaining("ladder.rules-dir");

        Files.copy(Path.of("ontology/competency.ttl"), ontology.resolve("competency.ttl"));
        Files.createDirectories(ontology.resolve("frameworks"));
        assertThatThrownBy(() -> SourceFolders.check(properties(ontology, Path.of("rules"))))
                .hasMessageContaining("holds no frameworks (frameworks/*.ttl)");

        Files.copy(Path.of("ontology/frameworks/leicester.ttl"), ontology.resolve("frameworks/leicester.ttl"));
        assertThatNoException().isThrownBy(() -> SourceFolders.check(properties(ontology, Path.of("rules"))));
    }

    @Test
    void aRulesFolderNeedsARuleFile() throws IOException {
        Path rules = Files.createDirectories(elsewhere.resolve("rules"));
        Files.writeString(rules.resolve("README.md"), "no rules here");

        assertThatThrownBy(() -> SourceFolders.check(properties(Path.of("ontology"), rules)))
                .isInstanceOf(SourceFolders.Unusable.class)
                .hasMessageContaining("ladder.rules-dir=" + rules + " (the folder " + rules.toAbsolutePath()
                        + "): holds no rule files (*.drl, *.drl.csv, *.drl.xlsx)")
                .hasMessageNotContaining("ladder.ontology-dir");

        Files.writeString(rules.resolve("only.drl.csv"), "not even a table");
        assertThatNoException().isThrownBy(() -> SourceFolders.check(properties(Path.of("ontology"), rules)));
    }

    @Test
    void theProjectFoldersAreUsable() {
        assertThatNoException().isThrownBy(() -> SourceFolders.check(properties(Path.of("ontology"), Path.of("rules"))));
    }

    private LadderProperties properties(Path ontology, Path rules) {
        return new LadderProperties(elsewhere.resolve("data"), ontology, rules, false,
                LadderProperties.DemoSettings.off(), Path.of("features"), null);
    }
}
