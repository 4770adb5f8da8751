package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.cli.Cli;
import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * A service with a register, reviews and an audit trail is backed up through
 * {@code GET /api/admin/store/backup} while it runs; the snapshot is restored with the {@code restore}
 * command into an empty folder (a non-empty one is refused), a service started on that folder finds
 * everything, and a second backup of it holds every quad of the first.
 */
class BackupRestoreTest {

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAnEmptyFolderHoldsEverything() throws Exception {
        Path original = temp.resolve("original");
        Path backup = temp.resolve("backup.nq.gz");
        Path restored = temp.resolve("restored");
        List<String> paths = List.of("/api/employees", "/api/employees/MK0005", "/api/employees/MK0005/reviews",
                "/api/employees/MK0004/reviews", "/api/employees/MK0003/record", "/api/reports/readiness",
                "/api/reports/training-needs", "/api/reports/red-flags");
        List<JsonNode> before = new ArrayList<>();
        JsonNode auditBefore;
        try (ConfigurableApplicationContext app = start(original)) {
            ApiClient admin = new ApiClient(port(app));
            assertThat(admin.importExampleOrganisation().status()).isEqualTo(200);
            assertThat(admin.postCsv("/api/reviews/import", Files.readString(Path.of("docs/examples/reviews.csv")))
                    .status()).isIn(200, 201);
            assertThat(admin.get("/api/employees/MK0005/assessment").status()).isEqualTo(200);
            awaitAudit(admin, "GET /api/employees/MK0005/assessment");
            for (String path : paths) {
                ApiClient.Response response = admin.get(path);
                assertThat(response.status()).as(path).isEqualTo(200);
                before.add(response.body());
            }
            awaitAudit(admin, "GET /api/employees/MK0003/record");
            auditBefore = admin.get("/api/audit?limit=10000").body();
            assertThat(auditBefore.size()).isGreaterThan(5);

            HttpResponse<InputStream> download = download(port(app));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/gzip");
            assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(".nq.gz");
            try (InputStream in = download.body()) {
                Files.copy(in, backup);
            }
            assertThat(admin.as("MK0003").get("/api/admin/store/backup").status()).as("not an administrator")
                    .isEqualTo(403);
        }
        Set<String> quads = lines(backup);
        assertThat(quads).anyMatch(q -> q.contains("MK0005")).anyMatch(q -> q.contains("assessment"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int refused = Cli.run(new String[] {"restore", "--input", backup.toString(), "--data-dir", original.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(refused).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");

        err.reset();
        int done = Cli.run(new String[] {"restore", "--input", backup.toString(), "--data-dir", restored.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(done).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Restored " + "%,d".formatted(quads.size()) + " quads");

        try (ConfigurableApplicationContext app = start(restored)) {
            ApiClient admin = new ApiClient(port(app));
            for (int i = 0; i < paths.size(); i++) {
                assertThat(admin.get(paths.get(i)).body()).as(paths.get(i)).isEqualTo(before.get(i));
            }
            JsonNode auditAfter = admin.get("/api/audit?limit=10000").body();
            List<JsonNode> after = new ArrayList<>();
            auditAfter.forEach(after::add);
            List<JsonNode> earlier = new ArrayList<>();
            auditBefore.forEach(earlier::add);
            assertThat(after).as("the audit trail, with the reads since the restore on top").containsAll(earlier);

            Path second = temp.resolve("second.nq.gz");
            try (InputStream in = download(port(app)).body()) {
                Files.copy(in, second);
            }
            Set<String> again = lines(second);
            // the audit trail's counter ("last entry number") has moved on with the reads since the restore
            assertThat(again).as("every quad without blank nodes of the first backup, but the audit counter")
                    .containsAll(quads.stream().filter(q -> !q.contains("_:") && !q.startsWith("<urn:ladder:audit:counter>"))
                            .toList());
            assertThat(again.size()).isGreaterThanOrEqualTo(quads.size());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplication(LadderApplication.class).run("--spring.main.banner-mode=off",
                "--server.port=0", "--ladder.data-dir=" + dataDir, "--ladder.watch-rules=false",
                "--ladder.demo.enabled=false", "--ladder.security.demo-accounts=true",
                "--ladder.demo.password=" + ApiClient.TEST_PASSWORD, "--ladder.store.compaction.enabled=false");
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** Waits until the batched read audit has written the entry for {@code what}. */
    private static void awaitAudit(ApiClient admin, String what) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (admin.get("/api/audit?limit=10000").text().contains(what)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no audit entry for " + what);
    }

    private static HttpResponse<InputStream> download(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/admin/store/backup")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ApiClient.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private static Set<String> lines(Path backup) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            Set<String> lines = new HashSet<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            lines.remove("");
            return lines;
        }
    }
}
