package org.huzhu.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A session as the pages hold one: signed in through the login form ({@code j_security_check}), its cookie
 * then sent by hand, as a browser would send it with any request to Huzhu, whichever site started it.
 * Over HTTP or over the test server's HTTPS listener, whose certificate the development CA issued.
 */
public final class PageSession {

    private static final String COOKIE_NAME = "JSESSIONID";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String cookie;
    private final String setCookie;

    private PageSession(URI base, String cookie, String setCookie) {
        this.base = base;
        this.cookie = cookie;
        this.setCookie = setCookie;
    }

    /** {@code base} ends with the context root and a slash: {@code http://127.0.0.1:8180/huzhu/}. */
    public static PageSession signIn(URI base, TestUsers.Credentials user) {
        // Opening a page makes the session that the login form then signs in, as in a browser.
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("app/")).GET(), base);
        String anonymousCookie = sessionCookie(page).map(PageSession::nameAndValue).orElse(null);
        HttpRequest.Builder form = HttpRequest.newBuilder(base.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + encode(user.username())
                        + "&j_password=" + encode(user.password())));
        if (anonymousCookie != null) {
            form.header("Cookie", anonymousCookie);
        }
        HttpResponse<String> answer = send(form, base);
        String setCookie = sessionCookie(answer).orElse(null);
        String cookie = setCookie != null ? nameAndValue(setCookie) : anonymousCookie;
        PageSession session = new PageSession(base, cookie, setCookie);
        if (cookie == null || !session.signedIn()) {
            throw new IllegalStateException("the login form did not sign " + user.username() + " in: "
                    + answer.statusCode() + " " + answer.headers().map());
        }
        return session;
    }

    /**
     * A new staff account whose holder has replaced the issued password, as the pages make them do at first
     * sign-in: an issued password is for changing it, nothing else.
     */
    public static TestUsers.Credentials staffWithOwnPassword(ApiClient anonymous, String role) {
        TestUsers.Credentials issued = TestUsers.create(anonymous, role);
        String chosen = "Own-" + UUID.randomUUID().toString().substring(0, 13);
        ApiClient.Answer changed = anonymous.as(issued).post("me/password",
                "{\"currentPassword\":\"" + issued.password() + "\",\"newPassword\":\"" + chosen + "\"}");
        if (changed.status() != 204) {
            throw new IllegalStateException("could not replace the issued password of " + issued.username() + ": " + changed);
        }
        return new TestUsers.Credentials(issued.username(), chosen);
    }

    /** The session cookie's Set-Cookie header as the server sent it when the user signed in. */
    public String setCookie() {
        return setCookie;
    }

    /** A request to {@code path} (relative to the context root) that carries the session cookie and nothing else. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Cookie", cookie);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, base);
    }

    /** Whether the session is still signed in: the API's {@code /me} answers 200 to its cookie alone. */
    public boolean signedIn() {
        return send(request("api/v1/me").header("Accept", "application/json").GET()).statusCode() == 200;
    }

    /** The web module's address as Arquillian gives it, ending with a slash, so that paths resolve under it. */
    public static URI httpBase(URL base) {
        return URI.create(base.toString().replaceAll("/+$", "") + "/");
    }

    /** The same over HTTPS: the test server's HTTPS port is 8443 shifted by the same offset as HTTP's 8080. */
    public static URI httpsBase(URL base) {
        int offset = Integer.parseInt(System.getProperty("huzhu.test.port.offset", "100"));
        URI http = httpBase(base);
        return URI.create("https://" + http.getHost() + ":" + (8443 + offset) + http.getRawPath());
    }

    /** An HTTP client for either listener: over HTTPS it trusts the development CA and nothing else. */
    public static HttpResponse<String> send(HttpRequest.Builder request, URI base) {
        try {
            return ("https".equals(base.getScheme()) ? Https.CLIENT : HTTP).send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(value -> value.startsWith(COOKIE_NAME + "=")).reduce((first, last) -> last);
    }

    private static String nameAndValue(String setCookie) {
        int end = setCookie.indexOf(';');
        return end < 0 ? setCookie : setCookie.substring(0, end);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Made on first use: only the tests that speak HTTPS need the development CA. */
    private static final class Https {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .sslContext(trustingTheDevelopmentCa()).build();
    }

    private static SSLContext trustingTheDevelopmentCa() {
        String keys = System.getProperty("huzhu.test.keys");
        if (keys == null) {
            throw new IllegalStateException("huzhu.test.keys is not set: run the tests with ./huzhu test");
        }
        try (InputStream in = Files.newInputStream(Path.of(keys, "ca.crt"))) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("huzhu-development-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
