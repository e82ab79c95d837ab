package org.huzhu.it.accounts;

import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.LoopbackClient;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Issued passwords that only change themselves and expire, weak passwords refused, sign-ins throttled per address. */
class PasswordsIT extends AgainstTheServer {

    /** SignInThrottleExtension's default: failed sign-ins per address within 10 minutes. */
    private static final int FAILURES_PER_ADDRESS = 30;


    @Test
    void anIssuedPasswordOnlyLetsItsHolderChangeIt() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials issued = TestUsers.issue(api, "clerk");
        ApiClient holder = api.as(issued);
        assertEquals(200, holder.get("me").status());

        ApiClient.Answer refused = holder.get("claims?q=");
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertTrue(refused.json().getString("type").endsWith("issued-password"), refused::toString);
        assertTrue(refused.json().getString("title").contains("初始密码"), refused::toString);
        ApiClient.Answer inEnglish = holder.send(holder.request("claims?q=").header("Accept-Language", "en").GET());
        assertTrue(inEnglish.json().getString("title").contains("issued password"), inEnglish::toString);
        assertEquals(403, holder.post("units", "{}").status(), "nor may it change anything");

        TestUsers.Credentials chosen = TestUsers.choosePassword(api, issued, "Kettle-" + issued.password());
        assertEquals(200, api.as(chosen).get("claims?q=").status(), "its own password does all its roles allow");
    }

    @Test
    void anIssuedPasswordExpiresAndOnlyAResetHelps() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials issued = TestUsers.issue(api, "reviewer");
        try (Connection database = DatabaseFixtures.openTestDatabase();
             PreparedStatement backdate = database.prepareStatement(
                     "UPDATE app_user SET password_issued_at = now() - interval '7 days 1 minute' WHERE username = ?")) {
            backdate.setString(1, issued.username());
            assertEquals(1, backdate.executeUpdate());
        }
        ApiClient.Answer expired = api.as(issued).get("me");
        assertEquals(401, expired.status(), expired::toString);
        assertTrue(expired.json().getString("type").endsWith("issued-password-expired"), expired::toString);
        assertEquals(401, api.as(issued).post("me/password",
                "{\"currentPassword\": \"" + issued.password() + "\", \"newPassword\": \"Kettle-on-the-boil\"}").status());

        String reset = expect(200, api.as(TestUsers.admin(api)).post("users/" + issued.username() + "/password-reset", null))
                .json().getString("initialPassword");
        assertEquals(200, api.as(issued.username(), reset).get("me").status(), "a reset issues a new one, good for 7 days");
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials issued = TestUsers.issue(api, "finance");
        for (String common : new String[] {"password1", "woaini1314", "qwerty123", "1qaz2wsx", "88888888", "Iloveyou!"}) {
            ApiClient.Answer refused = choose(api, issued, common);
            assertEquals(400, refused.status(), common + ": " + refused);
            assertTrue(refused.text().contains("最常见的密码"), refused::toString);
        }
        assertTrue(choose(api, issued, issued.username()).text().contains("用户名"));

        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        String unit = new Fixtures(api.as(clerk)).unit();
        String residentId = TestPeople.residentId(LocalDate.of(1990, 1, 1), false);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        ApiClient.Answer registered = expect(201, api.as(clerk).post("members", """
                {"unitCode": "%s", "name": "张伟", "idNumber": "%s", "phone": "%s",
                 "bankCard": "%s", "bankName": "中国工商银行", "category": "EMPLOYEE"}"""
                .formatted(unit, residentId, phone, TestPeople.bankCard())));
        TestUsers.Credentials member = new TestUsers.Credentials(registered.json().getString("memberNo"),
                registered.json().getString("initialPassword"));
        assertTrue(choose(api, member, residentId).text().contains("身份证"));
        assertTrue(choose(api, member, residentId.substring(12)).text().contains("身份证"), "its last six");
        assertTrue(choose(api, member, "zw19900101").text().contains("出生日期"));
        assertTrue(choose(api, member, "p" + phone).text().contains("手机号码"));
        assertEquals(200, api.as(TestUsers.choosePassword(api, member, "Kettle-" + member.password())).get("me").status());
    }

    private static ApiClient.Answer choose(ApiClient api, TestUsers.Credentials holder, String newPassword) {
        return api.as(holder).post("me/password",
                "{\"currentPassword\": \"" + holder.password() + "\", \"newPassword\": \"" + newPassword + "\"}");
    }

    /**
     * From an address of its own on the loopback network (127.x.y.z), so that the other tests, from 127.0.0.1, are
     * not throttled: past the limit every sign-in attempt from there is 429 with Retry-After, the right password
     * too, while the same account still signs in from elsewhere.
     */
    @Test
    void failedSignInsAreThrottledPerClientAddress() {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        LoopbackClient basicClient = LoopbackClient.onAnAddressOfItsOwn(base);
        for (int attempt = 1; attempt <= FAILURES_PER_ADDRESS; attempt++) {
            // A different user name each time: the per-account lockout is not what is tested here.
            assertEquals(401, basicSignIn(basicClient, "guess" + attempt, "wrong-" + attempt).status(), "attempt " + attempt);
        }
        LoopbackClient.Answer throttled = basicSignIn(basicClient, clerk.username(), clerk.password());
        assertEquals(429, throttled.status(), throttled.head());
        assertTrue(throttled.head().toLowerCase().contains("retry-after: "), throttled.head());
        assertTrue(throttled.head().toLowerCase().contains("application/problem+json"), throttled.head());
        assertEquals(200, api.as(clerk).get("me").status(), "the account signs in from other addresses");

        LoopbackClient formClient = LoopbackClient.onAnAddressOfItsOwn(base);
        for (int attempt = 1; attempt <= FAILURES_PER_ADDRESS; attempt++) {
            assertTrue(formSignIn(formClient, "guess" + attempt, "wrong-" + attempt).status() != 429, "attempt " + attempt);
        }
        assertEquals(429, formSignIn(formClient, clerk.username(), clerk.password()).status(), "the login form is counted too");
    }

    private LoopbackClient.Answer basicSignIn(LoopbackClient from, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return from.exchange("GET " + base.getPath() + "api/v1/me HTTP/1.1\r\n"
                + "Authorization: Basic " + credentials + "\r\n", "");
    }

    private LoopbackClient.Answer formSignIn(LoopbackClient from, String username, String password) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return from.exchange("POST " + base.getPath() + "j_security_check HTTP/1.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n", form);
    }
}
