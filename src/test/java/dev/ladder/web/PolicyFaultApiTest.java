package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ladder.framework.OntologyWorkspace;

/**
 * A rule set in service that compiles but lacks a policy value (here: the Leicester row of the
 * not-ready-rating table) cannot assess a Leicester review. Over real HTTP that is a problem naming
 * the table and row to fix, HTTP 503, not a bare 500; other councils are assessed as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ladder.watch-rules=false")
@DirtiesContext
class PolicyFaultApiTest {

    private static final Path RULES = temporaryFolder();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rulesWithoutLeicestersNotReadyRating(DynamicPropertyRegistry registry) throws IOException {
        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        Path table = RULES.resolve("not-ready-rating.drl.csv");
        Files.writeString(table, Files.readString(table).replace("Not ready below: leicester,leicester,3\n", ""));
        registry.add("ladder.rules-dir", RULES::toString);
    }

    @AfterAll
    static void removeFolder() {
        OntologyWorkspace.delete(RULES);
    }

    @Test
    void aMissingPolicyValueIsAProblemNamingTheTableNotA500() {
        ApiClient api = new ApiClient(port);

        ApiClient.Response leicester = api.post("/api/assessments", """
                { "employeeId": "E1", "framework": "leicester", "level": 1, "period": "2026",
                  "ratings": [ {"competency": "delivering-outcomes", "rating": 3} ], "observed": [] }""");
        ApiClient.Response cambridge = api.post("/api/assessments", """
                { "employeeId": "E2", "framework": "cambridge", "level": 1, "period": "2026",
                  "ratings": [], "observed": [] }""");

        assertThat(leicester.status()).isEqualTo(503);
        assertThat(leicester.contentType()).startsWith("application/problem+json");
        assertThat(leicester.body().get("title").asString()).isEqualTo("Rule set cannot assess");
        assertThat(leicester.body().get("detail").asString())
                .contains("rules/not-ready-rating.drl.csv has no row for 'leicester'");
        assertThat(cambridge.status()).isEqualTo(200);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ladder-policy-fault");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
