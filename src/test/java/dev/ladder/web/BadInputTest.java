package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

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

    /** Chunked: no Content-Length, so only counting what is read can find the body too large. */
    @Test
    void aChunkedHrImportOverTheLimitIs413AndStoresNothing() throws Exception {
        ApiClient admin = new ApiClient(port);
        int before = admin.get("/api/employees?size=1000").body().size();
        StringBuilder csv = new StringBuilder("employee_id,name,department,manager_id,framework,level\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("ZZ%04d,Person %d,Planning,,milton-keynes,1\n".formatted(i, i));
        }
        assertThat(csv.length()).isGreaterThan(4 * 1024);

        HttpResponse<String> response = postChunked("/api/employees/import", "text/csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("ladder.max-request-size");
        assertThat(admin.get("/api/employees?size=1000").body().size()).isEqualTo(before);
        assertThat(admin.get("/api/employees/ZZ0001").status()).isEqualTo(404);
    }

    @Test
    void aChunkedReviewOverTheLimitIs413() throws Exception {
        String review = "{\"employeeId\": \"MK0001\", \"framework\": \"milton-keynes\", \"level\": 1, \"period\": \"2026\","
                + " \"name\": \"" + "a".repeat(4000) + "\"}";

        HttpResponse<String> response = postChunked("/api/assessments", "application/json",
                new ByteArrayInputStream(review.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("ladder.max-request-size");
    }

    /**
     * A 400 MB chunked body is not read whole: the server stops at the limit (plus what Tomcat
     * drains before closing the connection), so the client is asked for only a few MB of it.
     */
    @Test
    void aHugeChunkedBodyIsNotReadWhole() throws Exception {
        long huge = 400L * 1024 * 1024;
        AtomicLong supplied = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return supplied.getAndIncrement() < huge ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = huge - supplied.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                supplied.addAndGet(n);
                return n;
            }
        };

        try {
            HttpResponse<String> response = postChunked("/api/assessments", "application/json", endless);
            assertThat(response.statusCode()).isEqualTo(413);
        } catch (IOException closedWhileSending) {
            // The server closed the connection once it had answered 413; the point is what was read
        }
        assertThat(supplied.get()).isLessThan(64L * 1024 * 1024);
    }

    private HttpResponse<String> postChunked(String path, String contentType, InputStream body) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ApiClient.TEST_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
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
