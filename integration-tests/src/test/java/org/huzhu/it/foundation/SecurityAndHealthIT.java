package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Over HTTP, as clients see it: health, authentication and roles enforced on the server. */
class SecurityAndHealthIT extends AgainstTheServer {

    @Test
    void healthIsCheckedAgainstPostgreSql() {
        ApiClient.Answer health = ApiClient.anonymous(base).get("health");
        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.json().getString("database").startsWith("PostgreSQL"), health::toString);
        assertTrue(health.json().getString("jobRepository").startsWith("jdbc"), health::toString);
    }

    @Test
    void apiCallersWithoutCredentialsGet401WithABasicChallenge() {
        ApiClient.Answer answer = ApiClient.anonymous(base).get("me");
        assertEquals(401, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
        assertTrue(answer.wwwAuthenticate().startsWith("Basic"), answer::toString);
    }

    @Test
    void aWrongPasswordIsRefused() {
        ApiClient.Answer answer = ApiClient.anonymous(base).as("admin", "not-the-password").get("me");
        assertEquals(401, answer.status(), answer::toString);
    }

    @Test
    void aClerkCannotCreateAccountsAndNothingIsCreated() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");

        ApiClient.Answer denied = api.as(clerk).post("users",
                "{\"username\":\"sneaky\",\"displayName\":\"x\",\"roles\":[\"admin\"]}");
        assertEquals(403, denied.status(), denied::toString);
        assertTrue(denied.contentType().startsWith("application/problem+json"), denied::toString);
        assertEquals(401, api.as("sneaky", "anything").get("me").status(), "no account was created");
    }

    @Test
    void anIssuedPasswordSignsIn() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials finance = TestUsers.issue(api, "finance");
        ApiClient.Answer me = api.as(finance).get("me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(finance.username(), me.json().getString("username"));
        assertEquals("finance", me.json().getJsonArray("roles").getString(0));
    }

    @Test
    void malformedInputIsA400ProblemNamingTheField() {
        ApiClient admin = ApiClient.anonymous(base).as(TestUsers.admin(ApiClient.anonymous(base)));
        ApiClient.Answer notJson = admin.post("users", "{\"username\": ");
        assertEquals(400, notJson.status(), notJson::toString);
        assertTrue(notJson.contentType().startsWith("application/problem+json"));

        ApiClient.Answer badRole = admin.post("users", "{\"username\":\"ab\",\"displayName\":\"x\",\"roles\":[\"root\"]}");
        assertEquals(400, badRole.status(), badRole::toString);
        String fields = badRole.json().getJsonArray("errors").toString();
        assertTrue(fields.contains("\"username\""), fields);
        assertTrue(fields.contains("\"roles\""), fields);
        assertTrue(!badRole.text().contains("Exception"), "no stack trace or exception name leaks");
    }

    @Test
    void anIssuedPasswordIsReplacedByTheHolderAndStopsWorking() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.issue(api, "clerk");
        assertTrue(api.as(clerk).get("me").json().getBoolean("mustChangePassword"));

        ApiClient.Answer wrongCurrent = api.as(clerk).post("me/password",
                "{\"currentPassword\": \"not-it\", \"newPassword\": \"chosen-by-me-1\"}");
        assertEquals(400, wrongCurrent.status(), wrongCurrent::toString);
        ApiClient.Answer tooShort = api.as(clerk).post("me/password",
                "{\"currentPassword\": \"" + clerk.password() + "\", \"newPassword\": \"short\"}");
        assertEquals(400, tooShort.status(), tooShort::toString);
        assertTrue(tooShort.text().contains("newPassword"));

        assertEquals(204, api.as(clerk).post("me/password",
                "{\"currentPassword\": \"" + clerk.password() + "\", \"newPassword\": \"chosen-by-me-1\"}").status());
        assertEquals(401, api.as(clerk).get("me").status(), "the issued password no longer signs in");
        ApiClient.Answer me = api.as(clerk.username(), "chosen-by-me-1").get("me");
        assertEquals(200, me.status());
        assertEquals(false, me.json().getBoolean("mustChangePassword"));
    }

    @Test
    void fiveFailedSignInsInARowLockTheAccountForAWhile() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.as(clerk.username(), "guess-" + attempt).get("me").status());
        }
        assertEquals(401, api.as(clerk).get("me").status(), "even the right password is refused during the lockout");
        assertEquals(200, api.as(TestUsers.create(api, "clerk")).get("me").status(), "other accounts are not affected");
    }
}
