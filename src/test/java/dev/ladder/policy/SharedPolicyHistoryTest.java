package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.DatasetFactory;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ladder.store.RdfStore;

/**
 * The policy history shared through a store's policy graph, as replicas share it: one replica's git
 * history goes into the store as a bundle, another replica's repository is made the same from it (same
 * versions under the same ids, same files), and a publish from a replica that had not followed the
 * latest version is refused by the store (compare and set) instead of losing a version.
 */
class SharedPolicyHistoryTest {

    @TempDir
    Path a;
    @TempDir
    Path b;

    @Test
    void anotherReplicaGetsTheSameVersionsAndAStalePublishIsRefused() {
        PolicyGraph graph = new PolicyGraph(RdfStore.over(DatasetFactory.createTxnMem()));
        assertThat(graph.head()).isEmpty();
        try (PolicyRepository first = PolicyRepository.open(a); PolicyRepository second = PolicyRepository.open(b)) {
            RevCommit v1 = first.commit(files("a.drl", "rule one\n", "features/x.feature", "Feature: x\n"),
                    "Ladder", "as found", "aaaaaaaaaaaa");
            assertThat(graph.put(null, v1.name(), first.bundle())).isTrue();

            PolicyGraph.Shared shared = graph.read().orElseThrow();
            second.resetTo(shared.bundle(), shared.head());
            assertThat(second.headId()).contains(v1.name());
            assertThat(text(second.files(second.head().orElseThrow()))).isEqualTo(text(first.files(v1)));

            RevCommit v2 = first.commit(files("a.drl", "rule one\nrule two\n"), "analyst", "Add rule two", "bbbbbbbbbbbb");
            assertThat(graph.put(v1.name(), v2.name(), first.bundle())).isTrue();

            // The second replica publishes from v1, not having followed v2: refused, v2 stays the latest.
            RevCommit stale = second.commit(files("a.drl", "rule three\n"), "analyst", "Rule three", "cccccccccccc");
            assertThat(graph.put(v1.name(), stale.name(), second.bundle())).isFalse();
            assertThat(graph.head()).contains(v2.name());

            shared = graph.read().orElseThrow();
            second.resetTo(shared.bundle(), shared.head());
            assertThat(second.log()).extracting(RevCommit::name).containsExactly(v2.name(), v1.name());
            assertThat(text(second.files(second.head().orElseThrow()))).containsExactly(
                    Map.entry("a.drl", "rule one\nrule two\n"));
            assertThat(PolicyRepository.reason(second.head().orElseThrow())).isEqualTo("Add rule two");
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
        Map<String, String> text = new TreeMap<>();
        files.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
        return text;
    }
}
