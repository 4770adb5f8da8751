package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input anywhere gets a clear 4xx JSON problem, never a stack trace, and stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ladder.max-request-size=2KB")
class BadInputTest {

    @LocalServerPort
    int port;

    @Test
    void anOversizedBodyIs413() {
        ApiClient.Response response = new ApiClient(port).post("/api/assessments", "{\"x\": \"" + "a".repeat(4000) + "\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body().get("detail").asString()).contains("ladder.max-request-size");
    }

    @Test
    void theWrongContentTypeIs415AsJson() {
        ApiClient.Response response = new ApiClient(port).postCsv("/api/assessments", "a,b");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).contains("json");
        assertThat(response.text()).doesNotContain("at org.springframework");
    }

    @Test
    void anUnknownPathIs404AsJsonWithoutATrace() {
        ApiClient.Response response = new ApiClient(port).get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aBadPagingParameterIs400() {
        ApiClient.Response response = new ApiClient(port).get("/api/employees?size=0");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("size");
    }
}
