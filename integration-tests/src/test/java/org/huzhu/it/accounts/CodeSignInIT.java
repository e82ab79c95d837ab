package org.huzhu.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.LoopbackClient;
import org.huzhu.it.support.PageSession;
import org.huzhu.it.support.RosterMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with a code sent to the phone (issue 15, item 1; docs/members-signin.md), against the real server: the
 * code is read where the SMS sender would take it, table {@code outbox}. The sign-in requests come from a loopback
 * address of each test's own, so that their failures do not count against the other tests' 127.0.0.1.
 */
class CodeSignInIT extends AgainstTheServer {

    private static final String UNION_ADVICE = "请联系所在单位的工会";

    private LoopbackClient client;
    private RosterMembers roster;
    /** The number of each test's own. */
    private String phone;

    @BeforeEach
    void aNumberAndAnAddressOfItsOwn() throws SQLException {
        client = LoopbackClient.onAnAddressOfItsOwn(base);
        roster = new RosterMembers();
        phone = roster.freePhone();
    }

    @AfterEach
    void closeTheDatabase() throws SQLException {
        roster.close();
    }

    @Test
    void aMemberWithoutAnAccountSignsInWithTheCodeSentToTheirPhone() throws SQLException {
        DatabaseFixtures.Member member = roster.withPhone("验证码会员", phone);
        assertEquals(0, roster.count("SELECT count(*) FROM app_user WHERE username = ?", member.memberNo()));

        assertEquals(202, requestCode(phone).status());
        assertEquals(1, roster.textsTo(phone));
        String code = roster.codeSentTo(phone);
        String stored = roster.text("SELECT code_hash FROM sign_in_code WHERE phone = ?", phone);
        assertTrue(stored.matches("[0-9a-f]{64}") && !stored.contains(code), "only the code's HMAC is stored");

        assertEquals(202, requestCode(phone).status(), "a second request within the minute");
        assertEquals(1, roster.textsTo(phone), "sends nothing new");

        LoopbackClient.Answer signedIn = signIn(phone, code);
        assertEquals(200, signedIn.status(), signedIn::toString);
        JsonObject account = json(signedIn.body());
        assertEquals(member.memberNo(), account.getString("username"));
        assertEquals("member", account.getJsonArray("roles").getString(0));
        String cookie = sessionCookie(signedIn);

        HttpResponse<String> me = get("api/v1/me", cookie);
        assertEquals(200, me.statusCode(), me::body);
        assertEquals(member.memberNo(), json(me.body()).getString("username"));
        assertEquals("[\"member\"]", json(me.body()).getJsonArray("roles").toString());
        HttpResponse<String> letters = get("api/v1/me/letters", cookie);
        assertEquals(200, letters.statusCode(), letters::body);
        assertEquals("[]", letters.body().strip());

        assertEquals(1, roster.count("SELECT count(*) FROM app_user WHERE username = ? AND enabled AND NOT must_change_password",
                member.memberNo()), "the account made at the first code sign-in");
        assertEquals(1, roster.count("SELECT count(*) FROM app_user_role WHERE username = ? AND role = 'member'",
                member.memberNo()));
        assertEquals(1, roster.count("SELECT count(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_ref = ?"
                + " AND action = 'CREATE'", member.memberNo()));
        assertEquals(0, roster.count("SELECT count(*) FROM sign_in_key WHERE username = ?", member.memberNo()),
                "the realm's one-time key is gone once the session is made");

        assertEquals(401, signIn(phone, code).status(), "a code is used once");
        assertEquals(200, get("api/v1/me", cookie).statusCode(), "and the session it made stays");
    }

