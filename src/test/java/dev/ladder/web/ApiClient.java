package dev.ladder.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP to a running Ladder: what a client of the API sees. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    /** The test administrator: a demo account, with the tests' demo password (src/test/resources/config). */
    public static final String TEST_PASSWORD = "test-secret";

    private final String base;
    private final String authorization;

    /** A client signed in as the administrator. */
    public ApiClient(int port) {
        this(port, "admin", TEST_PASSWORD);
    }

    /** A client signed in as {@code user}; with a null user, not signed in at all. */
    public ApiClient(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = user == null ? null : "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same server, signed in as someone else (with the tests' demo password). */
    public ApiClient as(String user) {
        return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), user, TEST_PASSWORD);
    }

    /** The same server, not signed in. */
    public ApiClient anonymous() {
        return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), null, null);
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    /**
     * Imports the example organisation of {@code docs/examples/employees.csv} (MK0003 manages MK0004, who
     * manages MK0005; CC0002 manages CC0003) as this client, which must be allowed to (an administrator).
     *
     * @return the import's answer, for the caller to check
     */
    public Response importExampleOrganisation() {
        try {
            return postCsv("/api/employees/import", java.nio.file.Files.readString(
                    java.nio.file.Path.of("docs/examples/employees.csv")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** POSTs {@code csv} as the body, with Content-Type text/csv. */
    public Response postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    /** POSTs an HTML form's fields ({@code a=1&b=2}, already encoded), as a browser would. */
    public Response postForm(String path, String fields) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build());
    }

    /** PUTs {@code body} with the given Content-Type (text, or a workbook's bytes). */
    public Response put(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** POSTs {@code json} as the body, with Content-Type application/json. */
    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String body = response.body();
            JsonNode parsed = type.contains("json") && !body.isBlank() ? json.readTree(body) : null;
            return new Response(response.statusCode(), type, parsed, body, response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type, the parsed JSON body (null when not JSON), the raw text and the headers. */
    public record Response(int status, String contentType, JsonNode body, String text,
                           java.net.http.HttpHeaders headers) {

        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
