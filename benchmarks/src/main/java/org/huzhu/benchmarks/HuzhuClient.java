package org.huzhu.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One user's HTTP session with the running server. Signing in with the login form once and sending the
 * session cookie afterwards keeps bcrypt (about 50 ms of CPU per check) out of every request, as in the
 * browser; {@link #basic} is for the few administrative calls.
 */
final class HuzhuClient {

    private final URI base;
    private final HttpClient http;
    private final String authorization;

    private HuzhuClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client that sends Basic credentials with every call. */
    static HuzhuClient basic(URI base, String username, String password) {
        return new HuzhuClient(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An issued password lets its holder only replace it: the holder chooses one derived from it, as at first
     * sign-in, and the benchmark signs in with that. Returns the chosen password.
     */
    static String choosePassword(URI base, String username, String issued) throws IOException, InterruptedException {
        String chosen = "Bench-" + issued;
        HttpResponse<String> answer = basic(base, username, issued).post("me/password",
                Json.createObjectBuilder().add("currentPassword", issued).add("newPassword", chosen).build().toString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("could not choose a password for " + username + ": " + answer.statusCode());
        }
        return chosen;
    }

    /** A client signed in with the login form, holding the session cookie. */
    static HuzhuClient signedIn(URI base, String username, String password) throws IOException, InterruptedException {
        HuzhuClient client = new HuzhuClient(base, null);
        client.send(client.request("app/").GET());
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(client.request("app/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + login.statusCode() + " " + location);
        }
        return client;
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request("api/v1/" + path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonObject postExpecting(int status, String path, String json) throws IOException, InterruptedException {
        return expect(status, post(path, json));
    }

    JsonObject get(String path) throws IOException, InterruptedException {
        return expect(200, send(request("api/v1/" + path).GET()));
    }

    private static JsonObject expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /**
     * A signed-in client calls as the pages do, with their header: without it the server refuses a change made
     * with the session cookie (CrossSiteRequests in the web module).
     */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        return authorization == null ? builder.header("X-Huzhu-Request", "page")
                : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
