package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The embedded store compacts itself once it is larger than ladder.store.compaction.when-larger-than,
 * and an administrator's compaction runs while reviews are written and people read: no request fails,
 * nothing is lost, the old generation is deleted, and the service starts again on the compacted folder
 * (removing an older generation a stopped compaction left behind).
 */
class CompactionTest {

    private static final String REVIEW = """
            { "employeeId": "MK0005", "framework": "milton-keynes", "level": 1, "period": "%d",
              "ratings": [ {"competency": "customer-focus", "rating": 3} ] }""";
    private static final int REVIEWS = 12;

    @TempDir
    Path temp;

    @Test
    void compactsByItselfAndWhileTheServiceWritesAndReads() throws Exception {
        Path dir = temp.resolve("data");
        try (ConfigurableApplicationContext app = start(dir)) {
            ApiClient admin = new ApiClient(port(app));
            JsonNode state = awaitCompactions(admin, 1);
            assertThat(state.get("generation").asString()).isNotEqualTo("Data-0001");
            assertThat(state.get("automatic").asBoolean()).isTrue();
            assertThat(admin.importExampleOrganisation().status()).isEqualTo(200);
            assertThat(admin.as("MK0003").get("/api/admin/store").status()).isEqualTo(403);
            assertThat(admin.as("MK0003").post("/api/admin/store/compaction").status()).isEqualTo(403);

            List<Integer> statuses = new CopyOnWriteArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < REVIEWS; i++) {
                    statuses.add(admin.post("/api/reviews", REVIEW.formatted(2001 + i)).status());
                }
                writing.set(false);
            });
            Thread reader = new Thread(() -> {
                while (writing.get()) {
                    statuses.add(admin.get("/api/employees?size=50").status());
                }
            });
            writer.start();
            reader.start();
            int asked = 0;
            while (writing.get()) {
                ApiClient.Response compacted = admin.post("/api/admin/store/compaction");
                assertThat(compacted.status()).as(compacted.text()).isEqualTo(200);
                asked++;
            }
            writer.join();
            reader.join();

            assertThat(asked).isPositive();
            assertThat(statuses).hasSizeGreaterThan(REVIEWS).allMatch(s -> s == 200 || s == 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(REVIEWS);
            assertThat(admin.get("/api/employees/MK0005/reviews").body().size()).isEqualTo(REVIEWS);
            assertThat(Tdb2Folder.generations(dir)).as("the old generations are deleted").hasSize(1);
        }
        Path leftover = Files.createDirectories(dir.resolve("Data-0000"));
        Files.writeString(leftover.resolve("GSPO.dat"), "a generation a stopped compaction did not delete");
        try (ConfigurableApplicationContext again = start(dir)) {
            assertThat(Tdb2Folder.generations(dir)).as("an older generation left behind is removed at start")
                    .hasSize(1).doesNotContain(leftover);
            ApiClient admin = new ApiClient(port(again));
            assertThat(admin.get("/api/employees/MK0005/reviews").body().size()).isEqualTo(REVIEWS);
            assertThat(admin.post("/api/reviews", REVIEW.formatted(2100)).status()).isEqualTo(201);
        }
    }

    /** Waits (at most a minute: not a timing check) until the store has been compacted {@code n} times. */
    private static JsonNode awaitCompactions(ApiClient admin, int n) throws InterruptedException {
        JsonNode state = null;
        for (int i = 0; i < 600; i++) {
            ApiClient.Response response = admin.get("/api/admin/store");
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            state = response.body();
            if (state.get("compactions").asInt() >= n) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not compacted by itself: " + state);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplication(LadderApplication.class).run("--spring.main.banner-mode=off",
                "--server.port=0", "--ladder.data-dir=" + dataDir, "--ladder.watch-rules=false",
                "--ladder.demo.enabled=false", "--ladder.security.demo-accounts=true",
                "--ladder.demo.password=" + ApiClient.TEST_PASSWORD,
                "--ladder.store.compaction.when-larger-than=1KB", "--ladder.store.compaction.growth=1000",
                "--ladder.store.compaction.min-interval=0s", "--ladder.store.compaction.check-every=200ms");
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
