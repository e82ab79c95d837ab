package org.huzhu.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls Huzhu's HTTP API as a client would: JSON over HTTP with Basic authentication. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI api;
    private final String authorization;

    private ApiClient(URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    /** {@code base} is the web module's URL as Arquillian gives it ({@code http://host:port/huzhu/}). */
    public static ApiClient anonymous(URL base) {
        return new ApiClient(URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/"), null);
    }

    public ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(api, "Basic " + token);
    }

    /** An API client that signs in with a token an admin issued ({@code Authorization: Bearer}). */
    public ApiClient bearer(String token) {
        return new ApiClient(api, "Bearer " + token);
    }

    public ApiClient as(TestUsers.Credentials user) {
        return as(user.username(), user.password());
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A file as a browser form sends it: multipart/form-data with one part {@code file}. */
    public Answer upload(String path, String fileName, byte[] content) {
        String boundary = "----huzhu" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** An HTTP answer: status, content type and body. */
    public record Answer(int status, String contentType, String wwwAuthenticate, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }
}
