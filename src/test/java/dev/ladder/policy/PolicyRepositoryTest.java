package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy history as a real git repository in a temporary folder. */
class PolicyRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void eachVersionIsACommitWithItsAuthorReasonFilesAndRuleSetVersion() {
        try (PolicyRepository repository = PolicyRepository.open(folder)) {
            assertThat(repository.isEmpty()).isTrue();
            RevCommit first = repository.commit(files("a.drl", "rule one\n", "features/x.feature", "Feature: x\n"),
                    "Ladder", "Policy as found at start-up", "aaaaaaaaaaaa");
            RevCommit second = repository.commit(files("a.drl", "rule one\nrule two\n"), "analyst",
                    "Add rule two\n\nbecause the council asked", "bbbbbbbbbbbb");

            assertThat(repository.log()).containsExactly(second, first);
            assertThat(second.getAuthorIdent().getName()).isEqualTo("analyst");
            assertThat(PolicyRepository.reason(second)).isEqualTo("Add rule two\n\nbecause the council asked");
            assertThat(PolicyRepository.ruleSetVersion(second)).isEqualTo("bbbbbbbbbbbb");
            assertThat(text(repository.files(first))).containsOnlyKeys("a.drl", "features/x.feature");
            assertThat(text(repository.files(second))).as("a file the version lacks is gone from it")
                    .containsExactly(Map.entry("a.drl", "rule one\nrule two\n"));
            assertThat(repository.commit(repository.shortId(second))).isEqualTo(second);
            assertThat(repository.shortId(second)).hasSize(7);
        }
    }

    @Test
    void theDiffOfAVersionIsAgainstTheOneBeforeIt() {
        try (PolicyRepository repository = PolicyRepository.open(folder)) {
            RevCommit first = repository.commit(files("a.drl", "rule one\n", "features/x.feature", "Feature: x\n"),
                    "Ladder", "first", null);
            RevCommit second = repository.commit(files("a.drl", "rule one\nrule two\n"), "analyst", "second", null);

            assertThat(repository.diff(first)).contains("+++ b/rules/a.drl", "+rule one", "+++ b/features/x.feature");
            assertThat(repository.diff(second)).contains("--- a/rules/a.drl", "+rule two", "-Feature: x")
                    .doesNotContain("+rule one");
        }
    }

    @Test
    void reopeningFindsTheHistory() {
        RevCommit first;
        try (PolicyRepository repository = PolicyRepository.open(folder)) {
            first = repository.commit(files("a.drl", "rule one\n"), "Ladder", "first", null);
        }
        try (PolicyRepository repository = PolicyRepository.open(folder)) {
            assertThat(repository.head()).contains(first);
        }
    }

    @Test
    void anUnknownOrMalformedVersionIsNotFound() {
        try (PolicyRepository repository = PolicyRepository.open(folder)) {
            repository.commit(files("a.drl", "rule one\n"), "Ladder", "first", null);
            for (String version : new String[] {"HEAD", "HEAD~1", "main", "0123456789abcdef", "xyz", "", "abc"}) {
                assertThatThrownBy(() -> repository.commit(version)).as(version).isInstanceOf(PolicyNotFound.class)
                        .hasMessageContaining("'" + version + "'");
            }
        }
    }

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((k, v) -> texts.put(k, new String(v, StandardCharsets.UTF_8)));
        return texts;
    }
}
