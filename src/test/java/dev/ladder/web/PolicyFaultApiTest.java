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
 * A rule set that compiles but lacks a policy value (here: the Leicester row of the not-ready-rating
 * table) is refused before it goes into service: the table lint finds the missing row. Over real HTTP the
 * reload reports the problem naming the table and row, and Leicester reviews go on being assessed by
 * the rule set already in service, never a 500. (Were such a rule set in service anyway, an assessment
 * it cannot make answers 503 naming the table: {@code ApiErrors}, {@code PolicyValuesTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ladder.watch-rules=false")
@DirtiesContext
class PolicyFaultApiTest {

    private static final Path RULES = temporaryFolder();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rulesCopy(DynamicPropertyRegistry registry) {
        OntologyWorkspace.copyTree(Path.of("rules"), RULES);
        registry.add("ladder.rules-dir", RULES::toString);
    }

    @AfterAll
    static void removeFolder() {
        OntologyWorkspace.delete(RULES);
    }

    @Test
    void aRuleSetMissingAPolicyValueIsRefusedAndTheOneInServiceGoesOnAssessing() throws IOException {
        ApiClient api = new ApiClient(port);
        String inService = api.get("/api/rules/status").body().get("version").asString();
        Path table = RULES.resolve("not-ready-rating.drl.csv");
        Files.writeString(table, Files.readString(table).replace("Not ready below: leicester,leicester,3\n", ""));

        ApiClient.Response reload = api.post("/api/rules/reload");
        ApiClient.Response leicester = api.post("/api/assessments", """
                { "employeeId": "E1", "framework": "leicester", "level": 1, "period": "2026",
                  "ratings": [ {"competency": "delivering-outcomes", "rating": 3} ], "observed": [] }""");

        assertThat(reload.status()).isEqualTo(200);
        assertThat(reload.body().get("version").asString()).as("the rule set in service").isEqualTo(inService);
        assertThat(reload.body().get("lastAttempt").get("problems").toString())
                .contains("not-ready-rating.drl.csv").contains("none for framework leicester");
        assertThat(leicester.status()).isEqualTo(200);
        assertThat(leicester.body().get("ruleSetVersion").asString()).isEqualTo(inService);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ladder-policy-fault");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