    @Test
    void wrongCodesSpendTheTriesAndThenEvenTheRightCodeIsRefused() throws SQLException {
        roster.withPhone("试码会员", phone);
        String code = sendCode();
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int tried = 1; tried <= 5; tried++) {
            LoopbackClient.Answer refused = signIn(phone, wrong);
            assertRefusedAsOne(refused);
            assertEquals(5 - tried, roster.count("SELECT tries_left FROM sign_in_code WHERE phone = ?", phone));
        }
        assertRefusedAsOne(signIn(phone, code));
    }

    @Test
    void anExpiredCodeIsRefused() throws SQLException {
        roster.withPhone("过期会员", phone);
        String code = sendCode();
        roster.run("UPDATE sign_in_code SET issued_at = now() - interval '6 minutes', expires_at = now() - interval '1 minute'"
                + " WHERE phone = ?", phone);
        assertRefusedAsOne(signIn(phone, code));
    }

    @Test
    void anUnknownNumberIsAnsweredAlikeAndSentNothing() throws SQLException {
        assertEquals(202, requestCode(phone).status());
        assertEquals(0, roster.textsTo(phone));
        assertRefusedAsOne(signIn(phone, "123456"));
    }

    /**
     * Both members of a shared number sign in by code to neither: nothing is sent, and the refusal, the same for
     * every refused code so that it lists no numbers, tells them to ask the union.
     */
    @Test
    void aNumberOnRecordForTwoMembersSignsInToNeither() throws SQLException {
        roster.withPhone("共用号码甲", phone);
        roster.withPhone("共用号码乙", phone);
        assertEquals(202, requestCode(phone).status());
        assertEquals(0, roster.textsTo(phone));
        LoopbackClient.Answer refused = signIn(phone, "654321");
        assertRefusedAsOne(refused);
        assertTrue(json(refused.body()).getString("title").contains(UNION_ADVICE), refused.body());
        LoopbackClient.Answer inEnglish = client.postJson("sign-in", "{\"phone\": \"" + phone + "\", \"code\": \"654321\"}",
                "Accept-Language: en");
        assertTrue(json(inEnglish.body()).getString("title").contains("ask your unit's union"), inEnglish.body());
    }

    @Test
    void aDisabledAccountGetsNoCode() throws SQLException {
        DatabaseFixtures.Member member = roster.withPhone("停用会员", phone);
        roster.memberAccount(member, "admin");
        roster.run("UPDATE app_user SET enabled = false WHERE username = ?", member.memberNo());
        assertEquals(202, requestCode(phone).status());
        assertEquals(0, roster.textsTo(phone));
    }

    /** The issued-password rules hold for sessions the password made, not for one a code made. */
    @Test
    void aCodeSessionIsNotHeldToAnIssuedPassword() throws SQLException {
        DatabaseFixtures.Member member = roster.withPhone("发放密码会员", phone);
        roster.memberAccount(member, "admin");
        roster.run("UPDATE app_user SET must_change_password = true, password_issued_at = now() WHERE username = ?",
                member.memberNo());
        assertEquals(202, requestCode(phone).status());
        LoopbackClient.Answer signedIn = signIn(phone, roster.codeSentTo(phone));
        assertEquals(200, signedIn.status(), signedIn::toString);
        HttpResponse<String> letters = get("api/v1/me/letters", sessionCookie(signedIn));
        assertEquals(200, letters.statusCode(), letters::body);
    }

    /** A login from another site: refused by the browser's word, and a form cannot send JSON. */
    @Test
    void anotherSiteCannotSignABrowserIn() throws SQLException {
        String body = "{\"phone\": \"" + phone + "\", \"code\": \"123456\"}";
        assertEquals(403, client.postJson("sign-in", body, "Sec-Fetch-Site: cross-site").status());
        assertEquals(403, client.postJson("sign-in/code", body, "Origin: http://evil.example").status());
        LoopbackClient.Answer form = client.exchange("POST " + base.getPath() + "api/v1/sign-in HTTP/1.1\r\n"
                + "Content-Type: text/plain\r\n", body);
        assertEquals(415, form.status(), form::toString);
    }

    @Test
    void aMalformedNumberIs400() {
        LoopbackClient.Answer answer = requestCode("12345");
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.body().contains("phone"), answer.body());
    }

    private LoopbackClient.Answer requestCode(String phone) {
        return client.postJson("sign-in/code", "{\"phone\": \"" + phone + "\"}");
    }

    private LoopbackClient.Answer signIn(String phone, String code) {
        return client.postJson("sign-in", "{\"phone\": \"" + phone + "\", \"code\": \"" + code + "\"}");
    }

    /** Asks for a code for the test's number, as the page does, and reads it where the SMS sender would. */
    private String sendCode() throws SQLException {
        assertEquals(202, requestCode(phone).status());
        return roster.codeSentTo(phone);
    }

    /** Every refusal is the same 401 problem, whatever the reason, and signs nobody in. */
    private static void assertRefusedAsOne(LoopbackClient.Answer answer) {
        assertEquals(401, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer::toString);
        JsonObject problem = json(answer.body());
        assertEquals("https://huzhu.org/problems/sign-in-code", problem.getString("type"));
        assertTrue(problem.getString("title").startsWith("验证码不正确或已失效"), problem.toString());
        assertTrue(problem.getString("title").contains(UNION_ADVICE), problem.toString());
    }

    private static String sessionCookie(LoopbackClient.Answer answer) {
        String setCookie = answer.header("Set-Cookie").orElseThrow(() -> new AssertionError("no session cookie: " + answer));
        assertTrue(setCookie.startsWith("JSESSIONID="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> get(String path, String cookie) {
        URI http = PageSession.httpBase(base);
        return PageSession.send(HttpRequest.newBuilder(http.resolve(path)).header("Cookie", cookie)
                .header("Accept", "application/json").GET(), http);
    }

    /** A JSON body; a chunked one is read from its first chunk, which holds all of these small answers. */
    private static JsonObject json(String body) {
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        assertNotEquals(-1, start, body);
        return Json.createReader(new StringReader(body.substring(start, end + 1))).readObject();
    }
}
