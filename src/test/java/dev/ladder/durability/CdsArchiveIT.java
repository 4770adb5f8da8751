package dev.ladder.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/cds-archive} makes a class data sharing archive for the jar this build has just packaged
 * (README, "Starting faster"), and the service starts on it and answers. Runs after {@code package}
 * (Failsafe, {@code *IT}), because it needs the jar.
 */
class CdsArchiveIT {

    @TempDir
    Path app;
    @TempDir
    Path data;

    @Test
    void theServiceStartsWithItsClassesMappedFromTheArchive() throws Exception {
        Path jar = packagedJar();
        // its output to a file, not a pipe, so that a script that hangs fails the test instead of holding it
        Path output = data.resolve("cds-archive.txt");
        Process script = new ProcessBuilder("bin/cds-archive", jar.toString(), app.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!script.waitFor(8, TimeUnit.MINUTES)) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(script.isAlive()).as("bin/cds-archive still running after 8 minutes: " + said).isFalse();
        assertThat(script.exitValue()).as(said).isZero();
        assertThat(said).contains("CDS archive: " + app.resolve("ladder.jsa"));
        assertThat(Files.readAllLines(app.resolve("classes.lst")))
                .as("the training run listed the service's own classes and its libraries', the rule compiler's included")
                .contains("dev/ladder/LadderApplication", "org/springframework/boot/SpringApplication",
                        "org/drools/compiler/builder/impl/KnowledgeBuilderImpl");

        Path classLog = app.resolve("class-load.log");
        // -Xshare:on: the JVM refuses to start unless it can map the archive (same jars, same JDK)
        List<String> jvm = List.of("-Xmx512m", "-Xshare:on", "-XX:SharedArchiveFile=" + app.resolve("ladder.jsa"),
                "-Xlog:class+load=info:file=" + classLog);
        try (LadderProcess ladder = LadderProcess.startOn(app.resolve(jar.getFileName()).toString(), data,
                app.resolve("ladder.log"), jvm)) {
            LadderHttp http = LadderHttp.localhost(ladder.port(), LadderProcess.USER, LadderProcess.PASSWORD);
            ladder.awaitHealthy(http, Duration.ofMinutes(3));

            LadderHttp.Response frameworks = http.get("/api/frameworks");
            assertThat(frameworks.status()).isEqualTo(200);
            assertThat(frameworks.body()).contains("milton-keynes", "cambridge", "leicester");
            assertThat(ladder.stop()).as("graceful stop").isIn(0, 143);
        }
        assertThat(Files.readAllLines(classLog))
                .as("the application's classes came from the archive, not from its jar")
                .anyMatch(line -> line.contains("dev.ladder.LadderApplication source: shared objects file"));
    }

    /** The jar {@code package} made: target/ladder-<version>.jar. */
    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("ladder-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/ladder-*.jar: run after package"))
                    .toAbsolutePath();
        }
    }
}
