package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.ladder.durability.LadderHttp;
import dev.ladder.durability.LadderProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compaction keeps the node caches of {@code ladder.store.node-cache}: Jena opens the generation a
 * compaction writes with TDB2's defaults (200,000 and 1,000,000 entries), which {@link Tdb2Defaults}
 * sets from the configuration. In a process of its own, as the service runs in production: in this
 * test run's JVM, TDB2 has long started before any test's configuration is read.
 */
class Tdb2DefaultsTest {

    /** Neither TDB2's default nor Ladder's, so only the configuration can have given it. */
    private static final int ENTRIES = 4_321;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aCompactedGenerationKeepsTheConfiguredNodeCaches() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "durability"));
        Path dataDir = Files.createTempDirectory(work, "caches-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try (LadderProcess ladder = LadderProcess.start(dataDir, log, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"),
                "--ladder.store.node-cache=" + ENTRIES)) {
            LadderHttp http = LadderHttp.localhost(ladder.port(), LadderProcess.USER, LadderProcess.PASSWORD);
            ladder.awaitHealthy(http, Duration.ofSeconds(90));

            JsonNode before = store(http.get("/api/admin/store"));
            assertThat(before.get("generation").asString()).isEqualTo("Data-0001");
            assertThat(caches(before)).containsExactly(ENTRIES, ENTRIES);

            JsonNode after = store(http.post("/api/admin/store/compaction", "application/json", ""));
            assertThat(after.get("generation").asString()).isEqualTo("Data-0002");
            assertThat(after.get("compactions").asInt()).isEqualTo(1);
            assertThat(caches(after)).as("the compacted generation's node caches").containsExactly(ENTRIES, ENTRIES);
            assertThat(Files.readString(ladder.log()))
                    .contains("TDB2's node caches default to " + ENTRIES + " entries each (ladder.store.node-cache)")
                    .contains("Store: compacted Data-0001 into Data-0002")
                    .doesNotContain("not ladder.store.node-cache");
        }
    }

    private JsonNode store(LadderHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<Integer> caches(JsonNode state) {
        JsonNode caches = state.get("nodeCaches");
        return List.of(caches.get("nodeToId").asInt(), caches.get("idToNode").asInt());
    }
}
