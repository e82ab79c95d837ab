package org.huzhu.it.accounts;

import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts an auditor can follow: what an admin does to accounts and API tokens, over HTTP, and its audit trail. */
class AccountsIT extends AgainstTheServer {

    private ApiClient api;
    private ApiClient admin;

    @BeforeEach
    void signIn() {
        api = ApiClient.anonymous(base);
        admin = api.as(TestUsers.admin(api));
    }

    @Test
    void anAdminListsDisablesEnablesChangesRolesAndResetsAndEachIsAudited() throws Exception {
        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        String account = "users/" + clerk.username();
        assertTrue(expect(200, admin.get("users")).text().contains("\"" + clerk.username() + "\""));

        assertFalse(expect(200, admin.post(account + "/disable", null)).json().getBoolean("enabled"));
        assertEquals(401, api.as(clerk).get("me").status(), "a disabled account does not sign in");
        assertTrue(expect(200, admin.post(account + "/enable", null)).json().getBoolean("enabled"));
        assertEquals(200, api.as(clerk).get("me").status());

        JsonObject changed = expect(200, admin.put(account + "/roles", "{\"roles\": [\"finance\"]}")).json();
        assertEquals("[\"finance\"]", changed.getJsonArray("roles").toString());
        assertEquals(200, api.as(clerk).get("reports/summary?from=2026-01-01&to=2026-01-31").status(), "now finance");
        assertEquals(403, api.as(clerk).post("units", "{}").status(), "and no longer a clerk");

        String issued = expect(200, admin.post(account + "/password-reset", null)).json().getString("initialPassword");
        assertEquals(401, api.as(clerk).get("me").status(), "the old password stops working at once");
        ApiClient reset = api.as(clerk.username(), issued);
        assertTrue(expect(200, reset.get("me")).json().getBoolean("mustChangePassword"));
        assertEquals(403, reset.get("reports/summary?from=2026-01-01&to=2026-01-31").status(), "a reset password is an issued one");

        assertEquals(List.of(
                        "admin CREATE roles - → clerk; password issued",
                        clerk.username() + " CHANGE_PASSWORD password issued → chosen by holder",
                        "admin DISABLE enabled → disabled",
                        "admin ENABLE disabled → enabled",
                        "admin CHANGE_ROLES roles clerk → finance",
                        "admin RESET_PASSWORD password chosen by holder → issued"),
                auditOf("ACCOUNT", clerk.username()));
    }

    @Test
    void anAdminCannotDisableThemselvesAndAnUnknownAccountIs404() {
        assertEquals(409, admin.post("users/admin/disable", null).status());
        assertEquals(404, admin.post("users/nobody-here/disable", null).status());
        assertEquals(403, api.as(TestUsers.create(api, "reviewer")).get("users").status(), "accounts are the admin's");
    }

    @Test
    void rolesThatTheFourEyesRuleKeepsApartAreRefusedNamingTheRule() {
        for (String roles : List.of("\"clerk\", \"reviewer\"", "\"clerk\", \"finance\"")) {
            String username = TestPeople.unique("both").toLowerCase();
            ApiClient.Answer refused = admin.post("users",
                    "{\"username\": \"%s\", \"displayName\": \"两个角色\", \"roles\": [%s]}".formatted(username, roles));
            assertEquals(400, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertTrue(refused.text().contains("ROLES_SEPARATED") && refused.text().contains("四眼原则"), refused::toString);
            assertEquals(404, admin.get("users/" + username).status(), "nothing was created");
        }
        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        ApiClient.Answer refused = admin.send(admin.request("users/" + clerk.username() + "/roles")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"roles\": [\"clerk\", \"reviewer\"]}")));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.text().contains("four eyes: a clerk may not also be a reviewer"), refused::toString);
        assertEquals("[\"clerk\"]", expect(200, admin.get("users/" + clerk.username())).json().getJsonArray("roles").toString());
        assertEquals(400, admin.post("tokens", "{\"name\": \"both-roles\", \"roles\": [\"clerk\", \"finance\"]}").status());
    }

    @Test
    void aBearerTokenActsInItsRolesOnlyUntilItIsRevoked() throws Exception {
        String name = TestPeople.unique("hr").toLowerCase();
        JsonObject issued = expect(201, admin.post("tokens", "{\"name\": \"%s\", \"roles\": [\"clerk\"]}".formatted(name))).json();
        String token = issued.getString("token");
        ApiClient client = api.bearer(token);

        String unit = TestPeople.unique("U");
        expect(201, client.post("units", """
                {"code": "%s", "name": "令牌单位", "uscc": "%s"}""".formatted(unit, TestPeople.creditCode())));
        assertEquals(403, client.get("grants?year=2026").status(), "a clerk's token is no finance");
        assertEquals(403, client.get("users").status(), "nor an admin");
        assertEquals(401, api.bearer(token + "x").get("units").status(), "an unknown token is refused");

        String list = expect(200, admin.get("tokens")).text();
        assertTrue(list.contains("\"" + name + "\"") && !list.contains(token), "listed, the token itself never again");
        try (Connection database = DatabaseFixtures.openTestDatabase();
             PreparedStatement hash = database.prepareStatement("SELECT token_hash FROM api_token WHERE name = ?")) {
            hash.setString(1, name);
            try (ResultSet row = hash.executeQuery()) {
                assertTrue(row.next());
                String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
                assertEquals(sha256, row.getString(1), "stored as its SHA-256");
                assertNotEquals(token, row.getString(1));
            }
        }

        assertEquals(204, admin.delete("tokens/" + issued.getJsonNumber("id").longValue()).status());
        ApiClient.Answer revoked = client.get("units");
        assertEquals(401, revoked.status(), "a revoked token is refused at once");
        assertTrue(revoked.contentType().startsWith("application/problem+json"), revoked::toString);
        assertEquals(400, admin.post("tokens", "{\"name\": \"an-admin-token\", \"roles\": [\"admin\"]}").status(),
                "tokens never act as admin");
        assertEquals(List.of("admin ISSUE roles - → clerk", "admin REVOKE valid → revoked"), auditOf("API_TOKEN", name));
    }

    private static List<String> auditOf(String entityType, String ref) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection database = DatabaseFixtures.openTestDatabase();
             PreparedStatement select = database.prepareStatement(
                     "SELECT actor, action, reason FROM audit_log WHERE entity_type = ? AND entity_ref = ? ORDER BY id")) {
            select.setString(1, entityType);
            select.setString(2, ref);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
        }
        return entries;
    }
}
