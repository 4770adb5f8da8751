package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

import dev.ladder.store.RdfStore;

/** Drafts kept in a store's drafts graph (a shared store): what goes in comes out, file by file. */
class DraftGraphTest {

    private final DraftGraph drafts = new DraftGraph(RdfStore.over(DatasetFactory.createTxnMem()));

    @Test
    void aDraftAndItsFilesRoundTripThroughTheStore() {
        Draft draft = new Draft("0123456789ab", "analyst", Instant.now().truncatedTo(ChronoUnit.MILLIS), "abc1234");
        Map<String, byte[]> files = new TreeMap<>();
        files.put("a.drl", "rule \"a\" when then end\n".getBytes(StandardCharsets.UTF_8));
        files.put("features/x.feature", "Feature: x — with \"quotes\" and > <\n".getBytes(StandardCharsets.UTF_8));
        drafts.create(draft, files);

        assertThat(drafts.find("0123456789ab")).contains(draft);
        assertThat(drafts.find("ffffffffffff")).isEmpty();
        assertThat(text(drafts.files("0123456789ab"))).isEqualTo(text(files));

        drafts.write("0123456789ab", "a.drl", "changed\n".getBytes(StandardCharsets.UTF_8));
        drafts.write("0123456789ab", "b.drl.csv", "x,y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(drafts.read("0123456789ab", "a.drl")).map(b -> new String(b, StandardCharsets.UTF_8)).contains("changed\n");
        assertThat(drafts.files("0123456789ab")).containsOnlyKeys("a.drl", "b.drl.csv", "features/x.feature");

        assertThat(drafts.delete("0123456789ab", "features/x.feature")).isTrue();
        assertThat(drafts.delete("0123456789ab", "features/x.feature")).isFalse();
        assertThat(drafts.files("0123456789ab")).containsOnlyKeys("a.drl", "b.drl.csv");
        assertThat(drafts.read("0123456789ab", "features/x.feature")).isEmpty();
    }

    @Test
    void draftsAreListedAndARemovedDraftLeavesNothingBehind() {
        Draft older = new Draft("0123456789ab", "analyst", Instant.parse("2026-12-01T10:00:00Z"), "abc1234");
        Draft newer = new Draft("ba9876543210", "lnd", Instant.parse("2026-12-02T10:00:00Z"), null);
        drafts.create(older, Map.of("a.drl", "a\n".getBytes(StandardCharsets.UTF_8)));
        drafts.create(newer, Map.of("b.drl", "b\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(drafts.list()).containsExactlyInAnyOrder(older, newer);

        drafts.remove("0123456789ab");

        assertThat(drafts.list()).containsExactly(newer);
        assertThat(drafts.find("0123456789ab")).isEmpty();
        assertThat(drafts.files("0123456789ab")).isEmpty();
        assertThat(drafts.files("ba9876543210")).containsOnlyKeys("b.drl");
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
        return text;
    }
}
