package dev.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.framework.OntologyWorkspace;
import dev.ladder.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /actuator/health} over real HTTP: DOWN while no framework or no rule set is in service, with
 * the reasons for ADMIN and ANALYST only, and UP again once both are back. The service starts with
 * every framework file broken and rules that do not compile (folders that exist, so start-up allows it).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ladder.watch-rules=false")
@DirtiesContext
class HealthTest {

    private static final Path WORK = temporaryFolder();
    private static final Path ONTOLOGY = WORK.resolve("ontology");
    private static final Path RULES = WORK.resolve("rules");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void brokenFolders(DynamicPropertyRegistry registry) throws IOException {
        OntologyWorkspace.copyTree(Path.of("ontology"), ONTOLOGY);
        try (Stream<Path> frameworks = Files.list(ONTOLOGY.resolve("frameworks"))) {
            for (Path framework : frameworks.toList()) {
                Files.writeString(framework, "this is not Turtle");
            }
        }
        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        Files.writeString(RULES.resolve("readiness.drl"), "rule \"broken\" when then nonsense(",
                java.nio.file.StandardOpenOption.APPEND);
        registry.add("ladder.ontology-dir", ONTOLOGY::toString);
        registry.add("ladder.rules-dir", RULES::toString);
    }

    @AfterAll
    static void removeFolders() {
        OntologyWorkspace.delete(WORK);
    }

    @Test
    void downWithoutFrameworksOrRulesAndUpWhenBothAreBack(CapturedOutput output) throws IOException {
        ApiClient admin = new ApiClient(port);

        ApiClient.Response anonymous = admin.anonymous().get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(503);
        assertThat(anonymous.body().get("status").asString()).isEqualTo("DOWN");
        assertThat(anonymous.body().has("components")).as("no details for anonymous callers").isFalse();

        // the start-up log (the rules' first compilation, in the background, is over once health has
        // answered): each rejected file is a warning; a service with nothing to assess with, an error
        assertThat(output.getOut().lines().filter(line -> line.contains("Rejected frameworks/")))
                .hasSize(3).allSatisfy(line -> assertThat(line).contains("WARN", "- not in service"));
        assertThat(output.getOut().lines().filter(line -> line.contains(" ERROR ")))
                .anySatisfy(line -> assertThat(line).contains("No framework in service",
                        ONTOLOGY.toAbsolutePath().toString()))
                .anySatisfy(line -> assertThat(line).contains("No rule set in service", RULES.toAbsolutePath().toString()))
                .hasSize(2);

        ApiClient.Response down = admin.get("/actuator/health");
        assertThat(down.status()).isEqualTo(503);
        JsonNode frameworks = down.body().get("components").get("frameworks");
        assertThat(frameworks.get("status").asString()).isEqualTo("DOWN");
        assertThat(frameworks.get("details").get("reason").asString())
                .contains("no framework in service", ONTOLOGY.toAbsolutePath().toString());
        assertThat(frameworks.get("details").get("rejected").toString())
                .contains("frameworks/cambridge.ttl", "frameworks/leicester.ttl", "frameworks/milton-keynes.ttl");
        JsonNode rules = down.body().get("components").get("rules");
        assertThat(rules.get("status").asString()).isEqualTo("DOWN");
        assertThat(rules.get("details").get("reason").asString())
                .contains("no rule set in service", "ladder.rules-dir " + RULES.toAbsolutePath());
        assertThat(admin.as("analyst").get("/actuator/health").body().has("components")).isTrue();

        OntologyWorkspace.copyTree(Path.of("ontology/frameworks"), ONTOLOGY.resolve("frameworks"));
        assertThat(admin.post("/api/ontology/reload").status()).isEqualTo(200);
        JsonNode halfway = admin.get("/actuator/health").body();
        assertThat(halfway.get("status").asString()).isEqualTo("DOWN");
        assertThat(halfway.get("components").get("frameworks").get("status").asString()).isEqualTo("UP");

        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        assertThat(admin.post("/api/rules/reload").status()).isEqualTo(200);
        ApiClient.Response up = admin.get("/actuator/health");
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.body().get("status").asString()).isEqualTo("UP");
        assertThat(up.body().get("components").get("frameworks").get("details").get("frameworks").toString())
                .isEqualTo("[\"cambridge\",\"leicester\",\"milton-keynes\"]");
        assertThat(up.body().get("components").get("rules").get("details").get("version").asString()).hasSize(12);
        JsonNode anonymousUp = admin.anonymous().get("/actuator/health").body();
        assertThat(anonymousUp.get("status").asString()).isEqualTo("UP");
        assertThat(anonymousUp.has("components")).isFalse();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ladder-health");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
