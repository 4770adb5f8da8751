package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A created review's {@code Location} names the review itself, and {@code GET /api/reviews/{id}} reads it
 * back with the same per-person check and audit entry as the person's list; over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewApiTest {

    private static final String REVIEW = """
            { "employeeId": "%s", "framework": "milton-keynes", "level": %d, "period": "2026",
              "ratings": [ {"competency": "customer-focus", "rating": 3} ] }""";

    @LocalServerPort
    int port;
    ApiClient admin;

    /** People of this test's own, so that other tests sharing the context see their people's reviews unchanged. */
    @BeforeEach
    void organisation() {
        admin = new ApiClient(port);
        assertThat(admin.importExampleOrganisation().status()).isEqualTo(200);
        assertThat(admin.postCsv("/api/employees/import", """
                employee_id,name,department,manager_id,framework,level
                RA0001,Rae Adams,Review Office,,milton-keynes,3
                RA0002,Rob Allen,Review Office,RA0001,milton-keynes,2
                RA0003,Ria Ames,Review Office,RA0002,milton-keynes,1
                """).status()).isEqualTo(200);
    }

    @Test
    void theLocationOfACreatedReviewNamesItAndReadsItBack() throws Exception {
        HttpResponse<String> created = post("RA0001", REVIEW.formatted("RA0002", 2));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JsonMapper.builder().build().readTree(created.body());
        String id = body.get("id").asString();

        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/reviews/" + id);

        ApiClient.Response read = admin.as("RA0001").get(location);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(body);
        assertThat(admin.get("/api/audit?subject=RA0002&limit=1").body().get(0).get("what").asString())
                .isEqualTo("GET " + location);
        assertThat(admin.as("RA0002").get(location).status()).as("the person themself").isEqualTo(200);
    }

    @Test
    void aReviewIsReadOnlyByThoseWhoMaySeeThePerson() throws Exception {
        HttpResponse<String> created = post("admin", REVIEW.formatted("RA0003", 1));
        String location = created.headers().firstValue("Location").orElseThrow();

        ApiClient.Response refused = admin.as("CC0002").get(location);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(admin.as("RA0002").get(location).status()).as("the line manager").isEqualTo(200);
        assertThat(admin.as("RA0001").get(location).status()).as("not the line manager").isEqualTo(403);
    }

    @Test
    void anUnknownReviewIs404() {
        for (String id : new String[] {"0b7c1c2e-1f5e-4f7e-9a55-6a3c1b2d3e4f", "not-an-id", "x%22%20%7C%7C%20true",
                "x%3E%20%3Curn:y%3E", "%3Fr"}) {
            ApiClient.Response response = admin.get("/api/reviews/" + id);

            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /** POSTs a review as {@code user}, keeping the headers (ApiClient keeps only the body). */
    private HttpResponse<String> post(String user, String json) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + ApiClient.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reviews"))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
