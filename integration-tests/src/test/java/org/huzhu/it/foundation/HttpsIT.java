package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.PageSession;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS listener that configure-tls.cli sets up, with the key store the development CA issued
 * (dev-signing-keys.sh): trusted with that CA alone and the host name checked, its answers tell browsers to
 * keep to HTTPS (HSTS) and its session cookie is Secure; plain HTTP's answers do neither.
 */
class HttpsIT extends AgainstTheServer {

    @Test
    void httpsAnswersCarryHstsAndPlainHttpAnswersDoNot() throws Exception {
        URI https = PageSession.httpsBase(base);
        URI http = PageSession.httpBase(base);
        for (String path : new String[] {"api/v1/health", "login.html"}) {
            HttpResponse<String> secure = PageSession.send(HttpRequest.newBuilder(https.resolve(path)).GET(), https);
            assertEquals(200, secure.statusCode(), secure::body);
            assertEquals("max-age=31536000", secure.headers().firstValue("Strict-Transport-Security").orElse(null), path);

            HttpResponse<String> plain = PageSession.send(HttpRequest.newBuilder(http.resolve(path)).GET(), http);
            assertEquals(200, plain.statusCode(), plain::body);
            assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), path);
        }
    }

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteStrict() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = PageSession.staffWithOwnPassword(anonymous, "clerk");
        PageSession session = PageSession.signIn(PageSession.httpsBase(base), clerk);
        String attributes = session.setCookie().toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("; secure"), session.setCookie());
        assertTrue(attributes.contains("; httponly"), session.setCookie());
        assertTrue(attributes.contains("; samesite=strict"), session.setCookie());
        assertTrue(session.signedIn(), "the secure session works over HTTPS");
    }
}
