package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Every error answer is an RFC 9457 problem detail, whichever layer refuses the request: Tomcat's
 * connector (before Spring sees it), Spring Security's firewall, Spring MVC, or the error page.
 * Sent over a plain socket, because HTTP clients normalise or refuse these request targets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorProblemsTest {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    @Test
    void anEncodedSlashInThePathIsAProblem() {
        assertProblem(RawHttp.get(port, "/api/frameworks/a%2Fb"), 400);
    }

    @Test
    void anEncodedNulInThePathIsAProblem() {
        assertProblem(RawHttp.get(port, "/api/frameworks/a%00b"), 400);
    }

    @Test
    void aTwentyKilobyteQueryStringIsAProblem() {
        assertProblem(RawHttp.get(port, "/api/frameworks?x=" + "a".repeat(20_000)), 400);
    }

    @Test
    void aRawDotDotInThePathIsAProblem() {
        assertProblem(RawHttp.get(port, "/api/frameworks/../frameworks"), 400);
    }

    @Test
    void theErrorPageItselfIsAProblem() {
        RawHttp.Response response = RawHttp.get(port, "/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("/error");
    }

    @Test
    void anUnknownPathIsAProblem() {
        assertProblem(RawHttp.get(port, "/api/nothing-here"), 404);
    }

    /**
     * The tests run with the main application.properties, the test overrides layered on top
     * (src/test/resources/config/), so the error handling tested here is production's.
     */
    @Test
    void theTestsRunWithTheMainConfiguration() {
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("springdoc.swagger-ui.path")).isEqualTo("/swagger-ui.html");
        assertThat(environment.getProperty("ladder.data-dir")).startsWith("target/test-store/");
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("title").asString()).isNotBlank();
        assertThat(response.body().get("detail").asString()).isNotBlank();
        assertThat(response.text()).doesNotContain("<html").doesNotContain("Exception");
    }
}
