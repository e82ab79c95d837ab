package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Deployments;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SPEC.md §11 over HTTP: every error is an {@code application/problem+json} document with a stable
 * type and a title in the caller's language, never a stack trace or a server's internals; pages
 * that do not exist get the Chinese error page; every answer carries the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorAnswersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at org.", "at io.", "at java.",
            "RESTEASY", "Undertow", "WildFly", "WFLY", "jakarta.", "org.huzhu", "SQL", "constraint");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.huzhuWith(ErrorProbe.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void anUnknownApiPathIsA404Problem() {
        ApiClient.Answer answer = ApiClient.anonymous(base).get("no-such-thing/42");
        assertProblem(404, "http-404", answer);
        assertEquals("未找到，或您无权查看", answer.json().getString("title"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        ApiClient api = ApiClient.anonymous(base);
        assertProblem(405, "http-405", api.send(api.request("health").DELETE()));
    }

    @Test
    void aWrongMediaTypeIsA415Problem() {
        ApiClient api = ApiClient.anonymous(base).as(TestUsers.create(ApiClient.anonymous(base), "clerk"));
        assertProblem(415, "http-415", api.send(api.request("units").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("code=U1"))));
    }

    @Test
    void anUnacceptableAcceptIsA406ProblemInEnglishWhenAskedFor() {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient.Answer answer = api.send(api.request("health").setHeader("Accept", "text/csv")
                .header("Accept-Language", "en-GB,en;q=0.9").GET());
        assertProblem(406, "http-406", answer);
        assertEquals("no answer in an acceptable media type", answer.json().getString("title"));
    }

    @Test
    void aJsonBodyThatIsNotAnObjectIsA400ProblemAndNothingIsStored() {
        ApiClient clerk = ApiClient.anonymous(base).as(TestUsers.create(ApiClient.anonymous(base), "clerk"));
        ApiClient.Answer array = clerk.post("units", "[{\"code\":\"X\"}]");
        assertProblem(400, null, array);
        assertTrue(array.json().getString("title").contains("JSON 对象"), array::toString);
        assertProblem(400, null, clerk.post("units", "\"just a string\""));
        assertProblem(400, null, clerk.post("units", "{\"code\": "));
    }

    @Test
    void refusalsFromTheServicesArriveMapped() {
        ApiClient clerk = ApiClient.anonymous(base).as(TestUsers.create(ApiClient.anonymous(base), "clerk"));
        String code = TestPeople.unique("E");
        String unit = "{\"code\": \"%s\", \"name\": \"错误测试单位\", \"uscc\": \"%s\"}";
        assertEquals(201, clerk.post("units", unit.formatted(code, TestPeople.creditCode())).status());
        ApiClient.Answer duplicate = clerk.post("units", unit.formatted(code, TestPeople.creditCode()));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertNoInternals(duplicate);
        assertProblem(404, "not-found", clerk.get("members/M00000000000"));
    }

    @Test
    void applicationExceptionsWrappedByTheEjbContainerKeepTheirAnswers() {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient.Answer conflict = api.get("test-errors/conflict");
        assertProblem(409, "duplicate-unit", conflict);
        assertEquals("单位编号已存在", conflict.json().getString("title"));
        assertProblem(404, "not-found", api.get("test-errors/not-found"));
        ApiClient.Answer rules = api.get("test-errors/rules");
        assertProblem(400, "rule-violation", rules);
        assertEquals("V01", rules.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void lostRacesInTheDatabaseAre409WithoutTheirDetail() {
        ApiClient api = ApiClient.anonymous(base);
        assertProblem(409, "concurrent-update", api.get("test-errors/optimistic-lock"));
        ApiClient.Answer unique = api.get("test-errors/unique");
        assertProblem(409, "duplicate", unique);
        assertFalse(unique.text().contains(ErrorProbe.RESIDENT_ID), unique::toString);
        assertFalse(unique.text().contains("member_resident_id_key"), unique::toString);
        assertProblem(409, "duplicate", api.get("test-errors/exclusion"));
    }

    @Test
    void anythingElseIsA500ProblemWithAnIncidentNumberOnly() {
        ApiClient.Answer answer = ApiClient.anonymous(base).get("test-errors/other");
        assertProblem(500, "internal-error", answer);
        assertTrue(answer.json().getString("title").matches("系统内部错误.*[0-9a-f]{8}"), answer::toString);
        assertFalse(answer.text().contains("6222020200112233445"), answer::toString);
        assertFalse(answer.text().contains(ErrorProbe.RESIDENT_ID), answer::toString);
    }

    @Test
    void anOversizeBodyIsA413ProblemBeforeItIsRead() {
        ApiClient api = ApiClient.anonymous(base);
        // Above what the API takes (a 20 MiB roster and its framing: 21 MiB), below WildFly's own body
        // limit (22 MiB), so that Huzhu, not the server, refuses it.
        byte[] huge = new byte[21 * 1024 * 1024 + 512 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        ApiClient.Answer answer = api.send(api.request("units").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        assertProblem(413, "body-too-large", answer);
    }

    @Test
    void aMissingPageIsTheChineseErrorPage() {
        HttpResponse<String> page = get(URI.create(base.toString().replaceAll("/+$", "") + "/nonexistent"));
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page::toString);
        assertTrue(page.body().contains("页面不存在或暂时无法显示"), page.body());
        assertNoInternals(page.body());
        assertSecurityHeaders(page);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        String root = base.toString().replaceAll("/+$", "");
        for (String path : List.of("/", "/login.html", "/verify.html", "/js/huzhu.js", "/api/v1/health", "/api/v1/me",
                "/api/v1/no-such-thing")) {
            HttpResponse<String> answer = get(URI.create(root + path));
            assertTrue(answer.statusCode() < 500, path + " " + answer.statusCode());
            assertSecurityHeaders(answer);
            if (path.startsWith("/api/")) {
                assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), path);
            }
        }
    }

    /** The policy allows no inline script, so no page may have one (or an on… handler attribute). */
    @Test
    void noPageHasAnInlineScript() {
        WebArchive web = Deployments.huzhu().getAsType(WebArchive.class, "huzhu-web.war");
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        List<String> pages = new ArrayList<>();
        List<String> offending = new ArrayList<>();
        for (var entry : web.getContent().entrySet()) {
            ArchivePath path = entry.getKey();
            Node node = entry.getValue();
            if (path.get().endsWith(".html") && node.getAsset() != null) {
                String html;
                try (var in = node.getAsset().openStream()) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pages.add(path.get());
                if (inlineScript.matcher(html).find() || handler.matcher(html).find()) {
                    offending.add(path.get());
                }
            }
        }
        assertTrue(pages.size() >= 10, "pages found: " + pages);
        assertTrue(offending.isEmpty(), "pages with inline scripts: " + offending);
    }

    private static void assertSecurityHeaders(HttpResponse<?> answer) {
        String where = answer.uri().toString();
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), where);
        assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), where);
        String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
                && policy.contains("object-src 'none'"), where + ": " + policy);
        String scripts = policy.replaceAll(".*script-src([^;]*).*", "$1");
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), where + ": " + policy);
    }

    private static void assertProblem(int status, String type, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
        assertEquals(status, answer.json().getInt("status"), answer::toString);
        assertTrue(answer.json().getString("type").startsWith("https://huzhu.org/problems/"), answer::toString);
        if (type != null) {
            assertEquals("https://huzhu.org/problems/" + type, answer.json().getString("type"), answer::toString);
        }
        assertFalse(answer.json().getString("title").isBlank(), answer::toString);
        assertNoInternals(answer);
    }

    private static void assertNoInternals(ApiClient.Answer answer) {
        assertNoInternals(answer.text());
    }

    private static void assertNoInternals(String body) {
        for (String internal : INTERNALS) {
            assertFalse(body.contains(internal), () -> "the answer shows \"" + internal + "\": " + body);
        }
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
