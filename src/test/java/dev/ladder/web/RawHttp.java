package dev.ladder.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, for requests that HTTP clients refuse to send or normalise first
 * (an encoded slash, a raw {@code ..}, a 20 kB request line): the request target goes out byte for byte.
 */
final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawHttp() {
    }

    /** GET {@code target} exactly as given, signed in as the test administrator. */
    static Response get(int port, String target) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ApiClient.TEST_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String request = "GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + basic
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] bytes) throws IOException {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] head = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(new java.io.ByteArrayInputStream(body));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String type = headers.getOrDefault("content-type", "");
        JsonNode json = type.contains("json") && !text.isBlank() ? JSON.readTree(text) : null;
        return new Response(status, type, json, text);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

    /** Status, content type, the parsed JSON body (null when not JSON) and the raw text. */
    record Response(int status, String contentType, JsonNode body, String text) {
    }
}
