package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.PageSession;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that another site makes a signed-in browser send (SPEC.md §14, issue 13): what reached the server
 * with nothing but the session cookie changes nothing; the pages' own calls, and API clients with HTTP Basic,
 * go through as before.
 */
class CrossSiteRequestsIT extends AgainstTheServer {

    /** The proof that Huzhu's pages send (js/huzhu.js), and another site's form cannot. */
    private static final String PROOF_HEADER = "X-Huzhu-Request";
    private static final String PROOF_VALUE = "page";
    /** What a form on another site posts: the body a browser makes of a text/plain form whose field is JSON. */
    private static final String FORGED_BODY = "{\"dryRun\":false,\"x\":\"=\"}";


    private ApiClient anonymous;
    private TestUsers.Credentials financeUser;
    private ApiClient finance;

    @BeforeEach
    void financeUser() {
        anonymous = ApiClient.anonymous(base);
        financeUser = PageSession.staffWithOwnPassword(anonymous, "finance");
        finance = anonymous.as(financeUser);
    }

    @Test
    void aCrossSiteFormPostWithTheSessionCookieStartsNoJob() throws Exception {
        PageSession session = PageSession.signIn(PageSession.httpBase(base), financeUser);
        long newestBefore = new Jobs(finance).newestExecution();

        HttpResponse<String> fromAnotherSite = session.send(forgedSettlementStart(session)
                .header("Origin", "http://attacker.example")
                .header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate"));
        assertRefused(fromAnotherSite, "其他网站");

        // A browser that says nothing of where the request came from (an old one, or a proxy that strips the
        // headers): the missing proof is enough.
        HttpResponse<String> unmarked = session.send(forgedSettlementStart(session).header("Accept-Language", "en"));
        assertRefused(unmarked, "did not come from Huzhu's own pages");

        // Another application on the same host (same site, another origin): the browser sends the cookie
        // even with SameSite=Strict, and says where the request came from.
        assertRefused(session.send(forgedSettlementStart(session).header("Sec-Fetch-Site", "same-site")), "其他网站");
        assertRefused(session.send(forgedSettlementStart(session).header("Origin", "http://127.0.0.1:9")
                .header(PROOF_HEADER, PROOF_VALUE)), "其他网站");

        assertEquals(newestBefore, new Jobs(finance).newestExecution(), "no settlement job was started");
        assertTrue(session.signedIn(), "the session itself is still good: only the forged requests were refused");
    }

    @Test
    void theSameStartFromThePageWithItsHeaderRuns() throws Exception {
        PageSession session = PageSession.signIn(PageSession.httpBase(base), financeUser);
        HttpResponse<String> fromThePage = session.send(session.request("api/v1/jobs/payout-settlement")
                .header("Content-Type", "application/json")
                .header(PROOF_HEADER, PROOF_VALUE)
                .header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dryRun\":true}")));
        assertEquals(202, fromThePage.statusCode(), fromThePage::body);
        long executionId = json(fromThePage).getJsonNumber("executionId").longValue();
        assertEquals("COMPLETED", new Jobs(finance).await(executionId).getString("status"));
    }

    @Test
    void basicClientsNeedNoHeader() throws Exception {
        ApiClient.Answer started = finance.post("jobs/payout-settlement", "{\"dryRun\":true}");
        assertEquals(202, started.status(), started::toString);
        assertEquals("COMPLETED", new Jobs(finance).await(started.json().getJsonNumber("executionId").longValue())
                .getString("status"));
        assertEquals(204, finance.post("me/password", "{\"currentPassword\":\"" + financeUser.password()
                + "\",\"newPassword\":\"" + financeUser.password() + "-2\"}").status(), "a Basic client changes its password");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictButNotSecureOverPlainHttp() throws Exception {
        String setCookie = PageSession.signIn(PageSession.httpBase(base), financeUser).setCookie();
        assertTrue(setCookie != null, "signing in sets the session cookie");
        String attributes = setCookie.toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("; httponly"), setCookie);
        assertTrue(attributes.contains("; samesite=strict"), setCookie);
        assertFalse(attributes.contains("; secure"), "over plain HTTP a Secure cookie would never come back: " + setCookie);
    }

    @Test
    void signingOutIsAPostFromThePages() throws Exception {
        PageSession session = PageSession.signIn(PageSession.httpBase(base), financeUser);

        HttpResponse<String> byLink = session.send(session.request("logout").GET());
        assertEquals(405, byLink.statusCode(), byLink::body);
        assertTrue(session.signedIn(), "a GET, which any link or image on any site can make, does not sign out");

        HttpResponse<String> forged = session.send(session.request("logout")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()));
        assertRefused(forged, "其他网站");
        HttpResponse<String> withoutProof = session.send(session.request("logout").POST(HttpRequest.BodyPublishers.noBody()));
        assertRefused(withoutProof, "互助的页面");
        assertTrue(session.signedIn(), "a forged sign-out changes nothing");

        HttpResponse<String> fromThePage = session.send(session.request("logout").header(PROOF_HEADER, PROOF_VALUE)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, fromThePage.statusCode(), fromThePage::body);
        assertFalse(session.signedIn(), "the page's sign-out ended the session");
    }

    @Test
    void theLoginFormRefusesAPostFromAnotherSite() throws Exception {
        URI login = PageSession.httpBase(base).resolve("j_security_check");
        HttpResponse<String> forged = PageSession.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + financeUser.username()
                        + "&j_password=" + financeUser.password())), PageSession.httpBase(base));
        assertEquals(403, forged.statusCode(), forged::body);
        assertTrue(forged.headers().allValues("Set-Cookie").isEmpty(), "no session is made for a forged sign-in");
    }

    @Test
    void aBodyOfAnotherTypeThanTheMethodTakesIs415() {
        ApiClient clerk = anonymous.as(PageSession.staffWithOwnPassword(anonymous, "clerk"));
        for (String[] call : new String[][] {
                {"POST", "claims", "text/plain"},
                {"PUT", "claims/HZ2026000001", "application/x-www-form-urlencoded"},
                {"POST", "units", "multipart/form-data; boundary=x"},
                {"POST", "jobs/enrollment-import", "text/plain"}}) {
            ApiClient.Answer answer = clerk.send(clerk.request(call[1]).header("Content-Type", call[2])
                    .method(call[0], HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(415, answer.status(), () -> String.join(" ", call) + ": " + answer);
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
            assertEquals("不支持的内容格式", answer.json().getString("title"), answer::toString);
        }
        ApiClient.Answer restart = finance.send(finance.request("jobs/executions/1/restart")
                .header("Content-Type", "text/plain").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertEquals(415, restart.status(), restart::toString);
        assertEquals("unsupported media type", restart.json().getString("title"), restart::toString);
    }

    /** The settlement start as a text/plain form on another site sends it: the cookie, no header of Huzhu's pages. */
    private static HttpRequest.Builder forgedSettlementStart(PageSession session) {
        return session.request("api/v1/jobs/payout-settlement")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(FORGED_BODY));
    }

    private static void assertRefused(HttpResponse<String> answer, String because) {
        assertEquals(403, answer.statusCode(), answer::body);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> answer.headers().map().toString());
        assertTrue(json(answer).getString("title").contains(because), answer::body);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null),
                "a refusal carries the security headers too");
    }


    private static JsonObject json(HttpResponse<String> answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
