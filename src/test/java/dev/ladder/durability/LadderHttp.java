package dev.ladder.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP/1.1 to a Ladder on loopback (java.net.http), with HTTP Basic credentials when given. The
 * body is returned as text, so a caller sees exactly what came back, whatever its content type.
 */
public final class LadderHttp {

    private final HttpClient client;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    /**
     * @param base     e.g. {@code http://localhost:8080}
     * @param user     HTTP Basic user, or null to send no credentials
     * @param password its password
     */
    public LadderHttp(String base, String user, String password, Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    /** To {@code http://localhost:port}. */
    public static LadderHttp localhost(int port, String user, String password) {
        return new LadderHttp("http://localhost:" + port, user, password, Duration.ofSeconds(60));
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** POST with Content-Type application/json. */
    public Response postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /**
     * Sends the request.
     *
     * @throws UncheckedIOException when no response arrived: refused, reset, closed or timed out
     */
    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {
    }
}
